import { METHOD_LABELS } from '@hf/shared';
import type { QuarterlyStatisticsQuery } from '../../api/generated/graphql';
import { CALLBACK_COLUMNS, columnLabel } from '../../i18n/columns';
import { useI18n } from '../../i18n/i18n';

type Statistics = QuarterlyStatisticsQuery['quarterlyStatistics'];

/** What needs attention in the period: unqualified callbacks, repeated complaints and repairs, the spot checks. */
export function AttentionLists({ stats }: { stats: Pick<Statistics, 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs' | 'spotCheck' | 'methods' | 'ownerAnswers'> }) {
  const { t, language } = useI18n();
  const h = (field: string) => columnLabel(CALLBACK_COLUMNS, field, language);
  return (
    <>
      <h3>{t('unqualifiedList', { count: stats.unqualifiedCallbacks.length })}</h3>
      <table className="hf-table">
        <thead><tr><th>{h('serialCode')}</th><th>{t('ticket')}</th><th>{t('owner')}</th><th>{t('summary')}</th><th>{t('shortcomingsCol')}</th><th>{t('handling')}</th></tr></thead>
        <tbody>
          {stats.unqualifiedCallbacks.map((u) => (
            <tr key={u.callbackId}><td>{u.serialCode}</td><td>{u.ticketNumber}</td><td>{u.ownerName} {u.unit}</td><td>{u.summary}</td><td>{u.shortcomings}</td><td>{u.handlingOpinion ?? '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('repeatedComplaints', { count: stats.repeatedComplaints.length })}</h3>
      <table className="hf-table">
        <thead><tr><th>{h('unit')}</th><th>{t('owner')}</th><th>{t('complaintMatter')}</th><th>{t('times')}</th><th>{t('ticket')}</th></tr></thead>
        <tbody>
          {stats.repeatedComplaints.map((r) => (
            <tr key={r.unit + r.matter}><td>{r.unit}</td><td>{r.ownerNames.join('、')}</td><td>{r.matter}</td><td>{r.count} ×</td><td>{r.ticketNumbers.join('、')}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('repeatedRepairs', { count: stats.repeatedRepairs.length })}</h3>
      <table className="hf-table">
        <thead><tr><th>{h('unit')}</th><th>{t('owner')}</th><th>{h('category')}</th><th>{t('times')}</th><th>{t('ticket')}</th></tr></thead>
        <tbody>
          {stats.repeatedRepairs.map((r) => (
            <tr key={r.unit + r.category}><td>{r.unit}</td><td>{r.ownerNames.join('、')}</td><td>{r.category}</td><td>{r.count} ×</td><td>{r.ticketNumbers.join('、')}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('ownerAnswersTitle')}</h3>
      <table className="hf-table hf-owner-answers" data-testid="owner-answers">
        <thead><tr>{stats.methods.map((m) => <th key={m.method}>{METHOD_LABELS[m.method][language]}</th>)}<th>{t('ownerAnswersConfirmed')}</th><th>{t('ownerAnswersDisputed')}</th><th>{t('ownerAnswersUnconfirmed')}</th><th>{t('ownerAnswersLinks')}</th></tr></thead>
        <tbody><tr>
          {stats.methods.map((m) => <td key={m.method}>{m.count}</td>)}
          <td>{stats.ownerAnswers.confirmed}</td><td className={stats.ownerAnswers.disputed ? 'hf-bad' : ''}>{stats.ownerAnswers.disputed}</td>
          <td>{stats.ownerAnswers.unconfirmed}</td><td>{stats.ownerAnswers.linksSent}</td>
        </tr></tbody>
      </table>
      <p>{t('spotCheck', { done: stats.spotCheck.done, required: stats.spotCheck.required, records: stats.spotCheck.repairRecords, rate: stats.spotCheck.ratePercent })}</p>
    </>
  );
}
