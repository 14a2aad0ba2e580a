/**
 * The narrowest column that shows its whole header: CJK characters are about a font size wide, Latin ones about half,
 * plus the header's padding and its filter and sort icons (AG Grid's quartz theme at 13 px). Nothing like "业主/…".
 */
export function headerWidth(header: string): number {
  let text = 0;
  for (const ch of header) text += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 13.5 : 7.5;
  return Math.ceil(text + 58);
}

/** A sheet's column width: the one chosen for its values, or wider when its header needs it. */
export const fitHeader = (header: string, width: number | undefined): number => Math.max(width ?? 120, headerWidth(header));
