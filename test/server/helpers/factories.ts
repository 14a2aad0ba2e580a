import type { Client } from './test-app';

export const TICKET_FIELDS = 'id number kind severity status version ownerName unit completedAt';
export const CALLBACK_FIELDS =
  'id serialCode status version windowFrom windowTo anchorDate purpose overdue satisfaction result reviewOpinion handlingOpinion ' +
  'assignee { username role } coAssignee { username role } ticket { number kind }';

let ownerCounter = 0;

/** Registers a ticket with sensible defaults; override any field. */
export async function createTestTicket(client: Client, projectId: string, overrides: Record<string, unknown> = {}) {
  ownerCounter += 1;
  const input = {
    projectId,
    kind: 'REPAIR',
    ownerName: `业主${ownerCounter}`,
    unit: `1-1-${1000 + ownerCounter}`,
    phone: '13812345678',
    channel: 'PHONE',
    category: '水管漏水',
    summary: '厨房水管漏水',
    receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    ...overrides,
  };
  const res = await client.gql(
    `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ${TICKET_FIELDS} } userErrors { field code message } } }`,
    { input },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket as { ticket: any; userErrors: any[] };
}

export async function completeTestTicket(client: Client, ticket: { id: string; version: number }, overrides: Record<string, unknown> = {}) {
  const res = await client.gql(
    `mutation ($input: CompleteTicketInput!) { completeTicket(input: $input) { ticket { ${TICKET_FIELDS} } callbacks { ${CALLBACK_FIELDS} } userErrors { field code message } } }`,
    { input: { id: ticket.id, version: ticket.version, completedAt: new Date(Date.now() - 86_400_000).toISOString(), handlingResult: '已处理完毕', ...overrides } },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.completeTicket as { ticket: any; callbacks: any[]; userErrors: any[] };
}

/** A completed ticket with one planned callback (added by hand when sampling did not pick it). */
export async function createTestCallback(client: Client, projectId: string, ticketOverrides: Record<string, unknown> = {}) {
  const { ticket } = await createTestTicket(client, projectId, ticketOverrides);
  const done = await completeTestTicket(client, ticket);
  if (done.callbacks.length) return done.callbacks[0];
  const res = await client.gql(
    `mutation ($input: AddCallbackInput!) { addCallback(input: $input) { callback { ${CALLBACK_FIELDS} } userErrors { field code message } } }`,
    { input: { ticketId: ticket.id } },
  );
  if (res.errors || res.data.addCallback.userErrors.length) throw new Error(JSON.stringify(res));
  return res.data.addCallback.callback;
}
