import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CALLBACK_STATUS_LABELS, CallbackStatus, canEditField, isWithinCorrectionWindow, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, CONFIRMATION_LABELS, ErrorCode, METHOD_LABELS, RESULT_LABELS,
  SATISFACTION_LABELS, TICKET_KIND_LABELS, type CallbackEditableField, type Language,
} from '@hf/shared';
import { useCallback, useMemo, useState } from 'react';
import { CallbacksQuery, RecordAttemptMutation, UpdateCallbacksMutation } from '../api/documents';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { groupByRow, mapRowErrors } from '../api/save-errors';
import type { ValueKind } from '../grid/cell-values';
import { type SaveFn, type SheetColumn, SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from './session';

type Row = CallbackRowFragment;

const text = (maxLength: number): ValueKind => ({ type: 'text', maxLength });

/** The columns of 《业主回访记录表》 in the paper form's order; record columns are editable by role and state. */
export function callbackColumns(language: Language, editable: (field: CallbackEditableField) => (row: Row) => boolean): SheetColumn<Row>[] {
  const h = (field: string) => columnLabel(CALLBACK_COLUMNS, field, language);
  const col = (field: string, value: (r: Row) => unknown, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value, ...extra,
  });
  const edit = (field: CallbackEditableField, kind: ValueKind, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> =>
    col(field, (r) => (r as Record<string, unknown>)[field] ?? null, { kind, editable: editable(field), ...extra });
  return [
    col('serialCode', (r) => r.serialCode, { pinned: true, width: 160 }),
    col('ticketNumber', (r) => r.ticket.number, { pinned: true, width: 150 }),
    col('ownerName', (r) => r.ticket.ownerName, { pinned: true, width: 80 }),
    col('unit', (r) => r.ticket.unit, { width: 90 }),
    col('phone', (r) => r.ticket.phone, { width: 115 }),
    col('kind', (r) => r.ticket.kind, { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 90 }),
    col('summary', (r) => r.ticket.summary, { width: 200 }),
    col('windowFrom', (r) => r.windowFrom, { width: 105 }),
    col('windowTo', (r) => r.windowTo, { width: 105 }),
    col('assignee', (r) => [r.assignee?.displayName, r.coAssignee?.displayName].filter(Boolean).join('、'), { width: 95 }),
    col('status', (r) => r.status, { kind: { type: 'enum', labels: CALLBACK_STATUS_LABELS }, width: 85 }),
    edit('methods', { type: 'enumList', labels: METHOD_LABELS }, { select: true, width: 130 }),
    edit('performedAt', { type: 'dateTime' }, { width: 140 }),
    edit('visitors', text(MAX_LABEL_LENGTH), { width: 90 }),
    edit('qualityEvaluation', text(MAX_TEXT_LENGTH), { width: 130 }),
    edit('serviceEvaluation', text(MAX_TEXT_LENGTH), { width: 130 }),
    edit('satisfaction', { type: 'enum', labels: SATISFACTION_LABELS }, { select: true, width: 105 }),
    edit('satisfactionScore', { type: 'integer', min: 1, max: 10 }, { width: 70 }),
    edit('shortcomings', text(MAX_TEXT_LENGTH), { width: 150 }),
    edit('suggestions', text(MAX_TEXT_LENGTH), { width: 150 }),
    edit('result', { type: 'enum', labels: RESULT_LABELS }, { select: true, width: 90 }),
    edit('ownerConfirmation', { type: 'enum', labels: CONFIRMATION_LABELS }, { select: true, width: 105 }),
    edit('reviewOpinion', text(MAX_TEXT_LENGTH), { width: 150 }),
    col('reviewedBy', (r) => r.reviewedBy?.displayName ?? null, { width: 80 }),
    edit('handlingOpinion', text(MAX_TEXT_LENGTH), { width: 160 }),
    edit('followUp', text(MAX_TEXT_LENGTH), { width: 130 }),
  ];
}

/** What the server has for a row, by column (for conflicts: "theirs"). */
export function rowValues(columns: SheetColumn<Row>[], row: Row): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c.field, c.value(row)]));
}

