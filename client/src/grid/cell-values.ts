import { businessInstant, businessWallClock, type Language } from '@hf/shared';

/** How a column's value is typed, shown and pasted. */
export type ValueKind =
  | { type: 'text'; maxLength?: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'dateTime' }
  | { type: 'enum'; labels: Record<string, { 'zh-CN': string; en: string }>; typed?: readonly string[] }
  | { type: 'enumList'; labels: Record<string, { 'zh-CN': string; en: string }>; typed?: readonly string[] };

type Labels = Record<string, { 'zh-CN': string; en: string }>;

/**
 * The labels a person may pick, type or paste: all of them, or only `typed` (e.g. 线上 is shown but never typed: only
 * the owner's own answer sets it).
 */
export function typedLabels(kind: { labels: Labels; typed?: readonly string[] }): Labels {
  if (!kind.typed) return kind.labels;
  return Object.fromEntries(Object.entries(kind.labels).filter(([code]) => kind.typed!.includes(code)));
}

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** Shown in 北京时间 (the business time zone of shared/local-date.ts) as "2026-11-20 10:30". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const w = businessWallClock(new Date(iso));
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2026-11-20 10:30", "2026/11/20 10:30:00", "2026-11-20" (midnight) in 北京时间 → ISO instant. */
export function parseDateTime(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const instant = businessInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  const check = businessWallClock(instant);
  if (check.month !== Number(mo) || check.day !== Number(d)) return null;
  return instant.toISOString();
}

function enumCode(labels: Record<string, { 'zh-CN': string; en: string }>, text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return Object.keys(labels).find((code) => code.toLowerCase() === t || labels[code]['zh-CN'].toLowerCase() === t || labels[code].en.toLowerCase() === t);
}

const LIST_SEPARATORS = /\s*[+、,，/;；]\s*/;

/** A value as the cell shows it (also what is copied to the clipboard). */
export function formatValue(kind: ValueKind, value: unknown, language: Language): string {
  if (value === null || value === undefined) return '';
  switch (kind.type) {
    case 'dateTime':
      return formatDateTime(String(value));
    case 'enum':
      return kind.labels[String(value)]?.[language] ?? String(value);
    case 'enumList':
      return (value as string[]).map((v) => kind.labels[v]?.[language] ?? v).join('+');
    default:
      return String(value);
  }
}

/**
 * Typed or pasted text → the value sent to the server. Enums are accepted by their Chinese or English
 * label or their code; several methods are joined with +, 、 or a comma (电话+现场查看). Empty clears.
 */
export function parseValue(kind: ValueKind, text: string, language: Language): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: kind.type === 'enumList' ? [] : null };
  const zh = language === 'zh-CN';
  switch (kind.type) {
    case 'text':
      if (kind.maxLength && t.length > kind.maxLength) {
        return { ok: false, message: zh ? `最多 ${kind.maxLength} 个字` : `at most ${kind.maxLength} characters` };
      }
      return { ok: true, value: t };
    case 'integer': {
      const n = Number(t);
      if (!Number.isInteger(n) || n < kind.min || n > kind.max) {
        return { ok: false, message: zh ? `须为 ${kind.min}–${kind.max} 的整数` : `a whole number from ${kind.min} to ${kind.max}` };
      }
      return { ok: true, value: n };
    }
    case 'dateTime': {
      const iso = parseDateTime(t);
      return iso ? { ok: true, value: iso } : { ok: false, message: zh ? '日期时间格式：2026-11-20 10:30' : 'date and time like 2026-11-20 10:30' };
    }
    case 'enum': {
      const code = enumCode(typedLabels(kind), t);
      if (code) return { ok: true, value: code };
      const allowed = Object.values(typedLabels(kind)).map((l) => l[language]).join(' / ');
      return { ok: false, message: zh ? `可选值：${allowed}` : `one of: ${allowed}` };
    }
    case 'enumList': {
      const codes = t.split(LIST_SEPARATORS).filter(Boolean).map((part) => enumCode(typedLabels(kind), part));
      if (codes.some((c) => !c)) {
        const allowed = Object.values(typedLabels(kind)).map((l) => l[language]).join(' / ');
        return { ok: false, message: zh ? `可选值：${allowed}（多个用 + 连接）` : `one or more of: ${allowed} (joined with +)` };
      }
      return { ok: true, value: [...new Set(codes as string[])] };
    }
  }
}
