"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261123100000Statistics = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** 季度统计分析: the quarterly report with its workflow and snapshot, and the indexes the statistics read. */
class Migration20261123100000Statistics extends migrations_1.Migration {
    async up() {
        this.addSql(`
create table "quarterly_report" (
  "id" serial primary key,
  "project_id" int not null references "project" ("id") on update cascade,
  "period" varchar(10) not null,
  "from_date" date not null,
  "to_date" date not null,
  "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'REPORTED')) not null default 'DRAFT',
  "analysis" text null,
  "improvement_measures" text null,
  "figures" jsonb null,
  "created_by_id" int null references "app_user" ("id") on update cascade on delete set null,
  "submitted_by_id" int null references "app_user" ("id") on update cascade on delete set null,
  "submitted_at" timestamptz null,
  "reviewed_by_id" int null references "app_user" ("id") on update cascade on delete set null,
  "reviewed_at" timestamptz null,
  "review_opinion" text null,
  "reported_by_id" int null references "app_user" ("id") on update cascade on delete set null,
  "reported_at" timestamptz null,
  "returned_by_id" int null references "app_user" ("id") on update cascade on delete set null,
  "returned_at" timestamptz null,
  "return_reason" text null,
  "created_at" timestamptz not null,
  "updated_at" timestamptz not null,
  "version" int not null default 1,
  constraint "quarterly_report_project_id_period_unique" unique ("project_id", "period")
);
create trigger "quarterly_report_no_delete" before delete on "quarterly_report" for each row execute function "forbid_delete"();

-- statistics: tickets completed in a period (the kind comes from the row; no kind-first index needed)
create index "ticket_project_id_completed_at_index" on "ticket" ("project_id", "completed_at");
-- repeated complaints and repairs: tickets of one kind received in a period
create index "ticket_project_id_kind_received_at_index" on "ticket" ("project_id", "kind", "received_at");
`);
    }
}
exports.Migration20261123100000Statistics = Migration20261123100000Statistics;
//# sourceMappingURL=Migration20261123100000Statistics.js.map