/** 回访记录表: the callbacks of the project and period, edited like a spreadsheet. */
export function CallbackSheet({ session }: { session: Session }) {
  const { language, t } = useI18n();
  const client = useApolloClient();
  const [selected, setSelected] = useState<Row | null>(null);
  const [plannedOnly, setPlannedOnly] = useState(false);
  const { data, loading, error } = useQuery(CallbacksQuery, {
    variables: {
      first: 500,
      filter: { projectId: session.project.id, period: session.period, statuses: plannedOnly ? [CallbackStatus.PLANNED] : null },
    },
    pollInterval: session.pollSeconds * 1000,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [recordAttempt] = useMutation(RecordAttemptMutation);
  const rows = useMemo(() => (data?.callbacks.edges ?? []).map((e) => e.node as Row), [data]);

  const editable = useCallback((field: CallbackEditableField) => (row: Row) => {
    const recordedAt = row.recordedAt ? new Date(row.recordedAt) : null;
    return canEditField(field, {
      role: session.user.role,
      status: row.status as CallbackStatus,
      archived: session.archived,
      withinOwnCorrectionWindow: row.recordedBy?.id === session.user.id
        && isWithinCorrectionWindow(recordedAt, session.project.correctionHours, new Date()),
    });
  }, [session.user, session.archived, session.project.correctionHours]);

  const columns = useMemo(() => callbackColumns(language, editable), [language, editable]);

  const save = useCallback<SaveFn>(async (changes, versions) => {
    const groups = groupByRow(changes);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const input = {
      rows: groups.map((g) => ({
        id: g.rowId,
        version: versions[g.rowId] ?? byId.get(g.rowId)?.version ?? 0,
        patch: Object.fromEntries(g.changes.map((c) => [c.field, c.after ?? null])),
      })),
    };
    const { data: result, error: requestError } = await client.mutate({ mutation: UpdateCallbacksMutation, variables: { input } });
    if (requestError || !result) throw requestError ?? new Error('no answer from the server');
    const payload = result.updateCallbacks;
    if (payload.userErrors.some((e) => e.code === ErrorCode.ARCHIVED)) session.markArchived();
    const current = new Map(payload.callbacks.map((c) => [c.id, c as Row]));
    return mapRowErrors(
      groups,
      payload.userErrors,
      (id) => {
        const row = current.get(id);
        return row ? { version: row.version, values: rowValues(columns, row) } : null;
      },
      (field) => columnLabel(CALLBACK_COLUMNS, field, language),
    );
  }, [client, rows, columns, language, session]);

  const [attemptMessage, setAttemptMessage] = useState('');
  const attempt = async (outcome: 'NO_ANSWER' | 'CALL_LATER') => {
    if (!selected) return;
    const answer = await recordAttempt({ variables: { input: { id: selected.id, version: selected.version, outcome } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }));
    const payload = answer.data?.recordCallbackAttempt;
    setAttemptMessage(answer.error?.message ?? payload?.userErrors.map((e) => e.message).join('；')
      ?? '');
    if (payload?.callback) setAttemptMessage(`${payload.callback.serialCode} · ${t('attempts', { count: payload.callback.attemptCount })}`);
  };

  if (error && !data) return <div className="hf-error-banner">{error.message}</div>;
  const canAttempt = !session.archived && selected?.status === CallbackStatus.PLANNED && session.user.role !== 'AUDITOR' && session.user.role !== 'ADMIN';
  return (
    <SpreadsheetGrid<Row>
      rows={rows}
      rowId={(r) => r.id}
      rowLabel={(r) => `${r.serialCode} · ${r.ticket.ownerName} ${r.ticket.unit}`}
      columns={columns}
      save={save}
      readOnly={session.archived}
      storageKey="callbacks"
      rowClass={(r) => (r.status === CallbackStatus.VOIDED ? 'hf-row-voided' : r.overdue ? 'hf-row-overdue' : undefined)}
      onSelectRow={setSelected}
      toolbar={
        <>
          <label><input type="checkbox" checked={plannedOnly} onChange={(e) => setPlannedOnly(e.target.checked)} /> {t('plannedOnly')}</label>
          {loading && !data && <span>{t('loading')}</span>}
          {data?.callbacks.pageInfo.hasNextPage && <span className="hf-warning">{t('moreRows', { count: 500 })}</span>}
          <button type="button" disabled={!canAttempt} onClick={() => void attempt('NO_ANSWER')}>{t('noAnswer')}</button>
          <button type="button" disabled={!canAttempt} onClick={() => void attempt('CALL_LATER')}>{t('callLater')}</button>
          {selected && <span className="hf-selected">{selected.serialCode}</span>}
          {attemptMessage && <span data-testid="attempt-message">{attemptMessage}</span>}
        </>
      }
    />
  );
}
