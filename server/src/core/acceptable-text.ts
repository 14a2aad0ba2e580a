import { type Message, msg } from '@hf/shared';

/**
 * Text no paper form would hold: NUL and other control characters (PostgreSQL cannot store NUL; the others hide
 * text), unpaired UTF-16 surrogates (not Unicode at all), bidirectional overrides (text that reads differently from
 * what is stored), and non-empty text made only of invisible characters (a "name" nobody can read). Tab, CR and LF
 * are fine. The API guard refuses such text in every input before any resolver runs; a grid edit's cells are judged
 * one by one by their mutation instead, so one bad pasted cell refuses its row, not the paste (api/input-text.ts).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u3000]+$/;

export function textProblem(value: string): Message | null {
  if (FORBIDDEN.test(value)) return msg('text.invalidCharacters');
  // plain blanks are left to each field's own rule (usually: trimmed, then required or null)
  if (INVISIBLE_ONLY.test(value) && /[\u200B-\u200D\u2060\uFEFF]/.test(value)) return msg('text.invisibleOnly');
  return null;
}
