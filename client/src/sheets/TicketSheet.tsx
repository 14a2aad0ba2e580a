import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Channel, CHANNEL_LABELS, ComplaintSeverity, isTicketWriter, MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, SEVERITY_LABELS, TICKET_KIND_LABELS, TICKET_STATUS_LABELS, TicketKind, TicketStatus,
  type Language,
} from '@hf/shared';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { CompleteTicketMutation, CreateTicketMutation, TicketsQuery, UpdateTicketMutation } from '../api/documents';
import type { TicketRowFragment } from '../api/generated/graphql';
import { groupByRow, mapRowErrors } from '../api/save-errors';
import type { ValueKind } from '../grid/cell-values';
import { type SaveFn, type SheetColumn, SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { columnLabel, TICKET_COLUMNS } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from './session';

type Row = TicketRowFragment;


export function ticketColumns(language: Language, canWrite: (row: Row) => boolean): SheetColumn<Row>[] {
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  const text = (maxLength: number): ValueKind => ({ type: 'text', maxLength });
  const col = (field: keyof Row & string, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value: (r) => r[field] ?? null, ...extra,
  });
  return [
    col('number', { pinned: true, width: 150 }),
    col('ownerName', { pinned: true, width: 90, kind: text(MAX_NAME_LENGTH), editable: canWrite }),
    col('kind', { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 95 }),
    col('severity', { kind: { type: 'enum', labels: SEVERITY_LABELS }, select: true, width: 85, editable: (r) => canWrite(r) && r.kind === TicketKind.COMPLAINT }),
    col('unit', { kind: text(MAX_CODE_LENGTH), width: 95, editable: canWrite }),
    col('phone', { kind: text(MAX_CODE_LENGTH), width: 120, editable: canWrite }),
    col('channel', { kind: { type: 'enum', labels: CHANNEL_LABELS }, select: true, width: 75, editable: canWrite }),
    col('receivedAt', { kind: { type: 'dateTime' }, width: 140 }),
    col('department', { kind: text(MAX_NAME_LENGTH), width: 100, editable: canWrite }),
    col('category', { kind: text(MAX_NAME_LENGTH), width: 100, editable: canWrite }),
    col('summary', { kind: text(MAX_TEXT_LENGTH), width: 220, editable: canWrite }),
    col('handler', { kind: text(MAX_NAME_LENGTH), width: 100, editable: canWrite }),
    col('handlingResult', { kind: text(MAX_TEXT_LENGTH), width: 170, editable: canWrite }),
    col('completedAt', { kind: { type: 'dateTime' }, width: 140 }),
    col('status', { kind: { type: 'enum', labels: TICKET_STATUS_LABELS }, width: 80 }),
  ];
}

