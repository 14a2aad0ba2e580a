import os from 'node:os';
import path from 'node:path';

// Every setting, read once from the environment and validated.
export interface Config {
  port: number;
  host: string;
  /** when unset, an embedded PostgreSQL is started in dataDir */
  databaseUrl: string | null;
  dataDir: string;
  /** EXPORT_STORAGE: exported workbooks as files under DATA_DIR (default) or in PostgreSQL (every process sends every one) */
  exportStorage: 'files' | 'postgres';
  embeddedPostgresPort: number;
  sessionTtlHours: number;
  seedDemoData: boolean;
  clientDist: string;
  production: boolean;
  logSql: boolean;
  /** query-cost budget per caller and window (GitHub-style points; see api/rate-limit.ts) */
  rateLimit: RateLimitConfig;
  backup: BackupConfig;
  /** express 'trust proxy': which proxy's X-Forwarded-* headers are believed; null: none */
  trustProxy: string | number | null;
  /** the job queue (pg-boss, jobs/job-queue.ts): run its workers in this process (default) or only in `npm run worker` */
  jobs: { inProcess: boolean; reminderCron: string };
  /** WORKERS: HTTP processes sharing the port (node:cluster); 1 = this process serves HTTP itself */
  workers: number;
  /** webhooks (modules/webhooks): private/loopback targets allowed (off: SSRF guard), and the delivery timeout */
  webhooks: { allowPrivateTargets: boolean; timeoutMs: number; retryLimit: number; retryDelaySeconds: number };
  /** failed sign-ins (modules/users/login-throttle.ts) */
  loginThrottle: { consecutiveFails: number; blockSeconds: number; failsPerIpPerDay: number };
  /**
   * the owner's public pages (owner-links): PUBLIC_URL is the address owners reach the app at (the links in SMS and QR
   * codes; default: the address the request came to), and the requests per IP and per link in each window
   */
  ownerLinks: { publicUrl: string | null; perIpPoints: number; perLinkPoints: number; windowSeconds: number };
}

export interface BackupConfig {
  /** where backups are written (default DATA_DIR/backups) */
  dir: string;
  /** backups older than this are removed after each backup (never the newest) */
  keepDays: number;
  /** local time of the daily backup while the app runs; null: no scheduled backups */
  dailyAt: { hour: number; minute: number } | null;
  /** after a start, when the last backup is over a day old: wait this long, then back up */
  startDelaySeconds: number;
}

export interface RateLimitConfig {
  windowSeconds: number;
  tokenPoints: number;
  sessionPoints: number;
  anonymousPoints: number;
}

/** PUBLIC_URL: an http(s) origin (and optional path) without a trailing slash. */
function publicUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) throw new Error(`PUBLIC_URL must be an http:// or https:// address, got "${raw}"`);
  return value.replace(/\/+$/, '');
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function exportStorage(raw: string | undefined): 'files' | 'postgres' {
  const value = raw?.trim().toLowerCase() || 'files';
  if (value !== 'files' && value !== 'postgres') throw new Error(`EXPORT_STORAGE must be files or postgres, got "${raw}"`);
  return value;
}

