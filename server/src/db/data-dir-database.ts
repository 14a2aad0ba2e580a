import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { embeddedUrl, EmbeddedDatabase, freePort, startEmbeddedPostgres } from './embedded-postgres';
import { inspectDataDir, readPostmasterPidFile } from './leftover-postmaster';
import { DATABASE } from './restore';
import { StartupError } from './startup-error';

/**
 * The database a command-line tool works on: DATABASE_URL when set, else the running app's embedded server, else the
 * data directory's cluster started for the command (stopped again by `close`).
 */
export async function openDataDirDatabase(config: Config, nothingYet: string): Promise<{ databaseUrl: string; close: () => Promise<void> }> {
  if (config.databaseUrl) return { databaseUrl: config.databaseUrl, close: async () => undefined };
  const pgDir = path.join(config.dataDir, 'pg');
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) throw new StartupError(nothingYet);
  const holder = inspectDataDir(pgDir);
  const port = holder.kind === 'in-use' ? readPostmasterPidFile(pgDir)?.port : null;
  if (port) return { databaseUrl: embeddedUrl(port, DATABASE), close: async () => undefined };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort(), persistent: true, notice: console.log });
  return { databaseUrl: embedded.url(DATABASE), close: () => embedded.stop() };
}
