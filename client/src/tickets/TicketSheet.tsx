import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ErrorCode, isImporter, isTicketWriter, type Language, LedgerKind, periodOf, Role, TicketKind, TicketStatus, toLocalDate } from '@hf/shared';
import { useCallback, useMemo, useState } from 'react';
import type { CreateTicketInput, TicketRowFragment } from '../api/generated/graphql';
import { SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { type RowPatch, useRowSaver } from '../grid/use-row-saver';
import { columnLabel, TICKET_COLUMNS } from '../i18n/columns';
import { translate, useI18n } from '../i18n/i18n';
import { serverText } from '../i18n/server-messages';
import type { Session } from '../session/session';
import { ticketColumns } from './columns';
import { NewTicketForm } from './components/NewTicketForm';
import { TicketToolbar } from './components/TicketToolbar';
import { type CompleteValues, CompleteTicketForm } from './components/CompleteTicketForm';
import { useSelectedRow } from '../grid/use-selected-row';
import { AddCallbackMutation, CompleteTicketMutation, CreateTicketMutation, TicketsChangedSubscription, TicketsQuery, UpdateTicketMutation } from './queries';
import { samplingMessage } from './sampling-message';
import { TicketCare } from '../record-care/TicketCare';
import { LedgerImportDialog } from '../imports/LedgerImportDialog';

type Row = TicketRowFragment;

/** who may add a callback by hand (addCallback) */
const ADD_CALLBACK_ROLES: readonly Role[] = [Role.CLERK, Role.SUPERVISOR, Role.ADMIN];

/** 工单登记 (and, filtered to complaints, 《客户投诉登记表》): register, correct and complete tickets. */
export function TicketSheet({ session }: { session: Session }) {
  const { language, t, serverMessage } = useI18n();
  const client = useApolloClient();
  const [complaintsOnly, setComplaintsOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // the ticket just registered: focused, brought into view and highlighted once it is among the rows
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [completing, setCompleting] = useState(false);
  // a ticket just completed that sampling did not select: 手动加入回访 is offered for it
  const [notSampled, setNotSampled] = useState<string | null>(null);
  // the last action's outcome, kept as what to say so that it follows a change of language
  const [say, setSay] = useState<(language: Language) => string>(() => () => '');
  const setMessage = (next: (language: Language) => string) => setSay(() => next);
  const variables = {
    first: 500,
    filter: { projectId: session.project.id, period: session.period, kinds: complaintsOnly ? [TicketKind.COMPLAINT] : null, text: search.trim() || null },
  };
  const { data, refetch } = useQuery(TicketsQuery, { variables, pollInterval: session.pollSeconds * 1000, fetchPolicy: 'cache-and-network' });
  // another clerk's saved row appears within a second; the polling is the fallback
  useSubscription(TicketsChangedSubscription, { variables: { projectId: session.project.id }, skip: !session.live });
  const [completeTicket, completion] = useMutation(CompleteTicketMutation);
  const [addCallback, adding] = useMutation(AddCallbackMutation);
  const currentPeriod = periodOf(toLocalDate(new Date()), session.project.statisticsPeriod);
  const [createTicket, created] = useMutation(CreateTicketMutation);
  const rows = useMemo(() => (data?.tickets.edges ?? []).map((e) => e.node as Row), [data]);
  // the selected ticket as stored now: 处理完毕 sends its latest version and is off once it is completed
  const { selected, select, versionOf, remember } = useSelectedRow(rows);
  const writer = isTicketWriter(session.user.role) && !session.archived;
  const canWrite = useCallback((row: Row) => writer && row.status !== TicketStatus.VOIDED, [writer]);
  const columns = useMemo(() => ticketColumns(language, canWrite), [language, canWrite]);

  // one updateTicket per row (tickets have no batch mutation); errors come back per row like the callbacks'
  const send = useCallback(async (patches: RowPatch[]) => {
    const answers = await Promise.all(patches.map(async (p) => {
      const { data: result, error } = await client.mutate({ mutation: UpdateTicketMutation, variables: { input: { id: p.id, version: p.version, ...p.patch } } });
      if (error || !result) throw new Error(error ? serverMessage(error) : 'no answer from the server');
      return result.updateTicket;
    }));
    const userErrors = answers.flatMap((a, i) => a.userErrors.map((e) => ({ ...e, message: serverMessage(e), field: ['rows', String(i), ...e.field] })));
    // CONFLICT: read the rows as they are now, so the clerk sees both values and chooses (as on the callbacks)
    const fresh = userErrors.some((e) => e.code === ErrorCode.CONFLICT) ? (await refetch()).data?.tickets.edges.map((e) => e.node as Row) ?? [] : [];
    // saved rows as the server has them now: the next save of the row goes on this version
    const saved = new Map(answers.flatMap((a) => (a.ticket ? [[a.ticket.id, a.ticket as Row] as const] : [])));
    return { userErrors, current: (id: string) => fresh.find((r) => r.id === id) ?? saved.get(id) };
  }, [client, refetch, serverMessage]);
  const columnName = useCallback((field: string) => columnLabel(TICKET_COLUMNS, field, language), [language]);
  const save = useRowSaver({ rows, columns, columnName, send });

  // 处理完毕 asks for the handling result first; the answer says which callbacks were scheduled, or why none was
  const complete = async (values: Partial<CompleteValues>) => {
    if (!selected || completion.loading) return [];
    const answer = await completeTicket({ variables: { input: { id: selected.id, version: versionOf(selected), ...values } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }));
    const payload = answer.data?.completeTicket;
    if (!payload) return [{ field: [], message: answer.error ? serverMessage(answer.error) : '' }];
    remember(payload.ticket);
    if (payload.userErrors.length) return payload.userErrors;
    setCompleting(false);
    const { number, kind } = selected;
    const { sampling, callbacks } = payload;
    const period = session.period ?? currentPeriod;
    setMessage((lang) => {
      const done = translate(lang, 'ticketCompleted', { number });
      const why = samplingMessage(sampling, kind as TicketKind, period, lang, callbacks.length);
      const separator = lang === 'en' ? '; ' : '；';
      return `${done}${separator}${why ?? translate(lang, 'callbacksScheduled', { codes: callbacks.map((c) => c.serialCode).join(lang === 'en' ? ', ' : '、') })}`;
    });
    setNotSampled(callbacks.length === 0 && payload.ticket ? payload.ticket.id : null);
    return [];
  };
  const addByHand = async (ticketId: string) => {
    const { data: result } = await addCallback({ variables: { input: { ticketId } } });
    const payload = result?.addCallback;
    if (payload?.callback) {
      setNotSampled(null);
      const { serialCode: code, windowFrom: from, windowTo: to } = payload.callback;
      setMessage((lang) => translate(lang, 'callbackAdded', { code, from, to }));
    } else if (payload) {
      const { userErrors } = payload;
      setMessage((lang) => userErrors.map((e) => serverText(e, lang)).join(lang === 'en' ? '; ' : '；'));
    }
  };
  const create = async (input: Omit<CreateTicketInput, 'projectId'>) =>
    (await createTicket({ variables: { input: { projectId: session.project.id, ...input } } })).data?.createTicket;

  const registered = async (ticket: { id: string; number: string } | null) => {
    setCreating(false);
    if (!ticket) return;
    setCreatedId(ticket.id);
    const fresh = (await refetch()).data?.tickets.edges ?? [];
    const shown = fresh.some((e) => e.node.id === ticket.id);
    setMessage((lang) => translate(lang, shown ? 'ticketCreated' : 'ticketCreatedElsewhere', { number: ticket.number }));
  };

  const canAddCallback = ADD_CALLBACK_ROLES.includes(session.user.role) && !session.archived;
  const canComplete = writer && !completion.loading && (selected?.status === TicketStatus.OPEN || selected?.status === TicketStatus.IN_PROGRESS);
  return (
    <>
      {completing && selected && (
        <CompleteTicketForm ticket={selected} busy={completion.loading} onComplete={complete} onCancel={() => setCompleting(false)} />
      )}
      {creating && (
        <NewTicketForm
          onCreate={create}
          creating={created.loading}
          unitExample={session.project.unitExample}
          onDone={(ticket) => void registered(ticket)}
        />
      )}
      {importing && (
        <LedgerImportDialog kind={LedgerKind.TICKETS} projectId={session.project.id} onClose={() => setImporting(false)}
          onImported={(written) => { setMessage((lang) => translate(lang, 'importDone', { count: written })); void refetch(); }} />
      )}
      <SpreadsheetGrid<Row>
        rows={rows}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.number} · ${r.ownerName}`}
        columns={columns}
        save={save}
        readOnly={!writer}
        storageKey="tickets"
        rowClass={(r) => (r.status === TicketStatus.VOIDED ? 'hf-row-voided' : r.id === createdId ? 'hf-row-new' : undefined)}
        focusRowId={createdId}
        onSelectRow={select}
        toolbar={<>
          <TicketToolbar
            complaintsOnly={complaintsOnly}
            onComplaintsOnly={setComplaintsOnly}
            search={search}
            onSearch={setSearch}
            canCreate={writer}
            onCreate={() => setCreating(true)}
            canComplete={canComplete}
            onComplete={() => {
              setCreating(false);
              // one click when the handling result is on the ticket already; otherwise the form asks for it
              if (selected?.handlingResult?.trim()) void complete({}).then((refused) => {
                if (refused.length) setMessage((lang) => refused.map((e) => serverText(e, lang)).join(lang === 'en' ? '; ' : '；'));
              });
              else setCompleting(true);
            }}
            message={say(language)}
            action={notSampled && canAddCallback ? (
              <button type="button" disabled={adding.loading} onClick={() => void addByHand(notSampled)}>{t('addCallbackByHand')}</button>
            ) : null}
          />
          <TicketCare session={session} selected={selected} versionOf={versionOf} remember={remember} onMessage={(text) => setMessage(() => text)} />
          {isImporter(session.user.role) && !session.archived && <button type="button" onClick={() => setImporting(true)} data-testid="import-open">{t('importTickets')}</button>}
        </>}
      />
    </>
  );
}
