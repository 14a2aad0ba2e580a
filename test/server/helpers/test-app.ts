import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../../server/src/app';
import { Config, loadConfig } from '../../../server/src/config';
import { ensureDatabase } from '../../../server/src/db/ensure-database';
import { initOrm } from '../../../server/src/db/orm';
import { DEMO_PASSWORD, seedOrganisation } from '../../../server/src/db/seed';
import { encodeGlobalId } from '../../../server/src/core/global-id';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string[] } }[];
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  databaseUrl: string;
  /** this app's DATA_DIR (exported workbooks are kept under it), removed on close */
  dataDir: string;
  projectA: string;
  projectB: string;
  /** signs a demo user in and returns a client bound to their token */
  as: (username: string) => Promise<Client>;
  anonymous: Client;
  /** a client sending this bearer (an API token's secret, or any string) */
  bearer: (token: string) => Client;
  /** another server on the same database, e.g. with a smaller rate-limit budget */
  startAnother: (overrides: Partial<Config>) => Promise<{ url: string; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

export interface Client {
  token: string | null;
  gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
}

export function client(url: string, token: string | null): Client {
  return {
    token,
    gql: async (query, variables) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    },
  };
}

/** Boots the real server over HTTP on a fresh database (migrated, with the demo organisation, no tickets). */
export async function initTestApp(): Promise<TestApp> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: run through jest (globalSetup starts PostgreSQL)');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const databaseUrl = parsed.toString();
  const orm = await initOrm(databaseUrl, { pool: { min: 0, max: 60 } });
  const [a, b] = await seedOrganisation(orm.em.fork());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-test-data-'));
  const app = await createApp(loadConfig({ port: 0, host: '127.0.0.1', dataDir }), orm, process.env.TEST_LOG_ERRORS ? console.error : () => undefined);
  return {
    url: app.url,
    orm,
    databaseUrl,
    dataDir,
    projectA: encodeGlobalId('Project', a.id),
    projectB: encodeGlobalId('Project', b.id),
    anonymous: client(app.url, null),
    bearer: (token) => client(app.url, token),
    startAnother: async (overrides) => {
      const other = await createApp(loadConfig({ port: 0, host: '127.0.0.1', ...overrides }), orm, () => undefined);
      return { url: other.url, close: () => other.close() };
    },
    as: async (username) => {
      const res = await client(app.url, null).gql<{ login: { token: string | null } }>(
        'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { message } } }',
        { u: username, p: DEMO_PASSWORD },
      );
      const token = res.data?.login.token;
      if (!token) throw new Error(`login failed for ${username}: ${JSON.stringify(res)}`);
      return client(app.url, token);
    },
    close: async () => {
      await app.close();
      await orm.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
