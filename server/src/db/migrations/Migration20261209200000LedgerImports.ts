import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19: importing the existing ledgers. An upload is staged as `ledger_import` with its rows (`ledger_import_row`,
 * the cells as read, and each row's check); writing it marks the tickets and callbacks it makes with `import_source`
 * (the import, file name, SHA-256, row, the original number), so every imported value traces back to its file and
 * row, and the same file imported again writes nothing twice (unique per project, file hash and row).
 */
export class Migration20261209200000LedgerImports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ledger_import" (
      "id" serial primary key,
      "project_id" int not null references "project" ("id"),
      "kind" text not null check ("kind" in ('TICKETS', 'CALLBACKS')),
      "file_name" varchar(200) not null,
      "sha256" char(64) not null,
      "byte_size" int not null,
      "headers" jsonb not null,
      "mapping" jsonb not null,
      "rows_total" int not null default 0,
      "state" text not null default 'STAGED' check ("state" in ('STAGED', 'IMPORTED')),
      "uploaded_by_id" int not null references "app_user" ("id"),
      "uploaded_at" timestamptz not null,
      "imported_by_id" int null references "app_user" ("id"),
      "imported_at" timestamptz null,
      "imported_rows" int null);`);
    this.addSql(`create table "ledger_import_row" (
      "import_id" int not null references "ledger_import" ("id"),
      "row_number" int not null,
      "cells" jsonb not null,
      "status" text null check ("status" in ('VALID', 'INVALID', 'DUPLICATE', 'IMPORTED', 'WRITTEN')),
      "problems" jsonb null,
      primary key ("import_id", "row_number"));`);
    this.addSql(`alter table "ticket" add column "import_source" jsonb null;`);
    this.addSql(`alter table "callback" add column "import_source" jsonb null;`);
    this.addSql(`create unique index "ticket_import_row_unique" on "ticket" ("project_id", ("import_source" ->> 'sha256'), (("import_source" ->> 'row')::int)) where "import_source" is not null;`);
  }
}
