import type { RateLimitConfig } from '../config';
import { Caller } from './context';
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
export declare class RateLimiter {
    private readonly config;
    private readonly now;
    private readonly buckets;
    constructor(config: RateLimitConfig, now?: () => number);
    /** one bucket per API token, per member of staff (all their sessions together), per IP address otherwise */
    static keyFor(caller: Caller | null, ip: string | undefined): string;
    limitFor(caller: Caller | null): number;
    /** Charges `cost` to the caller's bucket; `allowed` is false (and nothing is charged) when it would overspend. */
    charge(caller: Caller | null, ip: string | undefined, cost: number): {
        allowed: boolean;
        state: RateLimitState;
    };
    private sweep;
}
export declare function rateLimitHeaders(state: RateLimitState): [string, string][];
