import { formatMessage, isMessageKey, type Language } from '@hf/shared';

/**
 * What the server says about a refusal: a userError, a GraphQL error (its extensions), or a download's JSON error.
 * `messageKey` and `args` name the text in the shared catalogue (shared/src/messages.ts).
 */
export interface ServerMessage {
  code?: string | null;
  message: string;
  messageKey?: string | null;
  /** a userError's name/value pairs, or the object of an error's extensions */
  args?: readonly { name: string; value: string }[] | Record<string, string | number> | null;
  extensions?: Record<string, unknown> | null;
}

const argsObject = (args: ServerMessage['args']): Record<string, string | number> =>
  !args ? {} : Array.isArray(args) ? Object.fromEntries(args.map((a) => [a.name, a.value])) : (args as Record<string, string | number>);

/** The GraphQL errors inside an Apollo error (CombinedGraphQLErrors has `errors`), or the error itself. */
function partsOf(error: ServerMessage): ServerMessage[] {
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) && inner.length ? (inner as ServerMessage[]) : [error];
}

/** One message in a language: from the catalogue when the server names its key, else the part of "中文 (English)". */
function one(error: ServerMessage, language: Language): string {
  const key = error.messageKey ?? (error.extensions?.messageKey as string | undefined);
  const args = error.messageKey ? error.args : (error.extensions?.args as ServerMessage['args']) ?? error.args;
  if (isMessageKey(key)) return formatMessage({ key, args: argsObject(args) }, language);
  const bilingual = /^(.*?[^\s(（])\s+\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/s.exec(error.message);
  if (!bilingual) return error.message;
  return language === 'en' ? bilingual[2] : bilingual[1];
}

/** A server's refusal in the chosen language, never both languages at once. */
export function serverText(error: ServerMessage, language: Language): string {
  return partsOf(error).map((part) => one(part, language)).join('；');
}
