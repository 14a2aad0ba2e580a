import type { Language } from '@hf/shared';

/** What the server says about a refusal: a userError, a GraphQL error's extensions, or a download's JSON error. */
export interface ServerMessage {
  code?: string | null;
  message: string;
  messageKey?: string | null;
  args?: readonly { name: string; value: string }[] | null;
}

/**
 * A server text in the chosen language. Until the server names a catalogue key, its message is "中文 (English)":
 * take the part of the language (the English in the last brackets), never both.
 */
export function serverText(error: ServerMessage, language: Language): string {
  const text = error.message;
  const bilingual = /^(.*?[^\s(（])\s+\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/s.exec(text);
  if (!bilingual) return text;
  return language === 'en' ? bilingual[2] : bilingual[1];
}
