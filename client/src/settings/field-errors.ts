import type { Language } from '@hf/shared';
import { serverText, type ServerMessage } from '../i18n/server-messages';

type UserErrorLike = ServerMessage & { field: readonly string[] };

/**
 * A payload's userErrors by field ("minGapDays", "stages.0.ratePercent", "commonShortcomings.1"), each in the chosen
 * language, so every form shows the refusal next to its field; errors of no field of the form go under the form.
 */
export function errorsByField(errors: readonly UserErrorLike[] | null | undefined, language: Language): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors ?? []) {
    const key = error.field.join('.') || '_';
    byField[key] = byField[key] ? `${byField[key]}；${serverText(error, language)}` : serverText(error, language);
  }
  return byField;
}

/** The errors not shown beside one of the form's fields. */
export function otherErrors(byField: Record<string, string>, fields: readonly string[]): string[] {
  return Object.entries(byField).filter(([field]) => !fields.some((f) => field === f || field.startsWith(`${f}.`))).map(([, text]) => text);
}