/** 工单登记 (and, filtered to complaints, 《客户投诉登记表》): register, correct and complete tickets. */
export function TicketSheet({ session }: { session: Session }) {
  const { language, t } = useI18n();
  const client = useApolloClient();
  const [complaintsOnly, setComplaintsOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Row | null>(null);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState('');
  const variables = {
    first: 500,
    filter: { projectId: session.project.id, period: session.period, kinds: complaintsOnly ? [TicketKind.COMPLAINT] : null, text: search.trim() || null },
  };
  const { data, refetch } = useQuery(TicketsQuery, { variables, pollInterval: session.pollSeconds * 1000, fetchPolicy: 'cache-and-network' });
  const [completeTicket] = useMutation(CompleteTicketMutation);
  const rows = useMemo(() => (data?.tickets.edges ?? []).map((e) => e.node as Row), [data]);
  const writer = isTicketWriter(session.user.role) && !session.archived;
  const canWrite = useCallback((row: Row) => writer && row.status !== TicketStatus.VOIDED, [writer]);
  const columns = useMemo(() => ticketColumns(language, canWrite), [language, canWrite]);

  // one updateTicket per row (tickets have no batch mutation); errors come back per row like the callbacks'
  const save = useCallback<SaveFn>(async (changes, versions) => {
    const groups = groupByRow(changes);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const answers = await Promise.all(groups.map(async (g) => {
      const patch = Object.fromEntries(g.changes.map((c) => [c.field, c.after ?? null]));
      const { data: result, error } = await client.mutate({
        mutation: UpdateTicketMutation,
        variables: { input: { id: g.rowId, version: versions[g.rowId] ?? byId.get(g.rowId)?.version ?? 0, ...patch } },
      });
      if (error || !result) throw error ?? new Error('no answer from the server');
      return result.updateTicket;
    }));
    const userErrors = answers.flatMap((a, i) => a.userErrors.map((e) => ({ ...e, field: ['rows', String(i), ...e.field] })));
    // CONFLICT: read the rows as they are now, so the clerk sees both values and chooses (as on the callbacks)
    const fresh = userErrors.some((e) => e.code === 'CONFLICT') ? (await refetch()).data?.tickets.edges.map((e) => e.node as Row) ?? [] : [];
    const current = (id: string) => {
      const row = fresh.find((r) => r.id === id);
      return row ? { version: row.version, values: Object.fromEntries(columns.map((c) => [c.field, c.value(row)])) } : null;
    };
    return mapRowErrors(groups, userErrors, current, (field) => columnLabel(TICKET_COLUMNS, field, language));
  }, [client, rows, columns, language, refetch]);

  const complete = async () => {
    if (!selected) return;
    const { data: result } = await completeTicket({ variables: { input: { id: selected.id, version: selected.version } } });
    const payload = result?.completeTicket;
    setMessage(payload?.userErrors.length ? payload.userErrors.map((e) => e.message).join('；') : payload?.callbacks.map((c) => c.serialCode).join('、') ?? '');
  };

  const canComplete = writer && (selected?.status === TicketStatus.OPEN || selected?.status === TicketStatus.IN_PROGRESS);
  return (
    <>
      {creating && <NewTicketForm session={session} onDone={(text) => { setCreating(false); setMessage(text); void refetch(); }} />}
      <SpreadsheetGrid<Row>
        rows={rows}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.number} · ${r.ownerName}`}
        columns={columns}
        save={save}
        readOnly={!writer}
        storageKey="tickets"
        rowClass={(r) => (r.status === TicketStatus.VOIDED ? 'hf-row-voided' : undefined)}
        onSelectRow={setSelected}
        toolbar={
          <>
            <label><input type="checkbox" checked={complaintsOnly} onChange={(e) => setComplaintsOnly(e.target.checked)} /> {t('complaintRegister')}</label>
            <input type="search" placeholder={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="button" disabled={!writer} onClick={() => setCreating(true)}>{t('newTicket')}</button>
            <button type="button" disabled={!canComplete} onClick={() => void complete()}>{t('completeTicket')}</button>
            {message && <span className="hf-selected" data-testid="ticket-message">{message}</span>}
          </>
        }
      />
    </>
  );
}

function NewTicketForm({ session, onDone }: { session: Session; onDone: (message: string) => void }) {
  const { language, t } = useI18n();
  const [createTicket, { loading }] = useMutation(CreateTicketMutation);
  const [kind, setKind] = useState<TicketKind>(TicketKind.REPAIR);
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const { data } = await createTicket({
      variables: {
        input: {
          projectId: session.project.id, kind,
          severity: kind === TicketKind.COMPLAINT ? (value('severity') as ComplaintSeverity | null) : null,
          ownerName: value('ownerName') ?? '', unit: value('unit') ?? '', phone: value('phone'),
          channel: (value('channel') as Channel | null) ?? Channel.PHONE, department: value('department'), category: value('category'),
          summary: value('summary') ?? '',
        },
      },
    });
    const payload = data?.createTicket;
    if (payload?.userErrors.length) setErrors(payload.userErrors.map((e) => `${columnLabel(TICKET_COLUMNS, e.field[e.field.length - 1] ?? '', language)}：${e.message}`));
    else if (payload?.ticket) onDone(payload.ticket.number);
  };
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  return (
    <form className="hf-form" onSubmit={(e) => void submit(e)}>
      <label>{h('kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as TicketKind)}>
          {Object.values(TicketKind).map((k) => <option key={k} value={k}>{TICKET_KIND_LABELS[k][language]}</option>)}
        </select>
      </label>
      {kind === TicketKind.COMPLAINT && (
        <label>{h('severity')}
          <select name="severity" defaultValue={ComplaintSeverity.GENERAL}>
            {Object.values(ComplaintSeverity).map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s][language]}</option>)}
          </select>
        </label>
      )}
      <label>{h('ownerName')}<input name="ownerName" required maxLength={MAX_NAME_LENGTH} /></label>
      <label>{h('unit')}<input name="unit" required maxLength={MAX_CODE_LENGTH} placeholder="3-2-1502" /></label>
      <label>{h('phone')}<input name="phone" maxLength={MAX_CODE_LENGTH} /></label>
      <label>{h('channel')}
        <select name="channel" defaultValue={Channel.PHONE}>
          {Object.values(Channel).map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c][language]}</option>)}
        </select>
      </label>
      <label>{h('department')}<input name="department" maxLength={MAX_NAME_LENGTH} /></label>
      <label>{h('category')}<input name="category" maxLength={MAX_NAME_LENGTH} /></label>
      <label className="hf-wide">{h('summary')}<input name="summary" required maxLength={MAX_TEXT_LENGTH} /></label>
      <button type="submit" disabled={loading}>{t('create')}</button>
      <button type="button" onClick={() => onDone('')}>{t('cancel')}</button>
      {errors.length > 0 && <div className="hf-error-banner">{errors.join('；')}</div>}
    </form>
  );
}
