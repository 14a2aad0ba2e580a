import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { periodOf, Role, SATISFACTION_LABELS, STATISTICS_TOTAL_LABEL, StatisticsPeriod, TICKET_KIND_LABELS, toLocalDate, type Satisfaction, type TicketKind } from '@hf/shared';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ArchiveStatusQuery } from '../session/queries';
import type { Session } from '../session/session';
import { ArchiveBar } from './components/ArchiveBar';
import { AttentionLists } from './components/AttentionLists';
import { DistributionChart, RateChart } from './components/charts';
import { ForecastTable } from './components/ForecastTable';
import { KindTable } from './components/KindTable';
import { StaffResultsTables } from './components/StaffResultsTables';
import { percent } from './percent';
import { ArchivePeriodMutation, QuarterlyStatisticsQuery } from './queries';

/** 季度统计: the period's figures per ticket kind, the rates against the targets, satisfaction, and what needs attention. */
export function StatisticsSheet({ session }: { session: Session }) {
  const { t, language, serverMessage } = useI18n();
  // 全部期间: the figures are per period, so the current one is shown and named; nothing is archived from here then
  const allPeriods = session.period === null;
  const today = toLocalDate(new Date());
  const period = session.period ?? periodOf(today, session.project.statisticsPeriod as StatisticsPeriod);
  const [confirming, setConfirming] = useState(false);
  const variables = { projectId: session.project.id, period };
  const { data, error } = useQuery(QuarterlyStatisticsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const archive = useQuery(ArchiveStatusQuery, { variables });
  const [archivePeriod, archiving] = useMutation(ArchivePeriodMutation, { refetchQueries: ['ArchiveStatus'] });
  if (error && !data) return <div className="hf-error-banner">{serverMessage(error)}</div>;
  const stats = data?.quarterlyStatistics;
  if (!stats) return <div className="hf-placeholder">{t('loading')}</div>;
  const kindLabel = (kind: string | null | undefined) => (kind ? TICKET_KIND_LABELS[kind as TicketKind][language] : STATISTICS_TOTAL_LABEL[language]);
  const status = archive.data?.archiveStatus;
  const projectName = `${session.project.code} ${session.project.name}`;
  const archivable = Boolean(status && !status.archived && session.user.role === Role.SUPERVISOR);
  // why 存档本期 cannot be pressed now: 全部期间 is selected, or the period has not ended (the server refuses it too)
  const archiveBlocked = !archivable ? null : allPeriods ? t('archiveNeedsPeriod') : stats.to >= today ? t('archiveNotEnded', { date: stats.to }) : null;
  const archiveNow = async () => {
    await archivePeriod({ variables: { input: { projectId: session.project.id, period } } });
    setConfirming(false);
  };
  return (
    <div className="hf-statistics" data-testid="statistics">
      <ArchiveBar
        title={<>{session.project.code} {session.project.name} · {stats.period}（{stats.from} – {stats.to}）</>}
        status={status}
        canArchive={archivable}
        blocked={archiveBlocked}
        archiving={archiving.loading}
        onArchive={() => setConfirming(true)}
        errors={archiving.data?.archivePeriod.userErrors ?? []}
        asOf={stats.asOf}
      />
      {allPeriods && <div className="hf-notice" data-testid="period-notice">{t('periodShownAll', { period })}</div>}
      {confirming && (
        <ConfirmDialog
          title={t('archiveConfirmTitle', { project: projectName, period })}
          confirmLabel={t('archiveConfirm')}
          busy={archiving.loading}
          onConfirm={() => void archiveNow()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('archiveConfirmText', { project: projectName, period, from: stats.from, to: stats.to })}</p>
        </ConfirmDialog>
      )}
      <div className="hf-stat-scroll">
        <div className="hf-kinds-beside">
          <KindTable kinds={stats.kinds} totals={stats.totals} kindLabel={kindLabel} />
          {stats.forecast && <ForecastTable forecast={stats.forecast} to={stats.to} kindLabel={kindLabel} />}
        </div>
        <div className="hf-charts">
          <figure>
            <figcaption>{t('rateChart')}</figcaption>
            <RateChart
              bars={stats.kinds.map((k) => ({ label: kindLabel(k.kind), achieved: k.achievedRatePercent ?? null, target: k.targetRatePercent ?? null }))}
              legend={{ achieved: t('achievedRate'), target: t('targetRate') }}
            />
          </figure>
          <figure>
            <figcaption>{t('satisfactionChart', { rate: percent(stats.satisfaction.satisfiedRatePercent), rated: stats.satisfaction.rated })}</figcaption>
            <DistributionChart rows={stats.satisfaction.distribution.map((d) => ({ label: SATISFACTION_LABELS[d.level as Satisfaction][language], count: d.count }))} />
          </figure>
        </div>
        <StaffResultsTables projectId={session.project.id} period={period} />
        <AttentionLists stats={stats} />
      </div>
    </div>
  );
}
