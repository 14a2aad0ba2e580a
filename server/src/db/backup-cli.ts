// npm run backup: one backup now, of the running app's database or (when the app is stopped) of its data directory.
import path from 'node:path';
import { loadConfig } from '../config';
import { createBackup, pruneBackups } from './backup';
import { startEmbeddedPostgres, EmbeddedDatabase, freePort, embeddedUrl } from './embedded-postgres';
import { inspectDataDir, readPostmasterPidFile } from './leftover-postmaster';
import { DATABASE } from './restore';
import { StartupError } from './startup-error';
import fs from 'node:fs';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  try {
    if (!databaseUrl) {
      const pgDir = path.join(config.dataDir, 'pg');
      if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
        throw new StartupError(`${config.dataDir} 中还没有数据库，无可备份。 There is no database in ${config.dataDir} yet: nothing to back up.`);
      }
      const holder = inspectDataDir(pgDir);
      const port = holder.kind === 'in-use' ? readPostmasterPidFile(pgDir)?.port : null;
      if (port) {
        databaseUrl = embeddedUrl(port, DATABASE); // the running app's server: an online backup
      } else {
        embedded = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort(), persistent: true, notice: console.log });
        databaseUrl = embedded.url(DATABASE);
      }
    }
    const result = await createBackup({ databaseUrl, dataDir: config.dataDir, backupDir: config.backup.dir });
    const removed = pruneBackups(config.backup.dir, config.backup.keepDays);
    console.log(`备份完成 Backup written: ${result.file}`);
    console.log(`  ${(result.bytes / 1024 / 1024).toFixed(1)} MB: ${result.rows} rows in ${result.tables} tables, ${result.files} workbook files`);
    if (removed.length) console.log(`  removed ${removed.length} backups older than ${config.backup.keepDays} days`);
  } finally {
    await embedded?.stop();
  }
}

// explicit exits: the embedded-postgres package's exit hook would otherwise end the process with 0 on 'beforeExit'
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof StartupError ? error.message : `备份失败 Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
