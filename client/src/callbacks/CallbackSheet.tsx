import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { CallbackStatus, canEditField, ErrorCode, isCallbackPerformer, isImporter, LedgerKind, isWithinCorrectionWindow, RecordWarningCode, Role, toLocalDate, type CallbackEditableField } from '@hf/shared';
import { useCallback, useMemo, useState } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { type RowPatch, useRowSaver } from '../grid/use-row-saver';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { callbackColumns } from './columns';
import { isCarriedIn } from './carried-over';
import { CallbackToolbar } from './components/CallbackToolbar';
import { CallbacksChangedSubscription, CallbacksQuery, CallScriptsQuery, CloseCallbackMutation, RecordAttemptMutation, UpdateCallbacksMutation } from './queries';
import { CallScriptPanel } from './components/CallScriptPanel';
import { warningText } from './notes';
import { HandlingOpinionForm } from '../escalations/HandlingOpinionForm';
import { BatchReviewBar } from '../reviews/BatchReviewBar';
import { rowOfHash } from '../work-queue/navigation';
import { useSelectedRow } from '../grid/use-selected-row';
import { attemptSummary } from './attempts';
import { CallbackCare } from '../record-care/CallbackCare';
import { LedgerImportDialog } from '../imports/LedgerImportDialog';

type Row = CallbackRowFragment;

/**
 * An ARCHIVED refusal that means the period shown is archived (the sheet turns read-only) — not one of a carried-over
 * row (跨期) recorded already or past its window, which locks that row only.
 */
const archivesThePeriod = (e: { code: string; messageKey?: string | null }) =>
  e.code === ErrorCode.ARCHIVED && e.messageKey !== 'archive.lateRecordLocked' && e.messageKey !== 'archive.carryOverWindowClosed';

const PAGE = 500;

