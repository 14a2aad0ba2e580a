import { lookup } from 'node:dns/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, fieldError, msg, WebhookEvent, webhookEventName } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import type { Viewer } from '../../core/caller';
import { deliveryBody, type EventRow } from './webhook-body';
import { intArray, textArray } from '../../db/sql-array';
import { hookWants, isPrivateAddress, signature, urlProblem, webhookInputProblems } from './webhook.rules';

export interface WebhookRow {
  id: number;
  name: string;
  url: string;
  events: WebhookEvent[];
  project_ids: number[] | null;
  pii_read: boolean;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface DeliveryRow {
  id: number;
  webhook_id: number;
  event_type: WebhookEvent;
  body: Record<string, unknown>;
  status: 'PENDING' | 'RETRYING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
}

const HOOK_COLUMNS = 'id, name, url, events, project_ids, pii_read, active, created_at, updated_at, version';
const DELIVERY_COLUMNS = 'id, webhook_id, event_type, body, status, attempts, response_status, last_error, created_at, last_attempt_at, delivered_at';

function refuse(problems: { field: string; code: ErrorCode; message: ReturnType<typeof msg> }[]): never {
  throw DomainError.fromFieldErrors(problems.map((p) => fieldError(p.field, p.code, p.message)));
}

/** The host must not be (or resolve to) a private, loopback or link-local address unless the admin setting allows it (SSRF). */
export async function assertPublicTarget(rawUrl: string, allowPrivate: boolean, field = 'url'): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(rawUrl).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, msg('webhook.urlPrivate', { host }));
  }
}

export async function listWebhooks(em: EntityManager): Promise<WebhookRow[]> {
  return em.getConnection().execute(`select ${HOOK_COLUMNS} from webhook order by id`);
}

export interface WebhookCommand {
  name: string;
  url: string;
  events: WebhookEvent[];
  projectIds: number[] | null;
  secret: string;
  piiRead: boolean;
}

export async function createWebhook(em: EntityManager, viewer: Viewer, input: WebhookCommand, allowPrivate: boolean): Promise<WebhookRow> {
  const problems = webhookInputProblems(input);
  if (problems.length) refuse(problems);
  await assertPublicTarget(input.url, allowPrivate);
  const [row] = await em.getConnection().execute<WebhookRow[]>(
    `insert into webhook (name, url, events, project_ids, secret, pii_read, created_by_id) values (?, ?, ?::text[], ?::int[], ?, ?, ?) returning ${HOOK_COLUMNS}`,
    [input.name.trim(), input.url.trim(), textArray(input.events), input.projectIds ? intArray(input.projectIds) : null, input.secret, input.piiRead, viewer.user.id],
  );
  return row;
}

export interface UpdateWebhookCommand extends Partial<WebhookCommand> {
  id: number;
  version: number;
  active?: boolean;
}

/** Changed with the version it was read at (a stale one is CONFLICT); switched off with active: false, never deleted. */
export async function updateWebhook(em: EntityManager, input: UpdateWebhookCommand, allowPrivate: boolean): Promise<WebhookRow> {
  const problems = webhookInputProblems(input);
  if (problems.length) refuse(problems);
  if (input.url !== undefined) await assertPublicTarget(input.url, allowPrivate);
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const [current] = await connection.execute<WebhookRow[]>(`select ${HOOK_COLUMNS} from webhook where id = ? for update`, [input.id], 'all', ctx);
    if (!current) throw DomainError.of(ErrorCode.NOT_FOUND, 'id', msg('webhook.notFound'));
    if (current.version !== input.version) throw DomainError.of(ErrorCode.CONFLICT, 'version', msg('common.conflict'));
    const [row] = await connection.execute<WebhookRow[]>(
      `update webhook set name = coalesce(?, name), url = coalesce(?, url), events = coalesce(?::text[], events), project_ids = case when ? then ?::int[] else project_ids end,
         secret = coalesce(?, secret), pii_read = coalesce(?, pii_read), active = coalesce(?, active), updated_at = now(), version = version + 1
       where id = ? returning ${HOOK_COLUMNS}`,
      [input.name?.trim() ?? null, input.url?.trim() ?? null, input.events ? textArray(input.events) : null, input.projectIds !== undefined, input.projectIds ? intArray(input.projectIds) : null,
        input.secret ?? null, input.piiRead ?? null, input.active ?? null, input.id],
      'all', ctx,
    );
    return row;
  });
}

export async function deliveriesOf(em: EntityManager, webhookId: number, first: number): Promise<DeliveryRow[]> {
  return em.getConnection().execute(
    `select ${DELIVERY_COLUMNS} from webhook_delivery where webhook_id = ? order by id desc limit ?`,
    [webhookId, first],
  );
}

export async function deliveryById(em: EntityManager, id: number): Promise<DeliveryRow | null> {
  const [row] = await em.getConnection().execute<DeliveryRow[]>(`select ${DELIVERY_COLUMNS} from webhook_delivery where id = ?`, [id]);
  return row ?? null;
}

/** 重新发送: the same delivery (same id, so a receiver that had it dedupes) goes out again; returns its id. */
export async function redeliver(em: EntityManager, deliveryId: number): Promise<number> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `update webhook_delivery set status = 'PENDING', last_error = null where id = ? returning id`, [deliveryId],
  );
  if (!rows.length) throw DomainError.of(ErrorCode.NOT_FOUND, 'id', msg('webhook.deliveryNotFound'));
  return deliveryId;
}

