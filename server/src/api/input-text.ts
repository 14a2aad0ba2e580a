import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { ErrorCode } from '@hf/shared';

/**
 * Text no paper form would hold, refused in every input before any resolver runs: NUL and other control
 * characters (PostgreSQL cannot store NUL; the others hide text), unpaired UTF-16 surrogates (not Unicode at all),
 * bidirectional overrides (text that reads differently from what is stored), and non-empty text made only of
 * invisible characters (a "name" nobody can read). Tab, CR and LF are fine.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u3000]+$/;

export function textProblem(value: string): string | null {
  if (FORBIDDEN.test(value)) return '含有控制字符或无效字符 (contains control or invalid characters)';
  // plain blanks are left to each field's own rule (usually: trimmed, then required or null)
  if (INVISIBLE_ONLY.test(value) && /[\u200B-\u200D\u2060\uFEFF]/.test(value)) return '只含不可见字符 (only invisible characters)';
  return null;
}

function badText(path: (string | number)[], problem: string): GraphQLError {
  return new GraphQLError(`${path.join('.')}: ${problem}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: path.map(String), http: { status: 400 } },
  });
}

function checkValue(value: unknown, path: (string | number)[], depth = 0): void {
  if (depth > 20) throw badText(path, '嵌套过深 (nested too deeply)');
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badText(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(item, [...path, i], depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkValue(key, [...path, key], depth + 1);
      checkValue(item, [...path, key], depth + 1);
    }
  }
}

/** Throws BAD_USER_INPUT naming the variable (or the argument) whose text is unacceptable. */
export function assertAcceptableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  if (variables) for (const [name, value] of Object.entries(variables)) checkValue(value, [name]);
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      const problem = textProblem(node.value);
      if (!problem) return;
      const argument = [...ancestors].reverse().find((a) => !Array.isArray(a) && (a as { kind?: string }).kind === Kind.ARGUMENT) as { name: { value: string } } | undefined;
      throw badText([argument?.name.value ?? 'query'], problem);
    },
  });
}
