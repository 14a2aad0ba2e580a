import type { RateLimitConfig } from '../config';
import { Caller, isTokenCaller } from '../core/caller';

/**
 * Cost-based rate limit, GitHub-style: each caller has a budget of points per fixed window (an hour by default);
 * a request is charged its computed query cost before execution, and refused with HTTP 429 once the budget would
 * be overspent. The counters live in this process's memory: with one server process that is exact; with several
 * each has its own budget (document, or move the counters to PostgreSQL/Redis when scaling out).
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

interface Bucket {
  used: number;
  resetAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly config: RateLimitConfig, private readonly now: () => number = Date.now) {}

  /** one bucket per API token, per member of staff (all their sessions together), per IP address otherwise */
  static keyFor(caller: Caller | null, ip: string | undefined): string {
    return caller ? (isTokenCaller(caller) ? `token:${caller.token.id}` : `user:${caller.user.id}`) : `ip:${ip ?? 'unknown'}`;
  }

  limitFor(caller: Caller | null): number {
    if (!caller) return this.config.anonymousPoints;
    return isTokenCaller(caller) ? this.config.tokenPoints : this.config.sessionPoints;
  }

  /** Charges `cost` to the caller's bucket; `allowed` is false (and nothing is charged) when it would overspend. */
  charge(caller: Caller | null, ip: string | undefined, cost: number): { allowed: boolean; state: RateLimitState } {
    const key = RateLimiter.keyFor(caller, ip);
    const limit = this.limitFor(caller);
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { used: 0, resetAt: now + this.config.windowSeconds * 1000 };
      this.buckets.set(key, bucket);
    }
    const allowed = bucket.used + cost <= limit;
    if (allowed) bucket.used += cost;
    if (this.buckets.size > 100_000) this.sweep(now);
    return {
      allowed,
      state: { resource: 'graphql', limit, used: bucket.used, remaining: Math.max(0, limit - bucket.used), reset: Math.ceil(bucket.resetAt / 1000) },
    };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
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
