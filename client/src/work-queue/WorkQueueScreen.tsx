import { useQuery } from '@apollo/client/react';
import {
  businessWallClock, Role, SEVERITY_LABELS, StatisticsPeriod, TICKET_KIND_LABELS, WORK_QUEUE_LABELS, WorkQueueKind, type ComplaintSeverity, type Language,
  type TicketKind,
} from '@hf/shared';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { WorkCallbackEdgeFragment, WorkReportEdgeFragment } from '../api/generated/graphql';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import { ServerErrorBanner } from '../ui/ServerErrorBanner';
import { SpotCheckPanel } from '../spot-checks/SpotCheckPanel';
import type { Session } from '../session/session';
import { REPORT_STATUS_LABELS } from './labels';
import { fieldOfQueue, hashFor, type OpenTarget, periodOfRow, sheetOfQueue } from './navigation';
import { TicketsToAdd } from './TicketsToAdd';
import { AuditorWorkQuery, ClerkWorkQuery, DepartmentSupervisorWorkQuery, ManagerWorkQuery, SupervisorWorkQuery } from './queries';

type Open = (target: OpenTarget) => void;

/** 回访率预测 of a kind below its target: on track by the period end, or short by how many (README "Quota forecast"). */
function forecastVerdict(t: T, f: { atRisk: boolean; shortBy: number; canStillBeMet: boolean; expectedDone: number; bestCase: number; daysLeft: number }): string {
  const verdict = !f.atRisk ? t('forecastMet') : f.canStillBeMet ? t('forecastShort', { count: f.shortBy }) : t('forecastCannot', { count: f.shortBy });
  return t('forecastDetail', { verdict, expected: f.expectedDone, best: f.bestCase, days: f.daysLeft });
}
type T = ReturnType<typeof useI18n>['t'];

const PAGE = 20;

/** An instant as the clerk reads it: MM-DD HH:mm on the business wall clock (Asia/Shanghai). */
export function shanghaiTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const w = businessWallClock(new Date(iso));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`;
}

/** A link that opens its target (the App switches project, period and sheet); a real href, so it can be opened anew. */
function OpenLink({ target, onOpen, children, testId }: { target: OpenTarget; onOpen: Open; children: ReactNode; testId?: string }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(target);
  };
  return <a href={`#${hashFor(target)}`} onClick={click} className="hf-work-link" data-testid={testId}>{children}</a>;
}

function Section({ kind, count, language, children }: { kind: WorkQueueKind; count?: number | null; language: Language; children: ReactNode }) {
  return (
    <section className="hf-work-section" data-testid={`work-${kind}`}>
      <h3>
        {WORK_QUEUE_LABELS[kind][language]}
        {count !== undefined && count !== null && <span className={count > 0 ? 'hf-badge' : 'hf-badge hf-badge-zero'}>{count}</span>}
      </h3>
      {children}
    </section>
  );
}

/** Why the item is here: days over or left, its age, the agreed time, the end of the correction window. */
function when(kind: WorkQueueKind, edge: WorkCallbackEdgeFragment, t: T): { text: string; urgent: boolean } {
  switch (kind) {
    case WorkQueueKind.CALL_LATER_DUE:
      return { text: t('workAgreedAt', { time: shanghaiTime(edge.waitingSince) }), urgent: true };
    case WorkQueueKind.CORRECTIONS_OPEN:
      return { text: t('workCorrectableUntil', { time: shanghaiTime(edge.correctableUntil) }), urgent: false };
    case WorkQueueKind.RECORDS_TO_REVIEW:
    case WorkQueueKind.ESCALATIONS_WITHOUT_OPINION:
      return { text: edge.ageDays ? t('workAge', { days: edge.ageDays }) : t('workAgeToday'), urgent: (edge.ageDays ?? 0) >= 3 };
    default: {
      const left = edge.daysLeft ?? 0;
      if (left < 0) return { text: t('workDaysOverdue', { days: edge.daysOverdue ?? -left }), urgent: true };
      if (left === 0) return { text: t('workDueToday'), urgent: true };
      return { text: t('workDaysLeft', { days: left }), urgent: false };
    }
  }
}

interface CallbackQueue {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: WorkCallbackEdgeFragment[];
}

