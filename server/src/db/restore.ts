import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as tar from 'tar';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifest } from './backup';
import { ensureWritableDir } from './data-dir-access';
import { freePort, startEmbeddedPostgres, EmbeddedDatabase } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';
import { clearLeftoverPostmaster, inspectDataDir } from './leftover-postmaster';
import { migrationsList } from './migrations';
import { ormOptions } from './orm';
import { StartupError } from './startup-error';

export const DATABASE = 'callbacks';

export interface RestoreResult {
  createdAt: string;
  rows: number;
  tables: number;
  files: number;
  /** the history chains after the restore, each checked by change_chain_status() (empty before that migration) */
  chains: { chain: number; length: number; broken: boolean }[];
  /** where the data that was there before went (--force); nothing is deleted */
  setAside: string[];
}

function hasFiles(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile());
  } catch {
    return false;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
}

/** Unpacks the backup into a staging directory and checks that this app can restore it. */
async function unpack(file: string, staging: string): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new StartupError(`找不到备份文件 ${file}。 The backup file ${file} does not exist.`);
  try {
    await tar.extract({ file, cwd: staging, strict: true, preservePaths: false });
  } catch (error) {
    throw new StartupError(`${file} 不是可读的备份文件。 ${file} is not a readable backup (${(error as Error).message}).`);
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch {
    throw new StartupError(`${file} 不是本系统的备份（没有 manifest.json）。 ${file} is not a backup of this app (no manifest.json).`);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new StartupError(`${file} 不是本版本可恢复的备份。 ${file} is not a backup this version of the app can restore (format ${manifest.format} ${manifest.formatVersion}).`);
  }
  const known = new Set(migrationsList.map((m) => m.name));
  const unknown = manifest.migrations.find((name) => !known.has(name));
  if (unknown) {
    throw new StartupError(
      `该备份来自更新的版本（数据库迁移 ${unknown} 未知），请先升级本程序。 The backup was made by a newer version of the app (migration ${unknown} is unknown here): update the app first.`,
    );
  }
  for (const table of manifest.tables) {
    if (!/^data\/[a-z_][a-z0-9_]*\.copy$/.test(table.file) || !fs.existsSync(path.join(staging, table.file))) {
      throw new StartupError(`备份不完整：缺少 ${table.file}。 The backup is incomplete: ${table.file} is missing.`);
    }
  }
  return manifest;
}

/** Schema up to the backup's migrations, the rows (triggers and foreign keys held back, as pg_restore does), sequences, then the newer migrations. */
async function load(databaseUrl: string, staging: string, manifest: BackupManifest): Promise<RestoreResult['chains']> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, { pool: { min: 0, max: 2 } }));
  try {
    const migrator = orm.getMigrator();
    // exactly the backup's migrations first (the rows fit that schema), the newer ones after the rows are in
    if (manifest.migrations.length) await migrator.up({ migrations: manifest.migrations });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      // the rows are loaded as they were: no trigger recomputes a hash chain or refuses a write, no foreign key is
      // checked row by row (the snapshot was consistent); needs a superuser, as the embedded server's user is
      await client.query('set local session_replication_role = replica');
      for (const table of manifest.tables) {
        const present = await client.query<{ n: string }>(`select count(*)::text as n from ${quoteIdent(table.name)}`).catch(() => null);
        if (!present) throw new StartupError(`备份中的表 ${table.name} 在此版本中不存在。 The backup's table ${table.name} does not exist in this version's schema.`);
        if (present.rows[0].n !== '0') throw new StartupError(`目标数据库的表 ${table.name} 不是空的。 The target database's table ${table.name} is not empty.`);
        const stream = client.query(copyFrom(`copy ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) from stdin`));
        await pipeline(fs.createReadStream(path.join(staging, table.file)), stream);
        if (Number(stream.rowCount) !== table.rows) {
          throw new StartupError(`表 ${table.name} 恢复了 ${stream.rowCount} 行，备份中有 ${table.rows} 行。 Table ${table.name}: ${stream.rowCount} rows restored, the backup has ${table.rows}.`);
        }
      }
      for (const sequence of manifest.sequences) {
        await client.query('select setval($1::regclass, $2::bigint, $3)', [quoteIdent(sequence.name), sequence.lastValue, sequence.isCalled]);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
    await migrator.up();
    const connection = orm.em.getConnection();
    const hasChain = (await connection.execute(`select 1 from pg_proc where proname = 'change_chain_status'`)).length > 0;
    if (!hasChain) return [];
    const chains: { chain_project: number }[] = await connection.execute('select distinct chain_project from change_record order by 1');
    const result: RestoreResult['chains'] = [];
    for (const { chain_project: chain } of chains) {
      const [status] = await connection.execute('select length, broken_seq from change_chain_status(?)', [chain]);
      result.push({ chain, length: Number(status.length), broken: status.broken_seq !== null });
    }
    return result;
  } finally {
    await orm.close();
  }
}

