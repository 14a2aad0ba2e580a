import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded-postgres';
import { initOrm } from './db/orm';
import { ensureDatabase } from './db/ensure-database';
import { seedDemoDataIfEmpty } from './db/seed';

const DATABASE = 'callbacks';

/** config → database → migrations → demo data → HTTP; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'pg');
    console.log(`Starting embedded PostgreSQL in ${dataDir} on port ${config.embeddedPostgresPort} …`);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPostgresPort, persistent: true });
    url = embedded.url(DATABASE);
    await ensureDatabase(embedded.url('postgres'), DATABASE);
  }
  const orm = await initOrm(url).catch(async (error) => {
    await embedded?.stop();
    throw error;
  });
  let app;
  try {
    if (config.seedDemoData) {
      const seeded = await seedDemoDataIfEmpty(orm.em.fork());
      if (seeded) console.log('Demo data created (logins in README.md).');
    }
    app = await createApp(config, orm);
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }
  console.log(`回访 back-office ready: ${app.url.replace('127.0.0.1', 'localhost')}/  (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down …`);
    await app.close();
    await orm.close();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error));
  process.exit(1);
});
