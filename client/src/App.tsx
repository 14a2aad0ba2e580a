import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { parsePeriod, periodOf, ROLE_LABELS, StatisticsPeriod, toLocalDate, addDays, type Role } from '@hf/shared';
import { useEffect, useMemo, useState } from 'react';
import { ArchiveStatusQuery, LogoutMutation, MeQuery } from './api/documents';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { CallbackSheet } from './sheets/CallbackSheet';
import { LoginPage } from './sheets/LoginPage';
import { PlanSheet } from './sheets/PlanSheet';
import type { Session } from './sheets/session';
import { TicketSheet } from './sheets/TicketSheet';
import { ExportSheet } from './sheets/ExportSheet';
import { StatisticsSheet } from './sheets/StatisticsSheet';
import { hashFor, sheetOfHash, type OpenTarget } from './work-queue/navigation';
import { useWorkQueueBadges } from './work-queue/useWorkQueueBadges';
import { WorkQueueScreen } from './work-queue/WorkQueueScreen';

const SHEETS = [
  { key: 'work', label: 'sheetWork' },
  { key: 'callbacks', label: 'sheetCallbacks' },
  { key: 'tickets', label: 'sheetTickets' },
  { key: 'plan', label: 'sheetPlan' },
  { key: 'statistics', label: 'sheetStatistics' },
  { key: 'export', label: 'sheetExport' },
] as const satisfies readonly { key: string; label: MessageKey }[];
type SheetKey = (typeof SHEETS)[number]['key'];

// 待办 is the first screen after signing in
const sheetFromHash = (): SheetKey => {
  const key = sheetOfHash(window.location.hash);
  return SHEETS.some((s) => s.key === key) ? (key as SheetKey) : 'work';
};

/** The last periods up to today (quarters, or months for a project that compiles monthly), newest first. */
export function recentPeriods(kind: StatisticsPeriod, today: string, count = 6): string[] {
  const periods: string[] = [];
  let key = periodOf(today, kind);
  for (let i = 0; i < count; i++) {
    periods.push(key);
    key = periodOf(addDays(parsePeriod(key).from, -1), kind);
  }
  return periods;
}

/** ?poll=N (seconds, 0 = off) sets how often rows changed by someone else are fetched; default 15 s. */
const pollSeconds = (() => {
  const raw = new URLSearchParams(window.location.search).get('poll');
  const n = raw === null ? 15 : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 15;
})();

export function App() {
  const client = useApolloClient();
  const { t, language, setLanguage } = useI18n();
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
  if (!me) return <LoginPage onSignedIn={() => void refetch()} />;
  if (!project) return <div className="hf-placeholder">{t('noProject')}</div>;

  const archiveKey = `${project.id}:${activePeriod ?? 'all'}`;
  const session: Session = {
    user: { id: me.user.id, displayName: me.user.displayName, role: me.user.role as Role },
    project: { ...project, statisticsPeriod: project.statisticsPeriod as StatisticsPeriod },
    period: activePeriod,
    archived: activePeriod !== null && (archivedKeys.includes(archiveKey) || archiveStatus.data?.archiveStatus.archived === true),
    markArchived: () => setArchivedKeys((keys) => (keys.includes(archiveKey) || activePeriod === null ? keys : [...keys, archiveKey])),
    pollSeconds,
  };
  const choose = (key: SheetKey) => {
    window.location.hash = `/${key}`;
    setSheet(key);
  };
  // a 待办 item: its project, period and sheet (the sheet selects the row named in the hash)
  const open = (target: OpenTarget) => {
    localStorage.setItem('hf.project', target.projectId);
    localStorage.setItem('hf.period', target.period);
    setProjectId(target.projectId);
    setPeriod(target.period);
    window.location.hash = hashFor(target);
  };
  const signOut = async () => {
    await logout();
    await client.clearStore();
    await refetch();
  };

  return (
    <div className="hf-app">
      <header className="hf-header">
        <strong className="hf-title">{t('appTitle')}</strong>
        <label>{t('project')}
          <select value={project.id} onChange={(e) => { localStorage.setItem('hf.project', e.target.value); setProjectId(e.target.value); }} data-testid="project-picker">
            {me.projects.map((p) => <option key={p.id} value={p.id}>{p.code} {p.name}</option>)}
          </select>
        </label>
        <label>{t('period')}
          <select value={activePeriod ?? 'all'} onChange={(e) => { localStorage.setItem('hf.period', e.target.value); setPeriod(e.target.value); }} data-testid="period-picker">
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
            <option value="all">{t('allPeriods')}</option>
          </select>
        </label>
        <nav className="hf-tabs">
          {SHEETS.map((s) => (
            <button key={s.key} type="button" className={s.key === sheet ? 'hf-tab hf-tab-active' : 'hf-tab'} onClick={() => choose(s.key)}>
              {t(s.label)}
              {badges[s.key] ? <span className="hf-badge" data-testid={`badge-${s.key}`}>{badges[s.key]}</span> : null}
            </button>
          ))}
        </nav>
        <span className="hf-user">{me.user.displayName} · {ROLE_LABELS[me.user.role as Role][language]}</span>
        <button type="button" className="hf-link" onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>{language === 'zh-CN' ? 'English' : '中文'}</button>
        <button type="button" className="hf-link" onClick={() => void signOut()}>{t('logout')}</button>
      </header>
      {session.archived && <div className="hf-archived-banner">{t('archivedBanner')}</div>}
      <main className="hf-main" key={`${project.id}:${activePeriod}`}>
        {sheet === 'work' && <WorkQueueScreen session={session} onOpen={open} />}
        {sheet === 'callbacks' && <CallbackSheet session={session} />}
        {sheet === 'tickets' && <TicketSheet session={session} />}
        {sheet === 'plan' && <PlanSheet session={session} />}
        {sheet === 'statistics' && <StatisticsSheet session={session} />}
        {sheet === 'export' && <ExportSheet session={session} />}
      </main>
    </div>
  );
}
