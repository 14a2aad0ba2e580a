import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Login throttling, rate-limiter-flexible's documented login pattern ("brute-force protection"), counted in PostgreSQL
 * (table login_failure) so every process of the app counts the same:
 *  - consecutive failures per username + IP: after `consecutiveFails` the pair is blocked for `blockSeconds`; a
 *    successful sign-in resets it, an admin can reset it (unlockLogin);
 *  - failures per IP per day: after `failsPerIpPerDay` the IP is blocked for a day (one address guessing many names).
 * Unknown usernames count exactly like known ones, so the answers tell nobody which names exist.
 */
export interface LoginThrottleConfig {
  consecutiveFails: number;
  blockSeconds: number;
  failsPerIpPerDay: number;
}

const TABLE = 'login_failure';
const BY_USER_AND_IP = 'login_fails_user_ip';
const BY_IP = 'login_fails_ip_day';

export interface Blocked {
  retryAfterSeconds: number;
}

/** ip|username: an address never holds '|', so a username's keys on every address end in |username */
function userKey(username: string, ip: string): string {
  return `${ip}|${username.trim().toLowerCase()}`;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class LoginThrottle {
  private readonly byUserAndIp: RateLimiterPostgres;
  private readonly byIp: RateLimiterPostgres;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: LoginThrottleConfig,
  ) {
    // the ORM's own pool (knex); the table comes from a migration
    const storeClient = orm.em.getConnection().getKnex();
    const common = { storeClient, storeType: 'knex', tableName: TABLE, tableCreated: true, clearExpiredByTimeout: true } as const;
    this.byUserAndIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: BY_USER_AND_IP,
      points: config.consecutiveFails,
      duration: 90 * 86_400, // consecutive: counted until a success (or 90 days)
      blockDuration: config.blockSeconds,
    });
    this.byIp = new RateLimiterPostgres({ ...common, keyPrefix: BY_IP, points: config.failsPerIpPerDay, duration: 86_400, blockDuration: 86_400 });
  }

  private static blocked(res: RateLimiterRes | null, limit: number): Blocked | null {
    if (!res || res.consumedPoints <= limit) return null;
    return { retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }

  /** Before the password is checked: is this username + IP, or this IP, blocked? */
  async check(username: string, ip: string): Promise<Blocked | null> {
    const [pair, address] = await Promise.all([this.byUserAndIp.get(userKey(username, ip)), this.byIp.get(ip)]);
    return LoginThrottle.blocked(address, this.config.failsPerIpPerDay) ?? LoginThrottle.blocked(pair, this.config.consecutiveFails);
  }

  /** A wrong password (or an unknown user): counted on both; blocked now if this failure crossed a limit. */
  async failed(username: string, ip: string): Promise<Blocked | null> {
    const results = await Promise.allSettled([this.byUserAndIp.consume(userKey(username, ip)), this.byIp.consume(ip)]);
    let retryAfterSeconds = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      // a rejection is a RateLimiterRes when the limit was crossed, an Error when the store failed
      if (result.reason instanceof Error) throw result.reason;
      const res = result.reason as RateLimiterRes;
      const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      retryAfterSeconds = Math.max(retryAfterSeconds, seconds);
    }
    return retryAfterSeconds ? { retryAfterSeconds } : null;
  }

  /** Signed in: the consecutive failures of this username + IP start again from zero. */
  async succeeded(username: string, ip: string): Promise<void> {
    await this.byUserAndIp.delete(userKey(username, ip));
  }

  /** Admin: forget this username's failures on every address; returns how many addresses were blocked or counting. */
  async unlock(username: string): Promise<number> {
    const pattern = `${likeEscape(`${BY_USER_AND_IP}:`)}%${likeEscape(`|${username.trim().toLowerCase()}`)}`;
    const rows: { key: string }[] = await this.orm.em.getConnection().execute(`delete from "${TABLE}" where "key" like ? returning "key"`, [pattern]);
    return rows.length;
  }
}

/** Each app keeps its throttle in app.locals (set by createApp); the counters are in PostgreSQL, shared by all processes. */
export function useLoginThrottle(locals: Record<string, unknown>, throttle: LoginThrottle): void {
  locals.loginThrottle = throttle;
}

export function loginThrottle(req: { app: { locals: Record<string, unknown> } }): LoginThrottle {
  const throttle = req.app.locals.loginThrottle;
  if (!(throttle instanceof LoginThrottle)) throw new Error('the login throttle is not configured (createApp sets it)');
  return throttle;
}
