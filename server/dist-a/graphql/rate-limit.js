"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimiter = void 0;
exports.rateLimitHeaders = rateLimitHeaders;
const context_1 = require("./context");
class RateLimiter {
    constructor(config, now = Date.now) {
        this.config = config;
        this.now = now;
        this.buckets = new Map();
    }
    /** one bucket per API token, per member of staff (all their sessions together), per IP address otherwise */
    static keyFor(caller, ip) {
        return caller ? ((0, context_1.isTokenCaller)(caller) ? `token:${caller.token.id}` : `user:${caller.user.id}`) : `ip:${ip ?? 'unknown'}`;
    }
    limitFor(caller) {
        if (!caller)
            return this.config.anonymousPoints;
        return (0, context_1.isTokenCaller)(caller) ? this.config.tokenPoints : this.config.sessionPoints;
    }
    /** Charges `cost` to the caller's bucket; `allowed` is false (and nothing is charged) when it would overspend. */
    charge(caller, ip, cost) {
        const key = RateLimiter.keyFor(caller, ip);
        const limit = this.limitFor(caller);
        const now = this.now();
        let bucket = this.buckets.get(key);
        if (!bucket || bucket.resetAt <= now) {
            bucket = { used: 0, resetAt: now + this.config.windowSeconds * 1000 };
            this.buckets.set(key, bucket);
        }
        const allowed = bucket.used + cost <= limit;
        if (allowed)
            bucket.used += cost;
        if (this.buckets.size > 100_000)
            this.sweep(now);
        return {
            allowed,
            state: { resource: 'graphql', limit, used: bucket.used, remaining: Math.max(0, limit - bucket.used), reset: Math.ceil(bucket.resetAt / 1000) },
        };
    }
    sweep(now) {
        for (const [key, bucket] of this.buckets)
            if (bucket.resetAt <= now)
                this.buckets.delete(key);
    }
}
exports.RateLimiter = RateLimiter;
function rateLimitHeaders(state) {
    return [
        ['x-ratelimit-limit', String(state.limit)],
        ['x-ratelimit-remaining', String(state.remaining)],
        ['x-ratelimit-used', String(state.used)],
        ['x-ratelimit-reset', String(state.reset)],
        ['x-ratelimit-resource', state.resource],
    ];
}
//# sourceMappingURL=rate-limit.js.map