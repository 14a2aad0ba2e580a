import { useMutation, useQuery } from '@apollo/client/react';
import {
  ErrorCode, mayTakeReportAction, periodOf, QuarterlyReportAction, QuarterlyReportStatus, StatisticsPeriod, STATISTICS_TOTAL_LABEL,
  TICKET_KIND_LABELS, toLocalDate, type TicketKind,
} from '@hf/shared';
import { useMemo, useState } from 'react';
import type { ReportFieldsFragment } from '../api/generated/graphql';
import { formatDateTime } from '../grid/cell-values';
import { HistoryPanel } from '../history/HistoryPanel';
import { useI18n } from '../i18n/i18n';
import type { ServerMessage } from '../i18n/server-messages';
import type { Session } from '../session/session';
import { REPORT_STATUS_LABELS } from '../work-queue/labels';
import { FiguresTable } from './components/FiguresTable';
import { ReportTrail } from './components/ReportTrail';
import { figureChanges } from './figure-changes';
import {
  LiveFiguresQuery, QuarterlyReportQuery, ReportReportMutation, ReturnReportMutation, ReviewReportMutation, SaveReportMutation,
  SubmitReportMutation,
} from './queries';

type Report = ReportFieldsFragment;
type Texts = { analysis: string; improvementMeasures: string };
type UserError = ServerMessage & { field: string[]; code: string };
const TEXT_FIELDS = ['analysis', 'improvementMeasures'] as const;

/** A mutation's answer, or the request's failure as one error (the server's refusal reads like any other). */
async function answer<T>(run: Promise<{ data?: T | null }>): Promise<{ data: T | null; failure: Error | null }> {
  try {
    return { data: (await run).data ?? null, failure: null };
  } catch (e) {
    return { data: null, failure: e instanceof Error ? e : new Error(String(e)) };
  }
}

/**
 * 季度统计分析报告 of the project and period: the figures (frozen at submission, with what changed since marked beside
 * them), the clerk's written 统计分析 and 改进措施 (saved with the version read; a conflict shows both texts and loses
 * neither), the step buttons of the role that may take them now (shared/report-workflow.ts), the approval trail and the
 * history. 打印 prints it on A4 (print styles in styles.css).
 */
