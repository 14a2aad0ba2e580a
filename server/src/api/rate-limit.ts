import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';
import { Caller, isTokenCaller } from '../core/caller';

/**
 * Cost-based rate limit, GitHub-style: each caller has a budget of points per fixed window (an hour by default);
 * a request is charged its computed query cost before execution, and refused with HTTP 429 once the budget would
 * be overspent. The counters live in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres, table
 * graphql_rate_limit), so every process of the app spends the same budget — like the login throttle.
 *
 * Budgets (points ≈ objects a query may return, see query-limits.ts): API tokens 100,000/hour (≈ 330 pages of 100
 * callbacks with their tickets), staff sessions 1,000,000/hour (≈ 400 grid pages of 500 rows), anonymous callers
 * 5,000/hour per IP address (login attempts).
 */
export interface RateLimitState {
  resource: string;
  limit: number;
  used: number;
  remaining: number;
  /** epoch seconds when the window resets */
  reset: number;
}

type Budget = 'token' | 'user' | 'ip';

/** Makes the counter of one budget: PostgreSQL in the app, memory in unit tests. */
export type CounterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const TABLE = 'graphql_rate_limit';

/** Counters in the app's PostgreSQL, on the ORM's own pool (knex); the table comes from a migration. */
export function postgresCounters(orm: MikroORM): CounterFactory {
  const storeClient = orm.em.getConnection().getKnex();
  return (options) => new RateLimiterPostgres({ ...options, storeClient, storeType: 'knex', tableName: TABLE, tableCreated: true, clearExpiredByTimeout: true });
}

export class RateLimiter {
  private readonly counters: Record<Budget, RateLimiterAbstract>;

  constructor(private readonly config: RateLimitConfig, counters: CounterFactory, private readonly now: () => number = Date.now) {
    const make = (budget: Budget, points: number) => counters({ keyPrefix: `graphql_${budget}`, points, duration: config.windowSeconds });
    this.counters = { token: make('token', config.tokenPoints), user: make('user', config.sessionPoints), ip: make('ip', config.anonymousPoints) };
  }

  /** one budget per API token, per member of staff (all their sessions together), per IP address otherwise */
  static keyFor(caller: Caller | null, ip: string | undefined): { budget: Budget; key: string } {
    if (!caller) return { budget: 'ip', key: ip ?? 'unknown' };
    return isTokenCaller(caller) ? { budget: 'token', key: String(caller.token.id) } : { budget: 'user', key: String(caller.user.id) };
  }

  limitFor(caller: Caller | null): number {
    if (!caller) return this.config.anonymousPoints;
    return isTokenCaller(caller) ? this.config.tokenPoints : this.config.sessionPoints;
  }

  /**
   * Charges `cost` to the caller's budget; `allowed` is false (and nothing is charged) when it would overspend.
   * The store counts first and checks after (one statement); a refused charge is given back at once, so for that
   * moment a concurrent request of the same caller may see the budget fuller than it is (it is refused, never let
   * through beyond the limit).
   */
  async charge(caller: Caller | null, ip: string | undefined, cost: number): Promise<{ allowed: boolean; state: RateLimitState }> {
    const { budget, key } = RateLimiter.keyFor(caller, ip);
    const counter = this.counters[budget];
    const limit = this.limitFor(caller);
    try {
      return { allowed: true, state: this.state(limit, await counter.consume(key, cost)) };
    } catch (refusal) {
      // a rejection is a RateLimiterRes when the budget is spent, an Error when the store failed
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, state: this.state(limit, await counter.reward(key, cost)) };
    }
  }

  private state(limit: number, res: RateLimiterRes): RateLimitState {
    const used = Math.max(0, res.consumedPoints);
    return { resource: 'graphql', limit, used, remaining: Math.max(0, limit - used), reset: Math.ceil((this.now() + res.msBeforeNext) / 1000) };
  }
}

export function rateLimitHeaders(state: RateLimitState): [string, string][] {
  return [
    ['x-ratelimit-limit', String(state.limit)],
    ['x-ratelimit-remaining', String(state.remaining)],
    ['x-ratelimit-used', String(state.used)],
    ['x-ratelimit-reset', String(state.reset)],
    ['x-ratelimit-resource', state.resource],
  ];
}
