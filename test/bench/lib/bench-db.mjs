// A throw-away PostgreSQL for a benchmark: embedded (fast settings) unless BENCH_DATABASE_URL is given.
// The data set can be kept between runs with BENCH_KEEP=1 (data folder .data/bench-pg).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');

export function server(modulePath) {
  return require(path.join(root, 'server', 'dist', modulePath));
}

/** Starts PostgreSQL, creates (or reuses) the named database, migrates it; returns { url, orm, stop }. */
export async function benchDatabase(name = 'bench') {
  const { startEmbeddedPostgres, freePort } = server('db/embedded-postgres.js');
  const { ensureDatabase } = server('db/ensure-database.js');
  const { initOrm } = server('db/orm.js');
  let stopPg = async () => undefined;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    const keep = process.env.BENCH_KEEP === '1';
    const base = keep ? path.join(root, '.data') : fs.mkdtempSync(path.join(os.tmpdir(), 'hf-bench-'));
    fs.mkdirSync(base, { recursive: true });
    fs.chmodSync(base, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(base, 'bench-pg'), port: await freePort(), persistent: keep, fast: true });
    adminUrl = pg.url('postgres');
    stopPg = async () => {
      await pg.stop();
      if (!keep) fs.rmSync(base, { recursive: true, force: true });
    };
  }
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await initOrm(url.toString());
  return {
    url: url.toString(),
    orm,
    stop: async () => {
      await orm.close();
      await stopPg();
    },
  };
}

/** Waits until `url` answers below 500 (a server started by a benchmark is up), asking every 250 ms, `tries` times. */
export async function waitFor(url, tries = 400) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** Median and percentiles of a list of milliseconds. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

export function fmt(ms) {
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export async function freePortOf() {
  const { freePort } = server('db/embedded-postgres.js');
  return freePort();
}
