// Starts the real built server (server/dist/main.js, serving client/dist) on an embedded PostgreSQL with the
// demo data, on free ports, as `npm start` would. The browser tests read its address from E2E_URL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export default async function globalSetup() {
  if (!fs.existsSync(path.join(root, 'client', 'dist', 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` (npm test does) before the browser tests');
  }
  const { freePort } = require(path.join(root, 'server', 'dist', 'db', 'embedded-postgres.js'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-e2e-'));
  fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  const port = await freePort();
  const pgPort = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
    cwd: root,
    // every browser of every test signs in from 127.0.0.1: a sign-in costs about 124 anonymous points (the login
    // payload's userErrors with their args), so the default 5,000 per address and hour ran out after ~40 sign-ins and
    // the later tests' logins got 429. One address standing for a whole office of clerks is the test's doing, not a client's.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dataDir, NODE_ENV: 'production', DATABASE_URL: '', RATE_LIMIT_ANONYMOUS_POINTS: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('ready:')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  process.env.E2E_URL = `http://127.0.0.1:${port}`;
  globalThis.__E2E_SERVER__ = { child, dataDir };
}