/**
 * The dispatch job: events not yet dispatched (oldest first, a batch at a time, skipping rows another process holds)
 * become one delivery per interested hook, in one transaction with marking them dispatched; an event goes once to
 * each hook however often this runs (unique webhook + event). Returns the new deliveries' ids, to be queued.
 */
export async function dispatchEvents(em: EntityManager, batch = 200): Promise<{ events: number; deliveries: number[] }> {
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const events = await connection.execute<EventRow[]>(
      `select id, type, entity_type, entity_id, project_id, period, occurred_at from domain_event where dispatched_at is null order by id limit ? for update skip locked`,
      [batch], 'all', ctx,
    );
    if (!events.length) return { events: 0, deliveries: [] };
    const hooks = await connection.execute<(WebhookRow & { pii_read: boolean })[]>(`select ${HOOK_COLUMNS} from webhook where active`, [], 'all', ctx);
    const deliveries: number[] = [];
    for (const event of events) {
      for (const hook of hooks.filter((h) => hookWants({ events: h.events, projectIds: h.project_ids, active: h.active }, event.type, event.project_id))) {
        const body = await deliveryBody(tx, event, webhookEventName(event.type as WebhookEvent), hook.pii_read);
        const [row] = await connection.execute<{ id: number }[]>(
          `insert into webhook_delivery (webhook_id, event_id, event_type, body) values (?, ?, ?, ?)
           on conflict (webhook_id, event_id) where event_id is not null do nothing returning id`,
          [hook.id, event.id, event.type, JSON.stringify(body)], 'all', ctx,
        );
        if (row) deliveries.push(row.id);
      }
    }
    await connection.execute('update domain_event set dispatched_at = now() where id = any(?::bigint[])', [intArray(events.map((e) => Number(e.id)))], 'run', ctx);
    return { events: events.length, deliveries };
  });
}

/**
 * Deliveries waiting without a job to send them — a process stopped between committing them and queueing them, or
 * their last job ended without settling them (killed during the final attempt): queued again. `jobs` names the job
 * queue's table and key (the job queue owns them); a delivery whose job waits, retries or runs is left to that job.
 * The grace keeps the check off deliveries whose process is queueing them right now (a second job would be harmless:
 * the key keeps it out while the first waits).
 */
export async function strandedDeliveries(
  em: EntityManager,
  jobs: { table: string; queue: string; keyPrefix: string },
  graceSeconds = 15,
): Promise<number[]> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `select d.id from webhook_delivery d
      where d.status in ('PENDING', 'RETRYING') and coalesce(d.last_attempt_at, d.created_at) < now() - make_interval(secs => ?)
        and not exists (select 1 from ${jobs.table} j where j.name = ? and j.singleton_key = ? || d.id and j.state in ('created', 'retry', 'active'))
      order by d.id limit 500`,
    [graceSeconds, jobs.queue, jobs.keyPrefix],
  );
  return rows.map((r) => r.id);
}

export type DeliveryOutcome = { delivered: true } | { delivered: false; error: string };

/**
 * One attempt of one delivery: POST the body, signed, within the timeout, to a public address (checked again now:
 * a name may resolve elsewhere since the hook was saved); redirects are not followed. The attempt is logged on the
 * delivery whatever happens; `final` marks the last attempt pg-boss will make (then FAILED, not RETRYING).
 */
export async function attemptDelivery(
  em: EntityManager,
  deliveryId: number,
  options: { allowPrivate: boolean; timeoutMs: number; final: boolean; now?: () => Date },
): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date());
  const [delivery] = await em.getConnection().execute<(DeliveryRow & { url: string; secret: string })[]>(
    `select d.id, d.status, d.body, d.event_type, d.attempts, w.url, w.secret from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = ?`, [deliveryId],
  );
  if (!delivery || delivery.status === 'DELIVERED') return { delivered: true };
  const payload = JSON.stringify({ id: String(delivery.id), ...delivery.body });
  const timestamp = Math.floor(now().getTime() / 1000);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const problem = urlProblem(delivery.url);
    if (problem) throw new Error('invalid URL');
    await assertPublicTarget(delivery.url, options.allowPrivate);
    const response = await fetch(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'hf-callbacks-webhook/1',
        'x-event': webhookEventName(delivery.event_type),
        'x-delivery-id': String(delivery.id),
        'x-timestamp': String(timestamp),
        'x-signature': signature(delivery.secret, timestamp, payload),
      },
      body: payload,
    });
    status = response.status;
    await response.body?.cancel().catch(() => undefined);
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = e instanceof DomainError ? 'private or unresolvable address' : e instanceof Error && e.name === 'TimeoutError' ? `timeout after ${options.timeoutMs} ms` : String((e as Error)?.message ?? e).slice(0, 200);
  }
  const next = error ? (options.final ? 'FAILED' : 'RETRYING') : 'DELIVERED';
  await em.getConnection().execute(
    `update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?, response_status = ?, last_error = ?, status = ?,
       delivered_at = case when ? then ? else delivered_at end where id = ?`,
    [now(), status, error, next, !error, now(), deliveryId],
  );
  return error ? { delivered: false, error } : { delivered: true };
}
