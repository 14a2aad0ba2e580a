import { Migration } from '@mikro-orm/migrations';

/**
 * Failed sign-ins, counted in PostgreSQL so that every process of the app counts the same (rate-limiter-flexible's
 * RateLimiterPostgres table layout: key, points, expire in ms since the epoch). Counters, not records: they expire
 * and are reset on a successful sign-in or by an admin.
 */
export class Migration20261203200000LoginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "login_failure" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }
}
