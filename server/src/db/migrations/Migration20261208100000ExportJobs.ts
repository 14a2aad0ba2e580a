import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20: exports as jobs. A queued export takes its workbook number at once, in its own committed transaction,
 * and keeps it: the job row is the number's place in the register until the workbook is registered (DONE, with
 * `workbook_id`) or the job has FAILED (the number is never reused). `heartbeat_at` is touched while it runs, so
 * another process can tell a job whose process died from a long one.
 */
export class Migration20261208100000ExportJobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "workbook_export_job" (
      "id" serial primary key,
      "project_id" int not null references "project" ("id"),
      "period" varchar(10) not null,
      "sequence" int not null,
      "number" varchar(40) not null unique,
      "state" varchar(10) not null default 'QUEUED' check ("state" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      "requested_by_id" int not null references "app_user" ("id"),
      "requested_at" timestamptz not null,
      "started_at" timestamptz null,
      "finished_at" timestamptz null,
      "heartbeat_at" timestamptz null,
      "runner" varchar(80) null,
      "attempts" int not null default 0,
      "rows_written" int not null default 0,
      "rows_total" int null,
      "error" varchar(500) null,
      "workbook_id" int null unique references "workbook_export" ("id"),
      unique ("project_id", "period", "sequence"));`);
    this.addSql(`create index "workbook_export_job_open_index" on "workbook_export_job" ("state") where "state" in ('QUEUED', 'RUNNING');`);
  }
}
