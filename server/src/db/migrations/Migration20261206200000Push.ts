import { Migration } from '@mikro-orm/migrations';

/**
 * Push (issue 15): the outbox of domain events (written in the transaction of the change, dispatched by a job),
 * notifications to the person who must act (one per cause, resolved when the cause goes away), webhooks of other
 * systems and the log of their deliveries. The job queue itself (pg-boss) keeps its own schema `pgboss`.
 */
export class Migration20261206200000Push extends Migration {
  override async up(): Promise<void> {
    // a planned callback's window-closing reminder starts this many days ahead (project setting)
    this.addSql(`alter table "project" add column "reminder_days" int not null default 2 check ("reminder_days" between 0 and 30);`);
    this.addSql(`create table "domain_event" (
      "id" bigserial primary key,
      "type" varchar(40) not null,
      "project_id" int null references "project" ("id"),
      "entity_type" varchar(40) not null,
      "entity_id" int not null,
      "period" varchar(10) null,
      "occurred_at" timestamptz not null default now(),
      "actor_id" int null,
      "dispatched_at" timestamptz null);`);
    this.addSql(`create index "domain_event_undispatched_index" on "domain_event" ("id") where "dispatched_at" is null;`);

    this.addSql(`create table "notification" (
      "id" serial primary key,
      "recipient_id" int not null references "app_user" ("id"),
      "project_id" int null references "project" ("id"),
      "kind" varchar(40) not null,
      "cause_key" varchar(120) not null,
      "target_type" varchar(40) null,
      "target_id" int null,
      "args" jsonb not null default '{}',
      "created_at" timestamptz not null default now(),
      "read_at" timestamptz null,
      "resolved_at" timestamptz null);`);
    // one open notification per person and cause: a sweep that runs again creates no duplicate
    this.addSql(`create unique index "notification_open_cause_index" on "notification" ("recipient_id", "cause_key") where "resolved_at" is null;`);
    this.addSql(`create index "notification_recipient_index" on "notification" ("recipient_id", "id" desc);`);

    this.addSql(`create table "webhook" (
      "id" serial primary key,
      "name" varchar(100) not null,
      "url" varchar(2000) not null,
      "events" text[] not null,
      "project_ids" int[] null,
      "secret" varchar(200) not null,
      "pii_read" boolean not null default false,
      "active" boolean not null default true,
      "created_by_id" int null references "app_user" ("id"),
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" int not null default 1);`);

    this.addSql(`create table "webhook_delivery" (
      "id" serial primary key,
      "webhook_id" int not null references "webhook" ("id"),
      "event_id" bigint null references "domain_event" ("id"),
      "event_type" varchar(40) not null,
      "body" jsonb not null,
      "status" varchar(20) not null default 'PENDING',
      "attempts" int not null default 0,
      "response_status" int null,
      "last_error" varchar(500) null,
      "created_at" timestamptz not null default now(),
      "last_attempt_at" timestamptz null,
      "delivered_at" timestamptz null);`);
    // an event goes once to each hook, however often the dispatch runs
    this.addSql(`create unique index "webhook_delivery_event_index" on "webhook_delivery" ("webhook_id", "event_id") where "event_id" is not null;`);
    this.addSql(`create index "webhook_delivery_webhook_index" on "webhook_delivery" ("webhook_id", "id" desc);`);
  }
}
