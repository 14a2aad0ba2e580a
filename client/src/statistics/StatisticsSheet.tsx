import { useMutation, useQuery } from '@apollo/client/react';
import { periodOf, Role, SATISFACTION_LABELS, StatisticsPeriod, TICKET_KIND_LABELS, toLocalDate, type Satisfaction, type TicketKind } from '@hf/shared';
import { useI18n } from '../i18n/i18n';
import { ArchiveStatusQuery } from '../session/queries';
import type { Session } from '../session/session';
import { ArchiveBar } from './components/ArchiveBar';
import { AttentionLists } from './components/AttentionLists';
import { DistributionChart, RateChart } from './components/charts';
import { KindTable } from './components/KindTable';
import { percent } from './percent';
import { ArchivePeriodMutation, QuarterlyStatisticsQuery } from './queries';

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
  return (
    <div className="hf-statistics" data-testid="statistics">
      <ArchiveBar
        title={<>{session.project.code} {session.project.name} · {stats.period}（{stats.from} – {stats.to}）</>}
        status={status}
        canArchive={Boolean(status && !status.archived && session.user.role === Role.SUPERVISOR)}
        archiving={archiving.loading}
        onArchive={() => void archivePeriod({ variables: { input: { projectId: session.project.id, period } } })}
        errors={archiving.data?.archivePeriod.userErrors ?? []}
        asOf={stats.asOf}
      />
      <div className="hf-stat-scroll">
        <KindTable kinds={stats.kinds} totals={stats.totals} kindLabel={kindLabel} />
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
        <AttentionLists stats={stats} />
      </div>
    </div>
  );
}
