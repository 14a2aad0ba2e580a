/** A rate as the statistics show it: one decimal, or — when there is nothing to count. */
export const percent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${Math.round(v * 10) / 10}%`);
