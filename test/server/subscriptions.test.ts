import 'reflect-metadata';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestApiToken } from './helpers/api-tokens';
import { eventually } from './helpers/eventually';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// Issue 15: live sheets over graphql-ws — one clerk saves, another clerk's open subscription receives the row; a
// subscriber of another project receives nothing; masks stay masked; only subscriptions go over the socket.

const UPDATE = `mutation ($input: UpdateCallbacksInput!) { updateCallbacks(input: $input) { savedCount userErrors { field message } } }`;
const CHANGED = `subscription ($p: ID) { callbacksChanged(projectId: $p) { id serialCode suggestions version ticket { ownerName phone } } }`;

type Row = { id: string; serialCode: string; suggestions: string | null; version: number; ticket: { ownerName: string; phone: string } };

function subscribe(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const rows: Row[][] = [];
  const errors: unknown[] = [];
  const closed: { code?: number }[] = [];
  const ws: WsClient = createClient({
    url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false,
    on: { closed: (event) => closed.push(event as { code?: number }) },
  });
  let ready: () => void;
  const connected = new Promise<void>((resolve) => (ready = resolve));
  ws.on('connected', () => ready());
  const stop = ws.subscribe<Record<string, Row[]>>({ query, variables }, {
    next: (value) => (value.errors ? errors.push(...value.errors) : rows.push(Object.values(value.data ?? {})[0] as Row[])),
    error: (error) => errors.push(error),
    complete: () => undefined,
  });
  return { rows, errors, closed, connected, dispose: async () => { stop(); await ws.dispose(); } };
}

describe('live sheets (subscriptions)', () => {
  let app: TestApp;
  let clerk: Client;
  let otherClerk: Client;
  let clerkB: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, otherClerk, clerkB] = await Promise.all(['zhangli', 'wangfang', 'liumei'].map((u) => app.as(u)));
  });

  afterAll(async () => {
    await app.close();
  });

  it("should push one clerk's saved row to the other clerk's open sheet, and nothing to another project's", async () => {
    const callback = await createTestCallback(clerk, app.projectA, { ownerName: '欧阳娜娜', phone: '13987654321' });
    const watcher = subscribe(app.url, otherClerk.token!, CHANGED, { p: app.projectA });
    const outsider = subscribe(app.url, clerkB.token!, CHANGED, {});
    try {
      await Promise.all([watcher.connected, outsider.connected]);
      // a subscription is registered once its first message is handled; an edit of another row first proves it listens
      await eventually(async () => {
        const probe = await createTestCallback(clerk, app.projectA);
        await clerk.gql(UPDATE, { input: { rows: [{ id: probe.id, version: probe.version, patch: { suggestions: '探测' } }] } });
        return watcher.rows.length > 0;
      }, 50);
      const saved = await clerk.gql(UPDATE, { input: { rows: [{ id: callback.id, version: callback.version, patch: { suggestions: '希望加强夜间巡逻' } }] } });
      expect(saved.data.updateCallbacks.savedCount).toBe(1);
      const pushed = await eventually(() => watcher.rows.flat().find((r) => r.id === callback.id && r.suggestions === '希望加强夜间巡逻'));
      expect(pushed).toMatchObject({ serialCode: callback.serialCode, version: callback.version + 1, ticket: { ownerName: '欧阳娜娜', phone: '13987654321' } });
      expect(watcher.errors).toEqual([]);
      // 刘梅 (B02) heard nothing of A01
      expect(outsider.rows.flat()).toEqual([]);
    } finally {
      await Promise.all([watcher.dispose(), outsider.dispose()]);
    }
  });

  it('should mask residents\u2019 data for a token without pii:read, as a query would', async () => {
    const { secret } = await createTestApiToken(await app.as('admin'), { scopes: ['CALLBACKS_READ'] });
    const callback = await createTestCallback(clerk, app.projectA, { ownerName: '欧阳娜娜', phone: '13987654321' });
    const watcher = subscribe(app.url, secret, CHANGED, {});
    try {
      await watcher.connected;
      await eventually(async () => {
        await clerk.gql(UPDATE, { input: { rows: [{ id: callback.id, version: (await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { version } } }`, { id: callback.id })).data.node.version, patch: { suggestions: `改 ${Date.now()}` } }] } });
        return watcher.rows.flat().find((r) => r.id === callback.id);
      }, 50);
      const row = watcher.rows.flat().find((r) => r.id === callback.id)!;
      expect(row.ticket).toEqual({ ownerName: '欧***', phone: '139****4321' });
    } finally {
      await watcher.dispose();
    }
  });

  it('should refuse an anonymous socket, queries over the socket, and a token without the scope', async () => {
    const anonymous = createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    const closed = await new Promise<{ code: number }>((resolve) => anonymous.on('closed', (e) => resolve(e as { code: number })));
    expect(closed.code).toBe(4403);
    await anonymous.dispose();

    const watcher = subscribe(app.url, clerk.token!, `{ __typename }`);
    await eventually(() => watcher.errors.length > 0);
    expect(String((watcher.errors[0] as { message?: string }).message ?? JSON.stringify(watcher.errors[0]))).toMatch(/only subscriptions/);
    await watcher.dispose();

    const { secret } = await createTestApiToken(await app.as('admin'), { scopes: ['STATISTICS_READ'] });
    const noScope = subscribe(app.url, secret, CHANGED, {});
    await eventually(() => noScope.errors.length > 0);
    expect(JSON.stringify(noScope.errors[0])).toMatch(/FORBIDDEN|callbacks:read|CALLBACKS_READ/);
    await noScope.dispose();
  });
});
