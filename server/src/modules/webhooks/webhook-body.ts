import type { EntityManager } from '@mikro-orm/postgresql';
import { maskPersonalData } from '../../core/personal-data';
import { encodeGlobalId } from '../../core/global-id';

/**
 * What a delivery says about the event's row, read when the event is dispatched: the business fields other systems
 * act on, never residents' personal data unless the hook holds pii:read (then name, phone and unit in full — and
 * without it, masked like an API token without pii:read sees them).
 */
export interface EventRow {
  id: number;
  type: string;
  entity_type: string;
  entity_id: number;
  project_id: number | null;
  period: string | null;
  occurred_at: Date;
}

type Data = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const owner = (row: Record<string, any>, pii: boolean): Data =>
  pii
    ? { ownerName: row.owner_name, phone: row.phone, unit: row.unit }
    : { ownerName: maskPersonalData('name', row.owner_name), phone: maskPersonalData('phone', row.phone), unit: maskPersonalData('unit', row.unit) };

async function dataOf(em: EntityManager, event: EventRow, pii: boolean): Promise<Data> {
  const connection = em.getConnection();
  switch (event.entity_type) {
    case 'Ticket': {
      const [t] = await connection.execute<Record<string, any>[]>(
        'select id, number, kind, status, severity, channel, received_at, completed_at, summary, handler, owner_name, phone, unit from ticket where id = ?', [event.entity_id],
      );
      if (!t) return {};
      return {
        ticket: {
          id: encodeGlobalId('Ticket', t.id), number: t.number, kind: t.kind, status: t.status, severity: t.severity, channel: t.channel,
          receivedAt: t.received_at, completedAt: t.completed_at, summary: t.summary, handler: t.handler, ...owner(t, pii),
        },
      };
    }
    case 'Callback': {
      const [c] = await connection.execute<Record<string, any>[]>(
        `select c.id, c.serial_code, c.status, c.window_from::text, c.window_to::text, c.performed_at, c.satisfaction, c.result, c.shortcomings,
           t.id as ticket_id, t.number, t.kind, t.owner_name, t.phone, t.unit
         from callback c join ticket t on t.id = c.ticket_id where c.id = ?`, [event.entity_id],
      );
      if (!c) return {};
      return {
        callback: {
          id: encodeGlobalId('Callback', c.id), serialCode: c.serial_code, status: c.status, windowFrom: c.window_from, windowTo: c.window_to,
          performedAt: c.performed_at, satisfaction: c.satisfaction, result: c.result, shortcomings: c.shortcomings,
          ticket: { id: encodeGlobalId('Ticket', c.ticket_id), number: c.number, kind: c.kind, ...owner(c, pii) },
        },
      };
    }
    case 'QuarterlyReport': {
      const [r] = await connection.execute('select id, period, status from quarterly_report where id = ?', [event.entity_id]);
      return r ? { report: { id: encodeGlobalId('QuarterlyReport', r.id), period: r.period, status: r.status } } : {};
    }
    case 'ArchivedPeriod':
      return { archivedPeriod: { period: event.period } };
    default:
      return {};
  }
}

/** The JSON body of one delivery; its `id` is the delivery's (the same on every retry and re-send: receivers dedupe on it). */
export async function deliveryBody(em: EntityManager, event: EventRow, eventName: string, pii: boolean) {
  const [project] = event.project_id ? await em.getConnection().execute('select id, code, name from project where id = ?', [event.project_id]) : [];
  return {
    event: eventName,
    occurredAt: new Date(event.occurred_at).toISOString(),
    project: project ? { id: encodeGlobalId('Project', project.id), code: project.code, name: project.name } : null,
    data: await dataOf(em, event, pii),
  };
}
