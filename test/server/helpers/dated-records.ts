import type { Client } from './test-app';

// Tickets and callbacks on given local dates (UTC+8), for tests of past periods (statistics, archiving).

export const TICKET = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version number } userErrors { field code message } } }`;
export const COMPLETE = `mutation ($input: CompleteTicketInput!) { completeTicket(input: $input) {
  ticket { id version } callbacks { id version windowFrom windowTo purpose } userErrors { field code message } } }`;
export const RECORD = `mutation ($input: RecordCallbackResultInput!) { recordCallbackResult(input: $input) { callback { id version status } userErrors { field code message } } }`;
export const at = (local: string) => `${local}:00+08:00`;

export interface Made { id: string; version: number; number: string; callbacks: { id: string; version: number; windowFrom: string; windowTo: string; purpose: string }[] }

export async function ticket(client: Client, projectId: string, spec: Record<string, unknown>, completedAt: string | null): Promise<Made> {
  const created = await client.gql(TICKET, {
    input: { projectId, channel: 'PHONE', phone: '13812345678', summary: '内容摘要', ...spec, receivedAt: at(spec.receivedAt as string) },
  });
  const t = created.data?.createTicket?.ticket;
  if (!t) throw new Error(JSON.stringify(created));
  if (!completedAt) return { ...t, callbacks: [] };
  const done = await client.gql(COMPLETE, { input: { id: t.id, version: t.version, completedAt: at(completedAt), handlingResult: '已处理完毕' } });
  if (!done.data?.completeTicket?.ticket) throw new Error(JSON.stringify(done));
  return { ...done.data.completeTicket.ticket, number: t.number, callbacks: done.data.completeTicket.callbacks };
}

export async function record(client: Client, callback: { id: string; version: number }, performedAt: string, satisfaction: string, result: string, shortcomings?: string) {
  const res = await client.gql(RECORD, {
    input: { id: callback.id, version: callback.version, methods: ['PHONE'], performedAt: at(performedAt), satisfaction, result, shortcomings },
  });
  const saved = res.data?.recordCallbackResult?.callback;
  if (!saved) throw new Error(JSON.stringify(res));
  return saved as { id: string; version: number; status: string };
}

