import type { QuarterlyStatisticsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';

type Statistics = QuarterlyStatisticsQuery['quarterlyStatistics'];

/** What needs attention in the period: unqualified callbacks, repeated complaints and repairs, the spot checks. */
export function AttentionLists({ stats }: { stats: Pick<Statistics, 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs' | 'spotCheck'> }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('unqualifiedList', { count: stats.unqualifiedCallbacks.length })}</h3>
      <table className="hf-table">
        <thead><tr><th>编码</th><th>{t('ticket')}</th><th>{t('owner')}</th><th>{t('summary')}</th><th>{t('shortcomingsCol')}</th><th>{t('handling')}</th></tr></thead>
        <tbody>
          {stats.unqualifiedCallbacks.map((u) => (
            <tr key={u.callbackId}><td>{u.serialCode}</td><td>{u.ticketNumber}</td><td>{u.ownerName} {u.unit}</td><td>{u.summary}</td><td>{u.shortcomings}</td><td>{u.handlingOpinion ?? '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('repeatedComplaints', { count: stats.repeatedComplaints.length })}</h3>
      <table className="hf-table">
        <tbody>
          {stats.repeatedComplaints.map((r) => (
            <tr key={r.unit + r.matter}><td>{r.unit}</td><td>{r.ownerNames.join('、')}</td><td>{r.matter}</td><td>{r.count} ×</td><td>{r.ticketNumbers.join('、')}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('repeatedRepairs', { count: stats.repeatedRepairs.length })}</h3>
      <table className="hf-table">
        <tbody>
          {stats.repeatedRepairs.map((r) => (
            <tr key={r.unit + r.category}><td>{r.unit}</td><td>{r.ownerNames.join('、')}</td><td>{r.category}</td><td>{r.count} ×</td><td>{r.ticketNumbers.join('、')}</td></tr>
          ))}
        </tbody>
      </table>
      <p>{t('spotCheck', { done: stats.spotCheck.done, required: stats.spotCheck.required, records: stats.spotCheck.repairRecords, rate: stats.spotCheck.ratePercent })}</p>
    </>
  );
}
