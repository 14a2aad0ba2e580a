import { Migration } from '@mikro-orm/migrations';

/**
 * The GraphQL cost budgets (api/rate-limit.ts), counted in PostgreSQL so that every process of the app spends the same
 * budget (rate-limiter-flexible's RateLimiterPostgres table layout: key, points, expire in ms since the epoch).
 * Counters, not records: they expire with their window, and backups leave them out.
 */
export class Migration20261206100000GraphqlRateLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "graphql_rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }
}
