export interface Config {
    port: number;
    host: string;
    /** when unset, an embedded PostgreSQL is started in dataDir */
    databaseUrl: string | null;
    dataDir: string;
    embeddedPostgresPort: number;
    sessionTtlHours: number;
    seedDemoData: boolean;
    clientDist: string;
    production: boolean;
    logSql: boolean;
    /** query-cost budget per caller and window (GitHub-style points; see graphql/rate-limit.ts) */
    rateLimit: RateLimitConfig;
}
export interface RateLimitConfig {
    windowSeconds: number;
    tokenPoints: number;
    sessionPoints: number;
    anonymousPoints: number;
}
export declare function loadConfig(overrides?: Partial<Config>): Config;
