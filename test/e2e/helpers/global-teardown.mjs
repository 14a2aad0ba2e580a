import fs from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__;
  if (!server) return;
  // SIGTERM: the server closes HTTP, the ORM and its embedded PostgreSQL, then exits
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.child.kill('SIGKILL');
      resolve();
    }, 30_000);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.kill('SIGTERM');
  });
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}