export function ReportScreen({ session }: { session: Session }) {
  const { t, language, serverMessage } = useI18n();
  const today = toLocalDate(new Date());
  const period = session.period ?? periodOf(today, session.project.statisticsPeriod as StatisticsPeriod);
  const variables = { projectId: session.project.id, period };
  const { data, error, refetch } = useQuery(QuarterlyReportQuery, { variables, fetchPolicy: 'cache-and-network' });
  const report: Report | null = data?.quarterlyReport ?? null;
  const frozen = Boolean(report?.figuresFrozen);
  // the live figures: for a submitted report as of its snapshot's day (only record changes differ), else as of today
  const live = useQuery(LiveFiguresQuery, {
    variables: { ...variables, asOf: frozen ? report!.figures.asOf : null },
    skip: !data || (report !== null && !frozen),
    fetchPolicy: 'cache-and-network',
  });
  const [save, saving] = useMutation(SaveReportMutation);
  const [submit, submitting] = useMutation(SubmitReportMutation);
  const [review, reviewing] = useMutation(ReviewReportMutation);
  const [markReported, reporting] = useMutation(ReportReportMutation);
  const [sendBack, returning] = useMutation(ReturnReportMutation);
  const busy = saving.loading || submitting.loading || reviewing.loading || reporting.loading || returning.loading;

  // the clerk's text while it differs from the stored one: never replaced by a refusal or a refresh
  const [draft, setDraft] = useState<Texts | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<Report | null>(null);
  const [opinion, setOpinion] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const [showHistory, setShowHistory] = useState(false);

  const stored: Texts = { analysis: report?.analysis ?? '', improvementMeasures: report?.improvementMeasures ?? '' };
  const texts = draft ?? stored;
  const status = (report?.status ?? null) as QuarterlyReportStatus | null;
  const may = (action: QuarterlyReportAction) => !session.archived && !allPeriodsShown(session) && mayTakeReportAction(action, status, session.user.role);
  const figures = frozen ? report!.figures : report?.figures ?? live.data?.quarterlyStatistics ?? null;
  const changes = useMemo(
    () => (frozen && report && live.data ? figureChanges(report.figures, live.data.quarterlyStatistics) : new Map()),
    [frozen, report, live.data],
  );

  /** The refusals of a step: the text fields' next to them, the rest above; CONFLICT reads the report as it is now. */
  const refused = async (errors: readonly UserError[], failure: Error | null): Promise<boolean> => {
    if (failure) { setMessage(serverMessage(failure)); return true; }
    if (!errors.length) return false;
    if (errors.some((e) => e.code === ErrorCode.ARCHIVED)) session.markArchived();
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    for (const e of errors) {
      const field = e.field[0];
      if ((TEXT_FIELDS as readonly string[]).includes(field) || field === 'opinion') byField[field] = serverMessage(e);
      else rest.push(serverMessage(e));
    }
    setFieldErrors(byField);
    setMessage(rest.join('；'));
    if (errors.some((e) => e.code === ErrorCode.CONFLICT)) {
      const fresh = (await refetch()).data?.quarterlyReport ?? null;
      // both texts are shown and the clerk chooses: the banner's "refresh and retry" would only confuse
      if (fresh && draft && fresh.status === QuarterlyReportStatus.DRAFT) { setTheirs(fresh); setMessage(''); }
    }
    return true;
  };

  /** 保存: the texts on the version read (or a new draft); the stored report comes back, or the texts stay as typed. */
  const saveTexts = async (version = report?.version ?? null): Promise<Report | null> => {
    const sent = texts;
    const { data: result, failure } = await answer(save({ variables: { input: { ...variables, version, ...sent } } }));
    const payload = result?.saveQuarterlyReport;
    if (await refused(payload?.userErrors ?? [], failure) || !payload?.report) return null;
    // the first save drafts the report: the period's query (null until now) reads it
    if (!report) await refetch();
    setFieldErrors({});
    setTheirs(null);
    setDraft((now) => (now && (now.analysis !== sent.analysis || now.improvementMeasures !== sent.improvementMeasures) ? now : null));
    setMessage(t('reportSaved', { version: payload.report.version }));
    return payload.report;
  };

  type StepPayload = { report?: Report | null; userErrors: readonly UserError[] } | undefined;
  /** One step of the report on the version shown (提交 with unsaved text saves it first: what is submitted is what is seen). */
  const step = async (run: (base: Report) => Promise<StepPayload>, savesFirst = false) => {
    const base = savesFirst && draft ? await saveTexts() : report;
    if (!base) return;
    let payload: StepPayload;
    let failure: Error | null = null;
    try {
      payload = await run(base);
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    }
    if (await refused(payload?.userErrors ?? [], failure) || !payload?.report) return;
    setFieldErrors({});
    setOpinion('');
    setReason('');
    setMessage(t('reportDone', { status: REPORT_STATUS_LABELS[payload.report.status][language] }));
  };
  const input = (base: Report, extra: { opinion?: string } = {}) => ({ variables: { input: { id: base.id, version: base.version, ...extra } } });
  const doSubmit = () => step(async (base) => (await submit(input(base))).data?.submitQuarterlyReport, true);
  const doReview = () => step(async (base) => (await review(input(base, { opinion }))).data?.reviewQuarterlyReport);
  const doReport = () => step(async (base) => (await markReported(input(base))).data?.reportQuarterlyReport);
  const doReturn = () => step(async (base) => (await sendBack(input(base, { opinion: reason }))).data?.returnQuarterlyReport);

  if (error && !data) return <div className="hf-error-banner">{serverMessage(error)}</div>;
  if (!data) return <div className="hf-placeholder">{t('loading')}</div>;
  const kindLabel = (kind: string | null | undefined) => (kind ? TICKET_KIND_LABELS[kind as TicketKind][language] : STATISTICS_TOTAL_LABEL[language]);
  const editable = may(QuarterlyReportAction.EDIT);
  const monthly = /^\d{4}-\d{2}$/.test(period);
  const range = figures ? { from: figures.from, to: figures.to } : { from: report?.fromDate ?? '', to: report?.toDate ?? '' };

  return (
    <div className="hf-report" data-testid="report">
      <div className="hf-report-bar hf-no-print">
        {may(QuarterlyReportAction.EDIT) && (
          <button type="button" disabled={busy || !draft} onClick={() => void saveTexts()} data-testid="report-save">{t('reportSave')}</button>
        )}
        {may(QuarterlyReportAction.SUBMIT) && (
          <button type="button" disabled={busy || (!report && !draft)} onClick={() => void doSubmit()} data-testid="report-submit">{t('reportSubmit')}</button>
        )}
        {may(QuarterlyReportAction.REVIEW) && (
          <span className="hf-inline-form">
            <label>{t('reportOpinionLabel')}<input value={opinion} onChange={(e) => setOpinion(e.target.value)} data-testid="report-opinion" className="hf-review-opinion" /></label>
            <button type="button" disabled={busy} onClick={() => void doReview()} data-testid="report-review">{t('reportReview')}</button>
          </span>
        )}
        {may(QuarterlyReportAction.REPORT) && (
          <button type="button" disabled={busy} onClick={() => void doReport()} data-testid="report-report">{t('reportReport')}</button>
        )}
        {may(QuarterlyReportAction.RETURN) && (
          <span className="hf-inline-form">
            <label>{t('reportReturnLabel')}<input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="report-reason" className="hf-review-opinion" /></label>
            <button type="button" disabled={busy} onClick={() => void doReturn()} data-testid="report-return">{t('reportReturn')}</button>
            {fieldErrors.opinion && <span className="hf-field-error" data-testid="report-reason-error">{fieldErrors.opinion}</span>}
          </span>
        )}
        <button type="button" onClick={() => window.print()} data-testid="report-print">{t('reportPrint')}</button>
        {report && <button type="button" onClick={() => setShowHistory((v) => !v)} data-testid="report-history">{showHistory ? t('historyHide') : t('historyShow')}</button>}
        {draft && <span className="hf-warning">{t('reportUnsaved')}</span>}
        {message && <span className="hf-selected" data-testid="report-message">{message}</span>}
      </div>
      {allPeriodsShown(session) && <div className="hf-notice hf-no-print">{t('periodShownAll', { period })}</div>}
      {theirs && draft && (
        <div className="hf-report-conflict hf-no-print" data-testid="report-conflict">
          <h3>{t('reportConflictTitle')}</h3>
          <p>{t('reportConflictIntro', { who: t('reportConflictSomeone'), version: theirs.version })}</p>
          <div className="hf-actions">
            <button type="button" disabled={busy} onClick={() => void saveTexts(theirs.version)} data-testid="report-keep-mine">{t('reportKeepMine', { version: theirs.version })}</button>
            <button type="button" disabled={busy} onClick={() => { setDraft(null); setTheirs(null); setFieldErrors({}); setMessage(''); }} data-testid="report-take-theirs">{t('reportTakeTheirs')}</button>
          </div>
        </div>
      )}


      <div className="hf-report-page">
        <h1 className="hf-report-title">{t(monthly ? 'reportMonthTitle' : 'reportTitle')}</h1>
        <p className="hf-report-heading">
          {t('reportHeading', { project: `${session.project.code} ${session.project.name}`, period, ...range })}
          {' · '}
          <span data-testid="report-status">{t('reportStatus', { status: status ? REPORT_STATUS_LABELS[status][language] : t('reportNone') })}</span>
        </p>
        {!report && <p className="hf-notice hf-no-print">{editable ? t('reportNoneClerk') : t('reportNone')}</p>}

        <h2>{t('reportFigures')}</h2>
        {figures && (
          <p className={frozen && report?.changedSinceSubmission ? 'hf-report-changed' : 'hf-report-asof'} data-testid="report-figures-note">
            {frozen
              ? <>{t('reportFrozenFigures', { when: formatDateTime(report!.submittedAt), date: report!.figures.asOf })}{' · '}{report!.changedSinceSubmission ? t('reportChanged') : t('reportUnchanged')}</>
              : t('reportLiveFigures', { date: figures.asOf })}
          </p>
        )}
        {figures ? <FiguresTable figures={figures} changes={changes} kindLabel={kindLabel} /> : <p>{t('loading')}</p>}

        {TEXT_FIELDS.map((field) => (
          <section key={field} className="hf-report-text">
            <h2>{t(field === 'analysis' ? 'reportAnalysis' : 'reportMeasures')}</h2>
            {editable || draft ? (
              <textarea
                className="hf-no-print"
                data-testid={`report-${field}`}
                value={texts[field]}
                readOnly={!editable}
                rows={7}
                placeholder={t(field === 'analysis' ? 'reportAnalysisPlaceholder' : 'reportMeasuresPlaceholder')}
                onChange={(e) => setDraft({ ...texts, [field]: e.target.value })}
                aria-invalid={Boolean(fieldErrors[field])}
              />
            ) : null}
            {fieldErrors[field] && <div className="hf-field-error hf-no-print" data-testid={`report-${field}-error`}>{fieldErrors[field]}</div>}
            {theirs && draft && (
              <div className="hf-report-theirs hf-no-print" data-testid={`report-${field}-theirs`}>
                <strong>{t('reportTheirText')}</strong>
                <div className="hf-report-prose">{theirs[field] ?? t('historyNone')}</div>
              </div>
            )}
            <div className={`hf-report-prose ${editable || draft ? 'hf-print-only' : ''}`} data-testid={`report-${field}-text`}>{texts[field] || '—'}</div>
          </section>
        ))}
        {draft && !editable && report && <p className="hf-warning hf-no-print">{t('reportKeptUnsaved')}</p>}
        {report && (
          <>
            <h2>{t('reportTrail')}</h2>
            <ReportTrail report={report} />
          </>
        )}
      </div>

      {showHistory && report && (
        <div className="hf-no-print">
          <HistoryPanel
            recordId={report.id}
            recordLabel={`${session.project.code} ${period}`}
            revision={report.version}
            fieldLabel={(field) => reportFieldLabel(field, t)}
            formats={{ status: { labels: REPORT_STATUS_LABELS } }}
            hidden={new Set(['createdBy', 'submittedBy', 'reviewedBy', 'reportedBy', 'returnedBy'])}
            opaque={new Set(['figures'])}
            onClose={() => setShowHistory(false)}
          />
        </div>
      )}
    </div>
  );
}

/** 全部期间 in the header: the report of the current period is shown, and nothing is changed from here. */
const allPeriodsShown = (session: Session) => session.period === null;

function reportFieldLabel(field: string, t: ReturnType<typeof useI18n>['t']): string {
  switch (field) {
    case 'status': return t('historyStatus');
    case 'analysis': return t('reportAnalysis').replace(/^[一二三四]、|^\d\. /, '');
    case 'improvementMeasures': return t('reportMeasures').replace(/^[一二三四]、|^\d\. /, '');
    case 'figures': return t('reportFigures').replace(/^[一二三四]、|^\d\. /, '');
    case 'reviewOpinion': return t('reportOpinionLabel');
    case 'returnReason': return t('trailReturned');
    case 'submittedAt': return t('trailSubmitted');
    case 'reviewedAt': return t('trailReviewed');
    case 'reportedAt': return t('trailReported');
    case 'returnedAt': return t('trailReturned');
    default: return field;
  }
}
