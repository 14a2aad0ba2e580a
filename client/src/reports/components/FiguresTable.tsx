import { STATISTICS_KIND_COLUMNS, STATISTICS_KIND_HEADER, TARGET_MET_LABELS, type FigureFormat } from '@hf/shared';
import type { ReportFiguresFragment } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { percent } from '../../statistics/percent';
import { cellKey, type FigureChange, SUMMARY_FIGURES, type SummaryFigure, summaryValue } from '../figure-changes';

const SUMMARY_LABELS: Record<SummaryFigure, MessageKey> = {
  rated: 'reportSummaryRated',
  satisfiedRatePercent: 'reportSummarySatisfied',
  unqualified: 'reportSummaryUnqualified',
  repeatedComplaints: 'reportSummaryRepeatedComplaints',
  repeatedRepairs: 'reportSummaryRepeatedRepairs',
};

interface Props {
  figures: ReportFiguresFragment;
  /** cells whose live value differs from the frozen one (empty for a draft) */
  changes: ReadonlyMap<string, FigureChange>;
  kindLabel: (kind: string | null | undefined) => string;
}

/**
 * The report's 季度统计分析表 in the columns of 统计汇总, then satisfaction and the lists: the frozen figures, and beside
 * each one that changed since submission its live value, marked (提交时 → 当前).
 */
export function FiguresTable({ figures, changes, kindLabel }: Props) {
  const { t, language } = useI18n();
  const show = (format: FigureFormat, value: unknown) =>
    value === null || value === undefined ? '—'
      : format === 'percent' ? percent(value as number) : format === 'met' ? TARGET_MET_LABELS[value ? 'met' : 'missed'][language] : String(value);
  const cell = (key: string, format: FigureFormat, value: unknown, className?: string) => {
    const change = changes.get(key);
    if (!change) return <td key={key} className={className}>{show(format, value)}</td>;
    const [frozen, live] = [show(format, change.frozen), show(format, change.live)];
    return (
      <td key={key} className="hf-changed" data-testid="changed-figure" data-cell={key} title={t('reportChangedCell', { frozen, live })}>
        <span className="hf-frozen-value">{frozen}</span> <span className="hf-live-value">→ {live}</span>
      </td>
    );
  };
  return (
    <>
      <table className="hf-table hf-report-figures" data-testid="report-figures">
        <thead>
          <tr>
            <th>{STATISTICS_KIND_HEADER[language]}</th>
            {STATISTICS_KIND_COLUMNS.map((c) => <th key={c.key}>{c.label[language]}</th>)}
          </tr>
        </thead>
        <tbody>
          {[...figures.kinds, figures.totals].map((k) => (
            <tr key={k.kind ?? 'total'} className={k.kind ? '' : 'hf-total'}>
              <td>{kindLabel(k.kind)}</td>
              {STATISTICS_KIND_COLUMNS.map((c) =>
                cell(cellKey(k.kind, c.key), c.format, k[c.key], c.format === 'met' ? (k.targetMet ? 'hf-ok' : 'hf-bad') : undefined))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="hf-table hf-report-summary">
        <tbody>
          <tr>
            {SUMMARY_FIGURES.map((key) => (
              <th key={key}>{t(SUMMARY_LABELS[key])}</th>
            ))}
          </tr>
          <tr>
            {SUMMARY_FIGURES.map((key) => cell(cellKey('summary', key), key === 'satisfiedRatePercent' ? 'percent' : 'integer', summaryValue(figures, key)))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
