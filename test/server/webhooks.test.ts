import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../server/src/config';
import { JobQueue, startJobQueue } from '../../server/src/jobs/job-queue';
import { verifySignature } from '../../server/src/modules/webhooks/webhook.rules';
import { strandedDeliveries } from '../../server/src/modules/webhooks/webhook.service';
import { eventually } from './helpers/eventually';
import { createTestTicket } from './helpers/factories';
import { Client, client, initTestApp, TestApp } from './helpers/test-app';

// Issue 15: webhooks — field errors for bad input, signed deliveries to a receiver on 127.0.0.1 that the test starts,
// retries with backoff, a visible failed state, re-sending with the same delivery id, privacy, and a receiver that
// hangs does not hold up a GraphQL request (delivery is never inside the request).

const SECRET = 'test-secret-0123456789';
const CREATE = `mutation ($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id name events projectIds piiRead active version } userErrors { field code message } } }`;
const DELIVERIES = `query ($w: ID!) { webhookDeliveries(webhookId: $w) { id event status attempts responseStatus lastError body } }`;
const REDELIVER = `mutation ($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { delivery { id status } userErrors { field code message } } }`;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; event: string; project: { code: string } | null; data: Record<string, any> };
}

/** A receiver on 127.0.0.1 answering with what `answer` says for each request (a status, or 'hang'). */
function receiver() {
  const received: Received[] = [];
  let answer: (r: Received) => number | 'hang' = () => 200;
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const r = { headers: req.headers, body, json: JSON.parse(body) };
      received.push(r);
      const status = answer(r);
      if (status === 'hang') hanging.push(res);
      else res.writeHead(status).end('ok');
    });
  });
  return {
    received,
    hanging,
    set answer(fn: (r: Received) => number | 'hang') {
      answer = fn;
    },
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`))),
    stop: () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('webhooks', () => {
  let app: TestApp;
  let admin: Client;
  let clerk: Client;
  let clerkB: Client;
  let jobs: JobQueue;
  const hookA = receiver();
  const hookB = receiver();
  let urlA: string;
  let urlB: string;
  let lenient: { url: string; close: () => Promise<void> };
  let lenientAdmin: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, clerk, clerkB] = await Promise.all(['admin', 'zhangli', 'liumei'].map((u) => app.as(u)));
    [urlA, urlB] = await Promise.all([hookA.start(), hookB.start()]);
  });

  afterAll(async () => {
    await jobs?.stop();
    await lenient?.close();
    await Promise.all([hookA.stop(), hookB.stop()]);
    await app.close();
  });

  it('should refuse a malformed URL, a short secret, no events, an unknown event and a private target, saving nothing', async () => {
    const base = { name: '呼叫中心', url: 'https://oa.example.com/hooks', events: ['TICKET_CREATED'], secret: SECRET };
    const malformed = await admin.gql(CREATE, { i: { ...base, url: 'ftp://oa.example.com/x' } });
    expect(malformed.data.createWebhook.userErrors).toEqual([expect.objectContaining({ field: ['url'], code: 'BAD_USER_INPUT' })]);
    const short = await admin.gql(CREATE, { i: { ...base, secret: 'too-short', events: [] } });
    expect(short.data.createWebhook.userErrors.map((e: { field: string[] }) => e.field)).toEqual([['secret'], ['events']]);
    expect(short.data.createWebhook.userErrors[0].message).toBe('签名密钥至少 16 个字符 (the signing secret must be at least 16 characters)');
    const unknown = await admin.gql(CREATE, { i: { ...base, events: ['TICKET_EATEN'] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // the default refuses loopback and private addresses (SSRF)
    const loopback = await admin.gql(CREATE, { i: { ...base, url: urlA } });
    expect(loopback.data.createWebhook.userErrors).toEqual([expect.objectContaining({ field: ['url'], code: 'BAD_USER_INPUT', message: expect.stringContaining('127.0.0.1') })]);
    const clerkTry = await clerk.gql(CREATE, { i: base });
    expect(clerkTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin.gql(`{ webhooks { id } }`)).data.webhooks).toEqual([]);
  });

  it('should deliver a signed event of its project, without residents\u2019 data unless the hook has pii:read', async () => {
    // an installation that allows private targets (WEBHOOK_ALLOW_PRIVATE_TARGETS), with quick retries for the test
    const config = loadConfig({ port: 0, host: '127.0.0.1', webhooks: { allowPrivateTargets: true, timeoutMs: 1500, retryLimit: 2, retryDelaySeconds: 1 } });
    lenient = await app.startAnother(config);
    lenientAdmin = client(lenient.url, admin.token);
    jobs = await startJobQueue({ databaseUrl: app.databaseUrl, orm: app.orm, config, work: true, log: () => undefined });

    const created = await lenientAdmin.gql(CREATE, { i: { name: 'OA', url: urlA, events: ['TICKET_CREATED', 'CALLBACK_RECORDED'], projectIds: [app.projectA], secret: SECRET } });
    expect(created.data.createWebhook.userErrors).toEqual([]);
    expect(created.data.createWebhook.webhook).toMatchObject({ events: ['TICKET_CREATED', 'CALLBACK_RECORDED'], projectIds: [app.projectA], piiRead: false, active: true });
    const pii = await lenientAdmin.gql(CREATE, { i: { name: '短信网关', url: urlB, events: ['TICKET_CREATED'], projectIds: [app.projectB], secret: SECRET, piiRead: true } });
    expect(pii.data.createWebhook.userErrors).toEqual([]);

    const { ticket } = await createTestTicket(clerk, app.projectA, { ownerName: '欧阳娜娜', phone: '13987654321', unit: '12-3-0801' });
    const [delivery] = await eventually(() => hookA.received.length > 0 && hookA.received);
    expect(delivery.json).toMatchObject({ event: 'ticket.created', project: { code: 'A01' }, data: { ticket: { id: ticket.id, number: ticket.number, ownerName: '欧***', phone: '139****4321' } } });
    expect(delivery.headers['x-event']).toBe('ticket.created');
    expect(delivery.headers['x-delivery-id']).toBe(delivery.json.id);
    expect(verifySignature(SECRET, String(delivery.headers['x-signature']), Number(delivery.headers['x-timestamp']), delivery.body)).toBe(true);
    expect(verifySignature('another-secret-0123456', String(delivery.headers['x-signature']), Number(delivery.headers['x-timestamp']), delivery.body)).toBe(false);
    // B's hook hears B's tickets only, in full (pii:read)
    await createTestTicket(clerkB, app.projectB, { ownerName: '王小明', phone: '13800001111' });
    const [b] = await eventually(() => hookB.received.length > 0 && hookB.received);
    expect(b.json.data.ticket).toMatchObject({ ownerName: '王小明', phone: '13800001111' });
    expect(hookB.received.every((r) => r.json.project?.code === 'B02')).toBe(true);
    expect(hookA.received.every((r) => r.json.project?.code === 'A01')).toBe(true);
  });

  it('should retry a delivery the receiver refuses, with the same delivery id, until it is taken', async () => {
    const before = hookA.received.length;
    let refusals = 0;
    hookA.answer = () => (refusals++ < 2 ? 500 : 200);
    const { ticket } = await createTestTicket(clerk, app.projectA);
    const attempts = await eventually(() => {
      const mine = hookA.received.slice(before).filter((r) => r.json.data.ticket?.id === ticket.id);
      return mine.length >= 3 && mine;
    });
    expect(new Set(attempts.map((r) => r.json.id)).size).toBe(1);
    const webhookId = (await lenientAdmin.gql(`{ webhooks { id name } }`)).data.webhooks.find((w: { name: string }) => w.name === 'OA').id;
    const log = await eventually(async () => {
      const rows = (await lenientAdmin.gql(DELIVERIES, { w: webhookId })).data.webhookDeliveries;
      const row = rows.find((d: { id: string }) => Buffer.from(d.id, 'base64url').toString() === `WebhookDelivery:${attempts[0].json.id}`);
      return row?.status === 'DELIVERED' && row;
    });
    expect(log).toMatchObject({ event: 'TICKET_CREATED', attempts: 3, responseStatus: 200, lastError: null });
  });

  it('should end in FAILED after the last retry, show why, and re-send the same delivery on request', async () => {
    hookA.answer = () => 503;
    const { ticket } = await createTestTicket(clerk, app.projectA);
    const webhookId = (await lenientAdmin.gql(`{ webhooks { id name } }`)).data.webhooks.find((w: { name: string }) => w.name === 'OA').id;
    const failed = await eventually(async () => {
      const rows = (await lenientAdmin.gql(DELIVERIES, { w: webhookId })).data.webhookDeliveries;
      const row = rows.find((d: { body: { data: { ticket?: { id: string } } } }) => d.body.data.ticket?.id === ticket.id);
      return row?.status === 'FAILED' && row;
    });
    // the first attempt and two retries (WEBHOOK_RETRY_LIMIT=2 here)
    expect(failed).toMatchObject({ attempts: 3, responseStatus: 503, lastError: 'HTTP 503' });
    hookA.answer = () => 200;
    const resent = await lenientAdmin.gql(REDELIVER, { i: { id: failed.id } });
    expect(resent.data.redeliverWebhook.userErrors).toEqual([]);
    const delivered = await eventually(async () => {
      const rows = (await lenientAdmin.gql(DELIVERIES, { w: webhookId })).data.webhookDeliveries;
      const row = rows.find((d: { id: string }) => d.id === failed.id);
      return row?.status === 'DELIVERED' && row;
    });
    expect(delivered.attempts).toBe(4);
    const ids = hookA.received.filter((r) => r.json.data.ticket?.id === ticket.id).map((r) => r.json.id);
    expect(new Set(ids).size).toBe(1);
    const missing = await lenientAdmin.gql(REDELIVER, { i: { id: Buffer.from('WebhookDelivery:999999').toString('base64url') } });
    expect(missing.data.redeliverWebhook.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
  });

  it('should answer a GraphQL request while the receiver hangs: delivery never runs inside the request', async () => {
    hookA.answer = () => 'hang';
    const before = hookA.received.length;
    const first = await createTestTicket(clerk, app.projectA);
    await eventually(() => hookA.received.length > before);
    // the receiver holds that delivery open; the next request is answered all the same
    const second = await createTestTicket(clerk, app.projectA);
    expect(second.ticket.number).not.toBe(first.ticket.number);
    expect(hookA.hanging.length).toBeGreaterThan(0);
    hookA.answer = () => 200;
  });

  it('should queue again a delivery a stopped process left without a job, and leave one whose job waits alone', async () => {
    const connection = app.orm.em.fork().getConnection();
    const [hook] = await connection.execute<{ id: number }[]>(`select id from webhook where name = 'OA'`);
    const insert = async (age: string) =>
      (await connection.execute<{ id: number }[]>(
        `insert into webhook_delivery (webhook_id, event_type, body, created_at) values (?, 'TICKET_CREATED', '{"event":"ticket.created","data":{}}', now() - ?::interval) returning id`, [hook.id, age],
      ))[0].id;
    const [orphan, waiting, fresh] = [await insert('1 minute'), await insert('1 minute'), await insert('0 seconds')];
    await jobs.boss.insert([{ name: 'webhook-deliver', data: { deliveryId: waiting }, singletonKey: `delivery:${waiting}`, startAfter: new Date(Date.now() + 3_600_000) }]);
    const stranded = await strandedDeliveries(app.orm.em.fork(), { table: 'pgboss.job', queue: 'webhook-deliver', keyPrefix: 'delivery:' }, 15);
    expect(stranded).toContain(orphan);
    expect(stranded).not.toContain(waiting);
    expect(stranded).not.toContain(fresh);
    await connection.execute(`update webhook_delivery set status = 'FAILED' where id = any(?::bigint[])`, [`{${orphan},${waiting},${fresh}}`]);
  });
});