/** WORKERS: a whole number from 1 to 64, or `auto` for one process per core (os.availableParallelism). */
export function workerCount(raw: string | undefined, cores = os.availableParallelism()): number {
  const value = raw?.trim().toLowerCase();
  if (!value) return 1;
  if (value === 'auto') return Math.max(1, cores);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WORKERS must be a whole number from 1 to 64 or "auto", got "${raw}"`);
  return n;
}

/** "HH:MM" (24 h) → hour and minute, or null for "off"; anything else is refused. */
export function parseDailyAt(value: string): { hour: number; minute: number } | null {
  if (/^(off|none|false|0)$/i.test(value.trim())) return null;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) throw new Error(`BACKUP_DAILY_AT must be a time like 02:30 or "off", got "${value}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/**
 * TRUST_PROXY names the reverse proxy whose X-Forwarded-For/-Proto are believed: addresses or CIDR ranges
 * (comma-separated), express's names loopback / linklocal / uniquelocal, or a number of proxy hops. Unset: none.
 * "true" (believe anyone) is refused: it would let every client choose its address and scheme.
 */
export function trustProxy(raw: string | undefined): string | number | null {
  const value = raw?.trim();
  if (!value || /^(false|0|no|off)$/i.test(value)) return null;
  if (/^\d+$/.test(value)) return Number(value);
  if (/^(true|yes|\*)$/i.test(value)) throw new Error('TRUST_PROXY must name the proxy (an address, a CIDR range, loopback, or a hop count), not "true"');
  const parts = value.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(p))) {
    throw new Error(`TRUST_PROXY must be addresses, CIDR ranges, loopback/linklocal/uniquelocal or a hop count, got "${value}"`);
  }
  return parts.join(',');
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const root = path.resolve(__dirname, '..', '..');
  const databaseUrl = process.env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL');
  }
  const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
  return {
    port: integer('PORT', 4000, 0, 65535),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    sessionTtlHours: integer('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    seedDemoData: flag('SEED_DEMO_DATA', true),
    clientDist: path.resolve(root, 'client', 'dist'),
    production: process.env.NODE_ENV === 'production',
    logSql: flag('LOG_SQL', false),
    rateLimit: {
      windowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 3600, 1, 86_400),
      tokenPoints: integer('RATE_LIMIT_TOKEN_POINTS', 100_000, 1, 1e9),
      sessionPoints: integer('RATE_LIMIT_SESSION_POINTS', 1_000_000, 1, 1e9),
      anonymousPoints: integer('RATE_LIMIT_ANONYMOUS_POINTS', 5_000, 1, 1e9),
    },
    trustProxy: trustProxy(process.env.TRUST_PROXY),
    jobs: { inProcess: flag('JOBS_IN_PROCESS', true), reminderCron: process.env.REMINDER_CRON?.trim() || '*/5 * * * *' },
    workers: workerCount(process.env.WORKERS),
    exportStorage: exportStorage(process.env.EXPORT_STORAGE),
    webhooks: {
      allowPrivateTargets: flag('WEBHOOK_ALLOW_PRIVATE_TARGETS', false),
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      // retries after the first attempt, with exponential backoff from the delay: 5, 10, 20, 40, 80, 160 s by default
      retryLimit: integer('WEBHOOK_RETRY_LIMIT', 6, 0, 20),
      retryDelaySeconds: integer('WEBHOOK_RETRY_DELAY_SECONDS', 5, 1, 3600),
    },
    loginThrottle: {
      consecutiveFails: integer('LOGIN_MAX_CONSECUTIVE_FAILS', 10, 1, 1000),
      blockSeconds: integer('LOGIN_BLOCK_SECONDS', 3600, 1, 30 * 86_400),
      failsPerIpPerDay: integer('LOGIN_MAX_FAILS_PER_IP_PER_DAY', 100, 1, 100_000),
    },
    ownerLinks: {
      publicUrl: publicUrl(process.env.PUBLIC_URL),
      perIpPoints: integer('OWNER_LINK_IP_LIMIT', 60, 1, 100_000),
      perLinkPoints: integer('OWNER_LINK_LIMIT', 20, 1, 10_000),
      windowSeconds: integer('OWNER_LINK_WINDOW_SECONDS', 600, 1, 86_400),
    },
    backup: {
      dir: path.resolve(root, process.env.BACKUP_DIR || path.join(dataDir, 'backups')),
      keepDays: integer('BACKUP_KEEP_DAYS', 14, 1, 3650),
      dailyAt: parseDailyAt(process.env.BACKUP_DAILY_AT || '02:30'),
      startDelaySeconds: integer('BACKUP_START_DELAY_SECONDS', 300, 0, 86_400),
    },
    ...overrides,
  };
}
