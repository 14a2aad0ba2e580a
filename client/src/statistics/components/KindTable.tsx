import type { QuarterlyStatisticsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../percent';

type Kind = QuarterlyStatisticsQuery['quarterlyStatistics']['kinds'][number];

/** 季度统计分析表: one row per ticket kind and the total — done vs required, the rates against the target. */
export function KindTable({ kinds, totals, kindLabel }: { kinds: readonly Kind[]; totals: Kind; kindLabel: (kind: string | null | undefined) => string }) {
  const { t } = useI18n();
  return (
    <table className="hf-table" data-testid="kind-table">
      <thead>
        <tr>
          <th>{t('kind')}</th><th>{t('ticketsCompleted')}</th><th>{t('callbacksRequired')}</th><th>{t('callbacksDone')}</th>
          <th>{t('targetRate')}</th><th>{t('achievedRate')}</th><th>{t('targetMet')}</th><th>{t('withinWindow')}</th><th>{t('overdueCount')}</th>
        </tr>
      </thead>
      <tbody>
        {[...kinds, totals].map((k) => (
          <tr key={k.kind ?? 'total'} className={k.kind ? '' : 'hf-total'}>
            <td>{kindLabel(k.kind)}</td><td>{k.ticketsCompleted}</td><td>{k.callbacksRequired}</td><td>{k.callbacksDone}</td>
            <td>{percent(k.targetRatePercent)}</td><td>{percent(k.achievedRatePercent)}</td>
            <td className={k.targetMet ? 'hf-ok' : 'hf-bad'}>{k.targetMet ? t('yes') : t('no')}</td>
            <td>{k.doneWithinWindow}</td><td>{k.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