/** 回访记录表: the callbacks of the project and period, edited like a spreadsheet. */
export function CallbackSheet({ session }: { session: Session }) {
  const { language, t, serverMessage } = useI18n();
  const client = useApolloClient();
  const [blockIds, setBlockIds] = useState<string[]>([]);
  // a 待办 link: #/callbacks?row=<id>&col=<column to fill>
  const [focus] = useState(() => rowOfHash(window.location.hash));
  const [plannedOnly, setPlannedOnly] = useState(false);
  const { data, loading, error, refetch } = useQuery(CallbacksQuery, {
    variables: {
      first: PAGE,
      filter: { projectId: session.project.id, period: session.period, statuses: plannedOnly ? [CallbackStatus.PLANNED] : null },
    },
    pollInterval: session.pollSeconds * 1000,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  // another clerk's saved row appears within a second; the polling above is the fallback
  useSubscription(CallbacksChangedSubscription, { variables: { projectId: session.project.id }, skip: !session.live });
  const [recordAttempt] = useMutation(RecordAttemptMutation);
  const rows = useMemo(() => (data?.callbacks.edges ?? []).map((e) => e.node as Row), [data]);
  // the selected row as stored now; an action on it sends its latest version (or the one our last action returned)
  const { selected, select, versionOf, remember } = useSelectedRow(rows);

  const editable = useCallback((field: CallbackEditableField) => (row: Row) => {
    const recordedAt = row.recordedAt ? new Date(row.recordedAt) : null;
    return canEditField(field, {
      role: session.user.role,
      status: row.status as CallbackStatus,
      // 跨期: a carried-over callback is locked with its archived period once recorded or past its window
      archived: session.archived || (Boolean(row.carriedOverFrom) && (row.status !== CallbackStatus.PLANNED || row.windowTo < toLocalDate(new Date()))),
      withinOwnCorrectionWindow: row.recordedBy?.id === session.user.id
        && isWithinCorrectionWindow(recordedAt, session.project.correctionHours, new Date()),
    });
  }, [session.user, session.archived, session.project.correctionHours]);

  const columns = useMemo(() => callbackColumns(language, editable, session.period, session.project.commonShortcomings), [language, editable, session.period, session.project.commonShortcomings]);

  // the whole batch in one updateCallbacks; refused rows come back as they are now
  const send = useCallback(async (patches: RowPatch[]) => {
    const { data: result, error: requestError } = await client.mutate({ mutation: UpdateCallbacksMutation, variables: { input: { rows: patches } } });
    if (requestError || !result) throw new Error(requestError ? serverMessage(requestError) : 'no answer from the server');
    const payload = result.updateCallbacks;
    if (payload.userErrors.some(archivesThePeriod)) session.markArchived();
    const current = new Map(payload.callbacks.map((c) => [c.id, c as Row]));
    // the row itself shows when it was performed out of its window or lacks 缺点与不足 (callbackNotes); that the
    // clerk is not its assignee only this answer can say while the record is still being filled in
    const warnings = payload.warnings.flatMap((w) => {
      const row = current.get(patches[Number(w.field[1])]?.id ?? '');
      return w.code === (RecordWarningCode.NOT_ASSIGNEE as string) && row ? [{ field: w.field, message: warningText(RecordWarningCode.NOT_ASSIGNEE, row, t) }] : [];
    });
    // each cell's message in the chosen language (the catalogue key the server names)
    return { userErrors: payload.userErrors.map((e) => ({ ...e, message: serverMessage(e) })), current: (id: string) => current.get(id), warnings };
  }, [client, session, t, serverMessage]);
  const columnName = useCallback((field: string) => columnLabel(CALLBACK_COLUMNS, field, language), [language]);
  const save = useRowSaver({ rows, columns, columnName, send });

  const [attemptMessage, setAttemptMessage] = useState('');
  const [importing, setImporting] = useState(false);
  const canImport = isImporter(session.user.role) && !session.archived;
  const [attempting, setAttempting] = useState(false);
  /** 无人接听, or 约定稍后 with the time the owner agreed to: one more attempt on the row, on its latest version */
  const attempt = async (outcome: 'NO_ANSWER' | 'CALL_LATER', nextAttemptAt: string | null = null) => {
    if (!selected || attempting) return;
    setAttempting(true);
    const answer = await recordAttempt({ variables: { input: { id: selected.id, version: versionOf(selected), outcome, nextAttemptAt } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }))
      .finally(() => setAttempting(false));
    const payload = answer.data?.recordCallbackAttempt;
    setAttemptMessage((answer.error ? serverMessage(answer.error) : undefined) ?? payload?.userErrors.map((e) => serverMessage(e)).join('；') ?? '');
    if (payload?.callback) {
      remember(payload.callback);
      setAttemptMessage(attemptSummary(payload.callback, language, t));
    }
  };

  const [closeCallback] = useMutation(CloseCallbackMutation);
  const [closing, setClosing] = useState(false);
  /** 关闭: the project manager closes an escalation once its handling opinion is written (跟进情况 may follow until then) */
  const close = async () => {
    if (!selected || closing) return;
    setClosing(true);
    const answer = await closeCallback({ variables: { input: { id: selected.id, version: versionOf(selected) } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }))
      .finally(() => setClosing(false));
    const payload = answer.data?.closeCallback;
    if (payload?.userErrors.some(archivesThePeriod)) session.markArchived();
    remember(payload?.callback);
    setAttemptMessage(answer.error ? serverMessage(answer.error) : payload?.userErrors.length ? payload.userErrors.map((e) => serverMessage(e)).join('；') : t('closedDone', { code: selected.serialCode }));
  };
  const canClose = !closing && !session.archived && session.user.role === Role.PROJECT_MANAGER
    && selected?.status === CallbackStatus.ESCALATED && Boolean(selected.handlingOpinion);

  // 规范用语 beside the sheet for those who call, following the focused row (hidden on request, remembered per browser)
  const calls = isCallbackPerformer(session.user.role);
  const scripts = useQuery(CallScriptsQuery, { variables: { projectId: session.project.id }, skip: !calls });
  const [scriptShown, setScriptShown] = useState(() => localStorage.getItem('hf.callScript') !== 'hidden');
  const showScript = (shown: boolean) => { localStorage.setItem('hf.callScript', shown ? 'shown' : 'hidden'); setScriptShown(shown); };

  if (error && !data) return <div className="hf-error-banner">{serverMessage(error)}</div>;
  const canAttempt = !attempting && !session.archived && selected?.status === CallbackStatus.PLANNED && isCallbackPerformer(session.user.role);
  return (
    <div className="hf-sheet-with-aside">
    <SpreadsheetGrid<Row>
      rows={rows}
      rowId={(r) => r.id}
      rowLabel={(r) => `${r.serialCode} · ${r.ticket.ownerName} ${r.ticket.unit}`}
      columns={columns}
      save={save}
      readOnly={session.archived}
      storageKey="callbacks"
      rowClass={(r) => [r.status === CallbackStatus.VOIDED ? 'hf-row-voided' : r.overdue ? 'hf-row-overdue' : '', isCarriedIn(r, session.period) ? 'hf-row-carried' : ''].filter(Boolean).join(' ') || undefined}
      onSelectRow={select}
      onSelectRows={(block) => setBlockIds(block.map((r) => r.id))}
      focusRowId={focus?.rowId}
      focusField={focus?.field}
      toolbar={<>
        <CallbackToolbar
          plannedOnly={plannedOnly}
          onPlannedOnly={setPlannedOnly}
          loading={loading && !data}
          truncatedAt={data?.callbacks.pageInfo.hasNextPage ? PAGE : null}
          canAttempt={canAttempt}
          onAttempt={(outcome, nextAttemptAt) => void attempt(outcome, nextAttemptAt)}
          selectedCode={selected?.serialCode ?? null}
          attemptMessage={attemptMessage}
        />
        <CallbackCare session={session} selected={selected} versionOf={versionOf} remember={remember} onMessage={setAttemptMessage} />
        {canImport && <button type="button" onClick={() => setImporting(true)} data-testid="import-open">{t('importCallbacks')}</button>}
        {focus && data && !rows.some((r) => r.id === focus.rowId) && <span className="hf-warning" data-testid="row-not-found">{t('workRowNotFound')}</span>}
        {session.user.role === Role.SUPERVISOR && !session.archived && (
          <BatchReviewBar selected={rows.filter((r) => blockIds.includes(r.id))} onArchived={session.markArchived} />
        )}
        {session.user.role === Role.PROJECT_MANAGER && selected?.status === CallbackStatus.ESCALATED && (
          <button type="button" disabled={!canClose} onClick={() => void close()} title={selected.handlingOpinion ? undefined : t('handlingRequired')}>{t('closeCallback')}</button>
        )}
        {session.user.role === Role.PROJECT_MANAGER && !session.archived && selected?.status === CallbackStatus.ESCALATED && (
          // a new form when the opinion or follow-up changed in the grid, so it never sends what the grid replaced
          <HandlingOpinionForm key={`${selected.id}:${selected.handlingOpinion ?? ''}:${selected.followUp ?? ''}`} callback={selected} onArchived={session.markArchived} onDone={setAttemptMessage} />
        )}
        {calls && !scriptShown && <button type="button" className="hf-link" onClick={() => showScript(true)}>{t('scriptShow')}</button>}
      </>}
    />
    {importing && (
      <LedgerImportDialog kind={LedgerKind.CALLBACKS} projectId={session.project.id} onClose={() => setImporting(false)}
        onImported={(written) => { setAttemptMessage(t('importDone', { count: written })); void refetch(); }} />
    )}
    {calls && scriptShown && (
      <CallScriptPanel
        scripts={scripts.data?.callScripts ?? []} row={selected} projectName={session.project.name} visitor={session.user.displayName} onHide={() => showScript(false)}
      />
    )}
    </div>
  );
}
