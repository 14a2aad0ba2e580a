import { STATISTICS_KIND_COLUMNS } from '@hf/shared';
import type { ReportFiguresFragment } from '../api/generated/graphql';

type Figures = ReportFiguresFragment;
type KindRow = Figures['totals'];

/** The summary lines of the report under the table: satisfaction and the lists the analysis speaks of. */
export const SUMMARY_FIGURES = ['rated', 'satisfiedRatePercent', 'unqualified', 'repeatedComplaints', 'repeatedRepairs'] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

export function summaryValue(figures: Figures, key: SummaryFigure): number | null {
  switch (key) {
    case 'rated': return figures.satisfaction.rated;
    case 'satisfiedRatePercent': return figures.satisfaction.satisfiedRatePercent ?? null;
    case 'unqualified': return figures.unqualifiedCallbacks.length;
    case 'repeatedComplaints': return figures.repeatedComplaints.length;
    case 'repeatedRepairs': return figures.repeatedRepairs.length;
  }
}

/** One figure of the report whose live value differs from the one frozen at submission. */
export interface FigureChange {
  frozen: unknown;
  live: unknown;
}

/** The key of a table cell: the ticket kind ('total' for 合计) and the column. */
export const cellKey = (kind: string | null | undefined, column: string) => `${kind ?? 'total'}:${column}`;

const rowsOf = (figures: Figures): Map<string, KindRow> =>
  new Map([...figures.kinds, figures.totals].map((k) => [k.kind ?? 'total', k]));

/**
 * "Changed since submission": every figure of 季度统计分析表 (the columns of 统计汇总) and of the summary whose live value
 * differs from the snapshot, keyed by cell (a kind on one side only differs in every column).
 * Nothing is compared while the report is a draft: its figures are the live ones.
 */
export function figureChanges(frozen: Figures, live: Figures | null | undefined): Map<string, FigureChange> {
  const changes = new Map<string, FigureChange>();
  if (!live) return changes;
  const [before, now] = [rowsOf(frozen), rowsOf(live)];
  for (const kind of new Set([...before.keys(), ...now.keys()])) {
    for (const column of STATISTICS_KIND_COLUMNS) {
      const was = before.get(kind)?.[column.key] ?? null;
      const is = now.get(kind)?.[column.key] ?? null;
      if (was !== is) changes.set(cellKey(kind, column.key), { frozen: was, live: is });
    }
  }
  for (const key of SUMMARY_FIGURES) {
    const [was, is] = [summaryValue(frozen, key), summaryValue(live, key)];
    if (was !== is) changes.set(cellKey('summary', key), { frozen: was, live: is });
  }
  return changes;
}