/**
 * Restores a backup into an empty data directory (embedded PostgreSQL) or an empty database (databaseUrl). With force,
 * what DATA_DIR held is moved aside first (pg → pg.before-restore-<time>, exports likewise); nothing is deleted, and a
 * restore that fails leaves DATA_DIR as it was.
 */
export async function restoreBackup(options: {
  file: string;
  dataDir: string;
  force: boolean;
  databaseUrl: string | null;
  log?: (message: string) => void;
  now?: Date;
}): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const exportsDir = path.join(dataDir, 'exports');
  ensureWritableDir(dataDir);

  // what is there now: a running server is never restored over; data is set aside only when told (--force)
  if (!options.databaseUrl) {
    const holder = inspectDataDir(pgDir);
    if (holder.kind === 'in-use' || holder.kind === 'foreign') {
      throw new StartupError(
        `数据目录 ${dataDir} 正在被 PostgreSQL 使用 (pid ${holder.kind === 'in-use' ? holder.appPid : holder.pid})，请先停止应用。 The data directory ${dataDir} is in use (pid ${holder.kind === 'in-use' ? holder.appPid : holder.pid}): stop the app before restoring.`,
      );
    }
  }
  const occupied = [...(!options.databaseUrl && fs.existsSync(path.join(pgDir, 'PG_VERSION')) ? ['数据库 database'] : []), ...(hasFiles(exportsDir) ? ['工作簿 workbooks'] : [])];
  if (occupied.length && !options.force) {
    throw new StartupError(
      `数据目录 ${dataDir} 已有数据（${occupied.join('、')}），只能恢复到空的数据目录；另设 DATA_DIR，或加 --force 把现有数据移到一旁（不删除）。 ` +
        `The data directory ${dataDir} already holds data (${occupied.map((o) => o.split(' ')[1]).join(', ')}): restore into an empty one (set DATA_DIR), or add --force to move the present data aside (nothing is deleted).`,
    );
  }
  if (options.databaseUrl) {
    const client = new Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const tables = await client.query(`select 1 from information_schema.tables where table_schema = 'public' limit 1`);
      if (tables.rowCount) {
        throw new StartupError('DATABASE_URL 指向的数据库不是空的；请恢复到一个新建的空数据库。 The database at DATABASE_URL is not empty: restore into a new, empty database (a restore never drops anything on your server).');
      }
    } finally {
      await client.end();
    }
  }

  const staging = fs.mkdtempSync(path.join(dataDir, '.restore-'));
  const newCluster = `${pgDir}.restoring-${stamp(now)}`;
  let embedded: EmbeddedDatabase | null = null;
  try {
    const manifest = await unpack(options.file, staging);
    log(`Restoring the backup of ${manifest.createdAt} (${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows, ${manifest.files.length} workbooks) …`);
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: newCluster, port: await freePort(), persistent: true });
      await ensureDatabase(embedded.url('postgres'), DATABASE);
      databaseUrl = embedded.url(DATABASE);
    }
    const chains = await load(databaseUrl, staging, manifest);
    if (embedded) {
      await embedded.stop();
      embedded = null;
    }

    // only now is the present data moved aside and the restored data put in its place
    const setAside: string[] = [];
    const moveAside = (dir: string) => {
      if (!fs.existsSync(dir)) return;
      const aside = `${dir}.before-restore-${stamp(now)}`;
      fs.renameSync(dir, aside);
      setAside.push(aside);
    };
    if (!options.databaseUrl) {
      if (fs.existsSync(pgDir)) await clearLeftoverPostmaster(pgDir, log);
      moveAside(pgDir);
      fs.renameSync(newCluster, pgDir);
    }
    moveAside(exportsDir);
    const restoredExports = path.join(staging, 'files', 'exports');
    if (fs.existsSync(restoredExports)) fs.renameSync(restoredExports, exportsDir);
    return {
      createdAt: manifest.createdAt,
      rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
      tables: manifest.tables.length,
      files: manifest.files.length,
      chains,
      setAside,
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    // the half-made cluster is ours (made by this restore); the data directory stays as it was
    fs.rmSync(newCluster, { recursive: true, force: true });
    fs.rmSync(`${newCluster}.owner`, { force: true });
    throw error;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
