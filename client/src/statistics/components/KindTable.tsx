import { STATISTICS_KIND_COLUMNS, STATISTICS_KIND_HEADER, TARGET_MET_LABELS, type FigureFormat } from '@hf/shared';
import type { QuarterlyStatisticsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../percent';

type Kind = QuarterlyStatisticsQuery['quarterlyStatistics']['kinds'][number];

/**
 * 季度统计分析表: one row per ticket kind and the total, in the columns of the workbook's 统计汇总 (STATISTICS_KIND_COLUMNS
 * in shared): done vs required and planned, the rates against the target, within window, overdue, unreachable.
 */
export function KindTable({ kinds, totals, kindLabel }: { kinds: readonly Kind[]; totals: Kind; kindLabel: (kind: string | null | undefined) => string }) {
  const { language } = useI18n();
  const show = (format: FigureFormat, value: unknown) =>
    format === 'percent' ? percent(value as number | null) : format === 'met' ? TARGET_MET_LABELS[value ? 'met' : 'missed'][language] : String(value);
  return (
    <table className="hf-table" data-testid="kind-table">
      <thead>
        <tr>
          <th>{STATISTICS_KIND_HEADER[language]}</th>
          {STATISTICS_KIND_COLUMNS.map((c) => <th key={c.key} data-column={c.key}>{c.label[language]}</th>)}
        </tr>
      </thead>
      <tbody>
        {[...kinds, totals].map((k) => (
          <tr key={k.kind ?? 'total'} className={k.kind ? '' : 'hf-total'}>
            <td>{kindLabel(k.kind)}</td>
            {STATISTICS_KIND_COLUMNS.map((c) => (
              <td key={c.key} className={c.format === 'met' ? (k.targetMet ? 'hf-ok' : 'hf-bad') : undefined}>{show(c.format, k[c.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