/** A queue of callbacks as a short list in the columns of 《业主回访记录表》; the serial code opens the row. */
function CallbackList({ kind, queue, today, onOpen, onMore, detail }: {
  kind: WorkQueueKind; queue: CallbackQueue | null | undefined; today: string; onOpen: Open; onMore: () => void;
  /** a line under the summary: why the item is here in the words of the one who raised it (an owner's dispute) */
  detail?: (id: string) => string | null;
}) {
  const { t, language } = useI18n();
  if (!queue) return null;
  const kindLabel = (k: string, severity: string | null | undefined) =>
    `${TICKET_KIND_LABELS[k as TicketKind][language]}${severity ? (language === 'en' ? ` (${SEVERITY_LABELS[severity as ComplaintSeverity].en})` : `（${SEVERITY_LABELS[severity as ComplaintSeverity]['zh-CN']}）`) : ''}`;
  return (
    <Section kind={kind} count={queue.totalCount} language={language}>
      {queue.edges.length === 0 ? <p className="hf-work-none">{t('workNothing')}</p> : (
        <table className="hf-table hf-work-table">
          <thead>
            <tr>
              {['serialCode', 'ticketNumber', 'ownerName', 'unit', 'kind', 'summary', 'windowTo'].map((f) => <th key={f}>{columnLabel(CALLBACK_COLUMNS, f, language)}</th>)}
              <th>{t('workWhen')}</th><th>{t('workAssignee')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.edges.map((edge) => {
              const c = edge.node;
              const fact = when(kind, edge, t);
              const target: OpenTarget = {
                sheet: 'callbacks', projectId: c.project.id, rowId: c.id, field: fieldOfQueue(kind),
                period: periodOfRow(c.anchorDate, c.project.statisticsPeriod as StatisticsPeriod, today, c.carriedOverFrom),
              };
              return (
                <tr key={c.id}>
                  <td>
                    <OpenLink target={target} onOpen={onOpen} testId="work-item">{c.serialCode}</OpenLink>
                    {c.carriedOverFrom && <span className="hf-chip hf-carried-chip" data-testid="work-carried">{t('carriedFrom', { period: c.carriedOverFrom })}</span>}
                  </td>
                  <td>{c.ticket.number}</td><td>{c.ticket.ownerName}</td><td>{c.ticket.unit}</td>
                  <td>{kindLabel(c.ticket.kind, c.ticket.severity)}</td>
                  <td className="hf-work-summary">{c.ticket.summary}{detail?.(c.id) && <div className="hf-work-detail" data-testid="work-detail">{detail(c.id)}</div>}</td>
                  <td>{c.windowTo}</td>
                  <td className={fact.urgent ? 'hf-bad' : ''}>{fact.text}</td>
                  <td>{[c.assignee?.displayName, c.coAssignee?.displayName].filter(Boolean).join('、') || c.recordedBy?.displayName}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {queue.pageInfo.hasNextPage && (
        <button type="button" className="hf-link hf-work-more" onClick={onMore}>{t('workMore', { count: queue.totalCount - queue.edges.length })}</button>
      )}
    </Section>
  );
}

function ReportList({ kind, queue, onOpen }: { kind: WorkQueueKind; queue: { totalCount: number; edges: WorkReportEdgeFragment[] } | null | undefined; onOpen: Open }) {
  const { t, language } = useI18n();
  if (!queue) return null;
  return (
    <Section kind={kind} count={queue.totalCount} language={language}>
      {queue.edges.length === 0 ? <p className="hf-work-none">{t('workNothing')}</p> : (
        <table className="hf-table hf-work-table">
          <thead><tr><th>{t('workReportPeriod')}</th><th>{t('project')}</th><th>{columnLabel(CALLBACK_COLUMNS, 'status', language)}</th><th>{t('workReportBy')}</th><th>{t('workWhen')}</th></tr></thead>
          <tbody>
            {queue.edges.map(({ node: r, ageDays }) => (
              <tr key={r.id}>
                <td><OpenLink target={{ sheet: sheetOfQueue(kind), projectId: r.project.id, period: r.period }} onOpen={onOpen} testId="work-item">{r.period}</OpenLink></td>
                <td>{r.project.code} {r.project.name}</td>
                <td>{REPORT_STATUS_LABELS[r.status][language]}</td>
                <td>{[r.submittedBy?.displayName, r.reviewedBy?.displayName].filter(Boolean).join(' / ')}</td>
                <td>{ageDays ? t('workAge', { days: ageDays }) : t('workAgeToday')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** How many of each queue to show; "show more" adds a page. */
function usePages(kinds: string[]) {
  const [pages, setPages] = useState<Record<string, number>>(() => Object.fromEntries(kinds.map((k) => [k, PAGE])));
  const more = (kind: string) => () => setPages((p) => ({ ...p, [kind]: Math.min(500, (p[kind] ?? PAGE) + PAGE) }));
  return { pages, more };
}

function Intro({ session, today, all = false }: { session: Session; today?: string; all?: boolean }) {
  const { t } = useI18n();
  if (!today) return <p className="hf-placeholder">{t('loading')}</p>;
  return (
    <p className="hf-work-intro">
      {t(all ? 'workIntroAll' : 'workIntro', { name: session.user.displayName, today })}
      <span className="hf-work-hint">{t('workOpenHint')}</span>
    </p>
  );
}

function ClerkWork({ session, onOpen }: { session: Session; onOpen: Open }) {
  const { pages, more } = usePages(['overdue', 'dueToday', 'callLater', 'dueSoon', 'corrections']);
  const { data, error } = useQuery(ClerkWorkQuery, { variables: { projectId: session.project.id, ...pages }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServerErrorBanner error={error} />;
  const q = data?.workQueues;
  const today = q?.today ?? '';
  return (
    <>
      <Intro session={session} today={q?.today} />
      <CallbackList kind={WorkQueueKind.CALLBACKS_OVERDUE} queue={q?.callbacksOverdue} today={today} onOpen={onOpen} onMore={more('overdue')} />
      <CallbackList kind={WorkQueueKind.CALLBACKS_DUE_TODAY} queue={q?.callbacksDueToday} today={today} onOpen={onOpen} onMore={more('dueToday')} />
      <CallbackList kind={WorkQueueKind.CALL_LATER_DUE} queue={q?.callLaterDue} today={today} onOpen={onOpen} onMore={more('callLater')} />
      <CallbackList kind={WorkQueueKind.CALLBACKS_DUE_SOON} queue={q?.callbacksDueSoon} today={today} onOpen={onOpen} onMore={more('dueSoon')} />
      <CallbackList kind={WorkQueueKind.CORRECTIONS_OPEN} queue={q?.correctionsOpen} today={today} onOpen={onOpen} onMore={more('corrections')} />
    </>
  );
}

function SupervisorWork({ session, onOpen }: { session: Session; onOpen: Open }) {
  const { t, language } = useI18n();
  const { pages, more } = usePages(['review', 'reports', 'disputes']);
  const { data, error } = useQuery(SupervisorWorkQuery, { variables: { projectId: session.project.id, ...pages }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServerErrorBanner error={error} />;
  const q = data?.workQueues;
  const today = q?.today ?? '';
  const pct = (v: number) => `${Math.round(v * 10) / 10}%`;
  return (
    <>
      <Intro session={session} today={q?.today} />
      <CallbackList
        kind={WorkQueueKind.OWNER_DISPUTES} queue={q?.ownerDisputes} today={today} onOpen={onOpen} onMore={more('disputes')}
        detail={(id) => {
          const original = q?.ownerDisputes?.edges.find((e) => e.node.id === id)?.node.spotCheckOf;
          return original ? t('workOwnerDispute', { code: original.serialCode, comment: original.ownerVerdictComment ?? '' }) : null;
        }}
      />
      <CallbackList kind={WorkQueueKind.RECORDS_TO_REVIEW} queue={q?.recordsToReview} today={today} onOpen={onOpen} onMore={more('review')} />
      <ReportList kind={WorkQueueKind.REPORTS_TO_REVIEW} queue={q?.reportsToReview} onOpen={onOpen} />
      {q?.spotCheckQuota && (
        <Section kind={WorkQueueKind.SPOT_CHECK_QUOTA} count={q.spotCheckQuota.reduce((s, c) => s + c.stillToPlan, 0)} language={language}>
          {q.spotCheckQuota.map((c) => (
            <p key={c.project.id}>
              <OpenLink target={{ sheet: 'statistics', projectId: c.project.id, period: c.period }} onOpen={onOpen} testId="work-item">
                {t('workSpotCheck', { project: c.project.code, period: c.period, records: c.repairRecords, required: c.required, rate: c.ratePercent, planned: c.planned, done: c.done, toPlan: c.stillToPlan })}
              </OpenLink>
            </p>
          ))}
        </Section>
      )}
      {q?.spotCheckQuota?.map((c) => (
        <SpotCheckPanel key={`spot:${c.project.id}`} projectId={c.project.id} projectCode={c.project.code} period={c.period} onOpen={onOpen} />
      ))}
      {q?.targetsAtRisk && (
        <Section kind={WorkQueueKind.TARGETS_AT_RISK} count={q.targetsAtRisk.length} language={language}>
          {q.targetsAtRisk.length === 0 ? <p className="hf-work-none">{t('workNothing')}</p> : (
            <table className="hf-table hf-work-table">
              <thead><tr><th>{t('project')}</th><th>{t('kind')}</th><th>{t('targetRate')}</th><th>{t('achievedRate')}</th><th>{t('callbacksRequired')}</th><th>{t('callbacksDone')}</th><th>{t('workWhen')}</th><th>{t('forecastVerdict')}</th><th>{t('forecastToAdd')}</th></tr></thead>
              <tbody>
                {q.targetsAtRisk.map((k) => (
                  <tr key={`${k.project.id}:${k.kind}`}>
                    <td><OpenLink target={{ sheet: 'statistics', projectId: k.project.id, period: k.period }} onOpen={onOpen} testId="work-item">{k.project.code} {k.period}</OpenLink></td>
                    <td>{TICKET_KIND_LABELS[k.kind as TicketKind][language]}</td>
                    <td>{pct(k.targetRatePercent)}</td><td className="hf-bad">{pct(k.achievedRatePercent)}</td>
                    <td>{k.callbacksRequired}</td><td>{k.callbacksDone}</td>
                    <td>{t('workTargetOpen', { count: k.callbacksOpen })}{k.overdue ? ` · ${t('workOverdueCount', { count: k.overdue })}` : ''}</td>
                    <td className={k.forecast?.atRisk ? 'hf-bad' : 'hf-ok'} data-testid="target-forecast">{k.forecast ? forecastVerdict(t, k.forecast) : '—'}</td>
                    <td>{k.forecast?.atRisk ? <TicketsToAdd tickets={k.forecast.ticketsToAdd} total={k.forecast.ticketsWithoutCallback} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      )}
      {q?.archiveDue && (
        <Section kind={WorkQueueKind.ARCHIVE_DUE} count={q.archiveDue.filter((a) => a.reminder).length} language={language}>
          {q.archiveDue.map((a) => (
            <p key={a.projectId} className={a.reminder ? 'hf-bad' : ''} data-testid="archive-due">
              <OpenLink target={{ sheet: 'statistics', projectId: a.projectId, period: a.period }} onOpen={onOpen} testId="work-item">
                {a.archived
                  ? t('workArchived', { project: session.project.code, period: a.period, when: a.archivedAt?.slice(0, 10) ?? '', who: a.archivedBy?.displayName ?? '' })
                  : t('workArchiveDue', { project: session.project.code, period: a.period, date: a.dueDate })}
              </OpenLink>
              {a.reminder && <> · {t('workArchiveReminder')}</>}
            </p>
          ))}
        </Section>
      )}
    </>
  );
}

function DepartmentSupervisorWork({ session, onOpen }: { session: Session; onOpen: Open }) {
  const { pages, more } = usePages(['joint']);
  const { data, error } = useQuery(DepartmentSupervisorWorkQuery, { variables: { projectId: session.project.id, ...pages }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServerErrorBanner error={error} />;
  const q = data?.workQueues;
  return (
    <>
      <Intro session={session} today={q?.today} />
      <CallbackList kind={WorkQueueKind.JOINT_COMPLAINT_CALLBACKS} queue={q?.jointComplaintCallbacks} today={q?.today ?? ''} onOpen={onOpen} onMore={more('joint')} />
    </>
  );
}

function ManagerWork({ session, onOpen }: { session: Session; onOpen: Open }) {
  const { pages, more } = usePages(['escalations', 'major', 'reports']);
  const { data, error } = useQuery(ManagerWorkQuery, { variables: { projectId: session.project.id, ...pages }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServerErrorBanner error={error} />;
  const q = data?.workQueues;
  const today = q?.today ?? '';
  return (
    <>
      <Intro session={session} today={q?.today} />
      <CallbackList kind={WorkQueueKind.ESCALATIONS_WITHOUT_OPINION} queue={q?.escalationsWithoutOpinion} today={today} onOpen={onOpen} onMore={more('escalations')} />
      <CallbackList kind={WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE} queue={q?.majorComplaintsToOrganise} today={today} onOpen={onOpen} onMore={more('major')} />
      <ReportList kind={WorkQueueKind.REPORTS_TO_MARK_REPORTED} queue={q?.reportsToMarkReported} onOpen={onOpen} />
    </>
  );
}

/** 品质管理部 (and the administrator): every project's recent periods, archived or not, and the reports per state. */
function AuditorWork({ session, onOpen }: { session: Session; onOpen: Open }) {
  const { t, language } = useI18n();
  const { pages, more } = usePages(['projects']);
  const { data, error } = useQuery(AuditorWorkQuery, { variables: { ...pages }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServerErrorBanner error={error} />;
  const q = data?.workQueues;
  const overview = q?.archiveOverview;
  return (
    <>
      <Intro session={session} today={q?.today} all />
      {overview && (
        <Section kind={WorkQueueKind.ARCHIVE_OVERVIEW} count={overview.edges.reduce((s, e) => s + e.node.notArchivedCount, 0)} language={language}>
          <table className="hf-table hf-work-table">
            <thead><tr><th>{t('project')}</th>{overview.edges[0]?.node.periods.map((_, i) => <th key={i}>{t('period')} {i + 1}</th>)}</tr></thead>
            <tbody>
              {overview.edges.map(({ node }) => (
                <tr key={node.project.id}>
                  <td>{node.project.code} {node.project.name}</td>
                  {node.periods.map((p) => (
                    <td key={p.period} className={p.reminder ? 'hf-bad' : p.archived ? 'hf-ok' : ''}>
                      <OpenLink target={{ sheet: 'statistics', projectId: node.project.id, period: p.period }} onOpen={onOpen} testId="work-item">{p.period}</OpenLink>
                      {' '}{p.archived ? t('workArchivedShort') : t('workNotArchived')}
                      {' · '}{p.reportStatus ? REPORT_STATUS_LABELS[p.reportStatus][language] : t('workNoReport')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {overview.pageInfo.hasNextPage && (
            <button type="button" className="hf-link hf-work-more" onClick={more('projects')}>{t('workMore', { count: overview.totalCount - overview.edges.length })}</button>
          )}
        </Section>
      )}
      {q?.reportsByState && (
        <Section kind={WorkQueueKind.REPORTS_BY_STATE} language={language}>
          <p>{q.reportsByState.map((r) => <span key={r.status} className="hf-chip">{REPORT_STATUS_LABELS[r.status][language]} {r.count}</span>)}</p>
        </Section>
      )}
    </>
  );
}

/** 待办: the first screen after signing in — what this person has to do next, each item a link to its row. */
export function WorkQueueScreen({ session }: { session: Session }) {
  const onOpen: Open = session.open;
  const screens: Record<Role, (props: { session: Session; onOpen: Open }) => ReactNode> = {
    [Role.CLERK]: ClerkWork,
    [Role.SUPERVISOR]: SupervisorWork,
    [Role.DEPARTMENT_SUPERVISOR]: DepartmentSupervisorWork,
    [Role.PROJECT_MANAGER]: ManagerWork,
    [Role.AUDITOR]: AuditorWork,
    [Role.ADMIN]: AuditorWork,
  };
  const Screen = screens[session.user.role];
  return (
    <div className="hf-work" data-testid="work-queues">
      <Screen session={session} onOpen={onOpen} />
    </div>
  );
}
