import { useMutation, useQuery } from '@apollo/client/react';
import { periodOf, Role, SATISFACTION_LABELS, StatisticsPeriod, TICKET_KIND_LABELS, toLocalDate, type Satisfaction, type TicketKind } from '@hf/shared';
import { ArchivePeriodMutation, ArchiveStatusQuery, QuarterlyStatisticsQuery } from '../api/documents';
import { useI18n } from '../i18n/i18n';
import { DistributionChart, RateChart } from './charts';
import type { Session } from './session';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 10) / 10}%`);

/** 季度统计: the period's figures per ticket kind, the rates against the targets, satisfaction, and what needs attention. */
export function StatisticsSheet({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const period = session.period ?? periodOf(toLocalDate(new Date()), session.project.statisticsPeriod as StatisticsPeriod);
  const variables = { projectId: session.project.id, period };
  const { data, error } = useQuery(QuarterlyStatisticsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const archive = useQuery(ArchiveStatusQuery, { variables });
  const [archivePeriod, archiving] = useMutation(ArchivePeriodMutation, { refetchQueries: ['ArchiveStatus'] });
  if (error && !data) return <div className="hf-error-banner">{error.message}</div>;
  const stats = data?.quarterlyStatistics;
  if (!stats) return <div className="hf-placeholder">{t('loading')}</div>;
  const kindLabel = (kind: string | null | undefined) => (kind ? TICKET_KIND_LABELS[kind as TicketKind][language] : t('total'));
  const status = archive.data?.archiveStatus;
  const archiveErrors = archiving.data?.archivePeriod.userErrors ?? [];
  return (
    <div className="hf-statistics" data-testid="statistics">
      <div className="hf-sheet-bar">
        <strong>{session.project.code} {session.project.name} · {stats.period}（{stats.from} – {stats.to}）</strong>
        {status && (
          <span className={status.archived ? 'hf-chip' : status.reminder ? 'hf-warning' : ''} data-testid="archive-status">
            {status.archived
              ? t('archivedOn', { when: status.archivedAt?.slice(0, 10) ?? '', who: status.archivedBy?.displayName ?? '' })
              : t('archiveDue', { date: status.dueDate })}
            {' · '}{t('keepUntil', { date: status.keepUntil })}
          </span>
        )}
        {status && !status.archived && session.user.role === Role.SUPERVISOR && (
          <button type="button" disabled={archiving.loading} onClick={() => void archivePeriod({ variables: { input: { projectId: session.project.id, period } } })}>
            {t('archivePeriod')}
          </button>
        )}
        {archiveErrors.length > 0 && <span className="hf-count-error">{archiveErrors.map((e) => e.message).join('；')}</span>}
        <span className="hf-status">{t('asOf', { date: stats.asOf })}</span>
      </div>
      <div className="hf-stat-scroll">
        <table className="hf-table" data-testid="kind-table">
          <thead>
            <tr>
              <th>{t('kind')}</th><th>{t('ticketsCompleted')}</th><th>{t('callbacksRequired')}</th><th>{t('callbacksDone')}</th>
              <th>{t('targetRate')}</th><th>{t('achievedRate')}</th><th>{t('targetMet')}</th><th>{t('withinWindow')}</th><th>{t('overdueCount')}</th>
            </tr>
          </thead>
          <tbody>
            {[...stats.kinds, stats.totals].map((k) => (
              <tr key={k.kind ?? 'total'} className={k.kind ? '' : 'hf-total'}>
                <td>{kindLabel(k.kind)}</td><td>{k.ticketsCompleted}</td><td>{k.callbacksRequired}</td><td>{k.callbacksDone}</td>
                <td>{pct(k.targetRatePercent)}</td><td>{pct(k.achievedRatePercent)}</td>
                <td className={k.targetMet ? 'hf-ok' : 'hf-bad'}>{k.targetMet ? t('yes') : t('no')}</td>
                <td>{k.doneWithinWindow}</td><td>{k.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="hf-charts">
          <figure>
            <figcaption>{t('rateChart')}</figcaption>
            <RateChart
              bars={stats.kinds.map((k) => ({ label: kindLabel(k.kind), achieved: k.achievedRatePercent ?? null, target: k.targetRatePercent ?? null }))}
              legend={{ achieved: t('achievedRate'), target: t('targetRate') }}
            />
          </figure>
          <figure>
            <figcaption>{t('satisfactionChart', { rate: pct(stats.satisfaction.satisfiedRatePercent), rated: stats.satisfaction.rated })}</figcaption>
            <DistributionChart rows={stats.satisfaction.distribution.map((d) => ({ label: SATISFACTION_LABELS[d.level as Satisfaction][language], count: d.count }))} />
          </figure>
        </div>
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
      </div>
    </div>
  );
}
