import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode, isTicketWriter, TicketKind, TicketStatus } from '@hf/shared';
import { useCallback, useMemo, useState } from 'react';
import type { CreateTicketInput, TicketRowFragment } from '../api/generated/graphql';
import { SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { type RowPatch, useRowSaver } from '../grid/use-row-saver';
import { columnLabel, TICKET_COLUMNS } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { ticketColumns } from './columns';
import { NewTicketForm } from './components/NewTicketForm';
import { TicketToolbar } from './components/TicketToolbar';
import { useSelectedRow } from '../grid/use-selected-row';
import { CompleteTicketMutation, CreateTicketMutation, TicketsQuery, UpdateTicketMutation } from './queries';

type Row = TicketRowFragment;

/** 工单登记 (and, filtered to complaints, 《客户投诉登记表》): register, correct and complete tickets. */
export function TicketSheet({ session }: { session: Session }) {
  const { language } = useI18n();
  const client = useApolloClient();
  const [complaintsOnly, setComplaintsOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState('');
  const variables = {
    first: 500,
    filter: { projectId: session.project.id, period: session.period, kinds: complaintsOnly ? [TicketKind.COMPLAINT] : null, text: search.trim() || null },
  };
  const { data, refetch } = useQuery(TicketsQuery, { variables, pollInterval: session.pollSeconds * 1000, fetchPolicy: 'cache-and-network' });
  const [completeTicket] = useMutation(CompleteTicketMutation);
  const [createTicket, created] = useMutation(CreateTicketMutation);
  const rows = useMemo(() => (data?.tickets.edges ?? []).map((e) => e.node as Row), [data]);
  // the selected ticket as stored now: 处理完毕 sends its latest version and is off once it is completed
  const { selected, select, versionOf, remember } = useSelectedRow(rows);
  const [completing, setCompleting] = useState(false);
  const writer = isTicketWriter(session.user.role) && !session.archived;
  const canWrite = useCallback((row: Row) => writer && row.status !== TicketStatus.VOIDED, [writer]);
  const columns = useMemo(() => ticketColumns(language, canWrite), [language, canWrite]);

  // one updateTicket per row (tickets have no batch mutation); errors come back per row like the callbacks'
  const send = useCallback(async (patches: RowPatch[]) => {
    const answers = await Promise.all(patches.map(async (p) => {
      const { data: result, error } = await client.mutate({ mutation: UpdateTicketMutation, variables: { input: { id: p.id, version: p.version, ...p.patch } } });
      if (error || !result) throw error ?? new Error('no answer from the server');
      return result.updateTicket;
    }));
    const userErrors = answers.flatMap((a, i) => a.userErrors.map((e) => ({ ...e, field: ['rows', String(i), ...e.field] })));
    // CONFLICT: read the rows as they are now, so the clerk sees both values and chooses (as on the callbacks)
    const fresh = userErrors.some((e) => e.code === ErrorCode.CONFLICT) ? (await refetch()).data?.tickets.edges.map((e) => e.node as Row) ?? [] : [];
    // saved rows as the server has them now: the next save of the row goes on this version
    const saved = new Map(answers.flatMap((a) => (a.ticket ? [[a.ticket.id, a.ticket as Row] as const] : [])));
    return { userErrors, current: (id: string) => fresh.find((r) => r.id === id) ?? saved.get(id) };
  }, [client, refetch]);
  const columnName = useCallback((field: string) => columnLabel(TICKET_COLUMNS, field, language), [language]);
  const save = useRowSaver({ rows, columns, columnName, send });

  const complete = async () => {
    if (!selected || completing) return;
    setCompleting(true);
    const answer = await completeTicket({ variables: { input: { id: selected.id, version: versionOf(selected) } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }))
      .finally(() => setCompleting(false));
    const payload = answer.data?.completeTicket;
    remember(payload?.ticket);
    setMessage(answer.error?.message ?? (payload?.userErrors.length ? payload.userErrors.map((e) => e.message).join('；') : payload?.callbacks.map((c) => c.serialCode).join('、') ?? ''));
  };
  const create = async (input: Omit<CreateTicketInput, 'projectId'>) =>
    (await createTicket({ variables: { input: { projectId: session.project.id, ...input } } })).data?.createTicket;

  const canComplete = writer && !completing && (selected?.status === TicketStatus.OPEN || selected?.status === TicketStatus.IN_PROGRESS);
  return (
    <>
      {creating && <NewTicketForm onCreate={create} creating={created.loading} onDone={(text) => { setCreating(false); setMessage(text); void refetch(); }} />}
      <SpreadsheetGrid<Row>
        rows={rows}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.number} · ${r.ownerName}`}
        columns={columns}
        save={save}
        readOnly={!writer}
        storageKey="tickets"
        rowClass={(r) => (r.status === TicketStatus.VOIDED ? 'hf-row-voided' : undefined)}
        onSelectRow={select}
        toolbar={
          <TicketToolbar
            complaintsOnly={complaintsOnly}
            onComplaintsOnly={setComplaintsOnly}
            search={search}
            onSearch={setSearch}
            canCreate={writer}
            onCreate={() => setCreating(true)}
            canComplete={canComplete}
            onComplete={() => void complete()}
            message={message}
          />
        }
      />
    </>
  );
}
