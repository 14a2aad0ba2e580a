import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { StatisticsPeriod, toLocalDate, type Role } from '@hf/shared';
import { type ComponentType, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { SessionHeader } from './session/components/SessionHeader';
import { LoginPage } from './session/LoginPage';
import { liveFrom, pollSecondsFrom, recentPeriods } from './session/periods';
import { ArchiveStatusQuery, LogoutMutation, MeQuery } from './session/queries';
import type { Session } from './session/session';
import { hashFor, sheetOfHash } from './work-queue/navigation';
import { useWorkQueueBadges } from './work-queue/useWorkQueueBadges';
import { NotificationBell } from './notifications/NotificationBell';
import { restartLiveConnection } from './api/apollo';

/** Each sheet is its own chunk, loaded when its tab is first opened (AG Grid comes with the first grid sheet). */
const CallbackSheet = lazy(() => import('./callbacks/CallbackSheet').then((m) => ({ default: m.CallbackSheet })));
const TicketSheet = lazy(() => import('./tickets/TicketSheet').then((m) => ({ default: m.TicketSheet })));
const PlanSheet = lazy(() => import('./plan/PlanSheet').then((m) => ({ default: m.PlanSheet })));
const StatisticsSheet = lazy(() => import('./statistics/StatisticsSheet').then((m) => ({ default: m.StatisticsSheet })));
const ReportScreen = lazy(() => import('./reports/ReportScreen').then((m) => ({ default: m.ReportScreen })));
const ExportSheet = lazy(() => import('./exports/ExportSheet').then((m) => ({ default: m.ExportSheet })));
const WorkQueueScreen = lazy(() => import('./work-queue/WorkQueueScreen').then((m) => ({ default: m.WorkQueueScreen })));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/** The sheets, in the order of the tabs: a new screen is one more entry (its #/key, its tab label, its lazy view). */
const SHEETS = [
  { key: 'work', label: 'sheetWork', View: WorkQueueScreen },
  { key: 'callbacks', label: 'sheetCallbacks', View: CallbackSheet },
  { key: 'tickets', label: 'sheetTickets', View: TicketSheet },
  { key: 'plan', label: 'sheetPlan', View: PlanSheet },
  { key: 'statistics', label: 'sheetStatistics', View: StatisticsSheet },
  { key: 'report', label: 'sheetReport', View: ReportScreen },
  { key: 'export', label: 'sheetExport', View: ExportSheet },
  // 设置: the administrator and the service supervisor only (SETTINGS_ROLES of settings/SettingsScreen.tsx)
  { key: 'settings', label: 'sheetSettings', View: SettingsScreen, roles: ['ADMIN', 'SUPERVISOR'] },
] as const satisfies readonly { key: string; label: MessageKey; View: ComponentType<{ session: Session }>; roles?: readonly string[] }[];
type SheetKey = (typeof SHEETS)[number]['key'];

// 待办 is the first screen after signing in; `#/callbacks?row=…` opens a sheet at a row
const sheetFromHash = (): SheetKey => {
  const key = sheetOfHash(window.location.hash);
  return SHEETS.some((s) => s.key === key) ? (key as SheetKey) : 'work';
};

const pollSeconds = pollSecondsFrom(window.location.search);
const live = liveFrom(window.location.search);

export function App() {
  const client = useApolloClient();
  const { t } = useI18n();
  const { data, loading, refetch } = useQuery(MeQuery, { errorPolicy: 'all' });
  const [logout] = useMutation(LogoutMutation);
  const [sheet, setSheet] = useState<SheetKey>(sheetFromHash);
  const [projectId, setProjectId] = useState<string | null>(() => localStorage.getItem('hf.project'));
  const [period, setPeriod] = useState<string | null>(() => localStorage.getItem('hf.period'));
  const [archivedKeys, setArchivedKeys] = useState<string[]>([]);

  useEffect(() => {
    const onHash = () => setSheet(sheetFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const me = data?.me;
  const project = me?.projects.find((p) => p.id === projectId) ?? me?.projects[0] ?? null;
  const periods = useMemo(() => (project ? recentPeriods(project.statisticsPeriod as StatisticsPeriod, toLocalDate(new Date())) : []), [project]);
  const activePeriod = period === 'all' ? null : period && periods.includes(period) ? period : periods[0] ?? null;
  const archiveStatus = useQuery(ArchiveStatusQuery, {
    variables: { projectId: project?.id ?? '', period: activePeriod },
    skip: !project || activePeriod === null,
  });
  const badges = useWorkQueueBadges(me ? project?.id ?? null : null, pollSeconds, sheet);

  if (loading && !data) return <div className="hf-placeholder">{t('loading')}</div>;
  if (!me) return <LoginPage onSignedIn={() => { restartLiveConnection(); void refetch(); }} />;
  if (!project) return <div className="hf-placeholder">{t('noProject')}</div>;

  const archiveKey = `${project.id}:${activePeriod ?? 'all'}`;
  const session: Session = {
    user: { id: me.user.id, displayName: me.user.displayName, role: me.user.role as Role },
    project: { ...project, statisticsPeriod: project.statisticsPeriod as StatisticsPeriod },
    period: activePeriod,
    archived: activePeriod !== null && (archivedKeys.includes(archiveKey) || archiveStatus.data?.archiveStatus.archived === true),
    markArchived: () => setArchivedKeys((keys) => (keys.includes(archiveKey) || activePeriod === null ? keys : [...keys, archiveKey])),
    pollSeconds,
    live,
    open: (target) => {
      localStorage.setItem('hf.project', target.projectId);
      localStorage.setItem('hf.period', target.period);
      setProjectId(target.projectId);
      setPeriod(target.period);
      window.location.hash = hashFor(target);
    },
  };
  const choose = (key: SheetKey) => {
    window.location.hash = `/${key}`;
    setSheet(key);
  };
  const signOut = async () => {
    await logout();
    restartLiveConnection();
    await client.clearStore();
    await refetch();
  };
  const sheets = SHEETS.filter((s) => !('roles' in s) || (s.roles as readonly string[]).includes(me.user.role));
  const { View } = sheets.find((s) => s.key === sheet) ?? SHEETS[0];

  return (
    <div className="hf-app">
      <SessionHeader
        projects={me.projects}
        projectId={project.id}
        onProject={(id) => { localStorage.setItem('hf.project', id); setProjectId(id); }}
        periods={periods}
        period={activePeriod}
        onPeriod={(value) => { localStorage.setItem('hf.period', value); setPeriod(value); }}
        sheets={sheets}
        sheet={sheet}
        onSheet={choose}
        badges={badges}
        bell={<NotificationBell onOpen={session.open} pollSeconds={pollSeconds} live={live} />}
        user={me.user}
        onSignOut={() => void signOut()}
      />
      {session.archived && <div className="hf-archived-banner">{t('archivedBanner')}</div>}
      <main className="hf-main" key={`${project.id}:${activePeriod}`}>
        <Suspense fallback={<div className="hf-placeholder">{t('loading')}</div>}>
          <View session={session} />
        </Suspense>
      </main>
    </div>
  );
}
