"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261122000000Initial = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** The first schema: projects, staff, owners, tickets, callbacks, policies, history, counters. */
class Migration20261122000000Initial extends migrations_1.Migration {
    async up() {
        this.addSql(`
create table "change_record" ("id" bigserial primary key, "entity_type" varchar(40) not null, "entity_id" int not null, "project_id" int null, "action" varchar(10) not null, "field" varchar(60) null, "old_value" jsonb null, "new_value" jsonb null, "changed_by_id" int null, "changed_at" timestamptz not null);
create index "change_record_entity_type_entity_id_index" on "change_record" ("entity_type", "entity_id");

create table "project" ("id" serial primary key, "code" varchar(8) not null, "name" varchar(100) not null, "company_name" varchar(100) not null, "statistics_period" text check ("statistics_period" in ('QUARTER', 'MONTH')) not null default 'QUARTER', "min_gap_days" int not null default 30, "max_attempts" int not null default 3, "correction_hours" int not null default 24, "retention_years" int not null default 2, "created_at" timestamptz not null);
alter table "project" add constraint "project_code_unique" unique ("code");

create table "owner" ("id" serial primary key, "project_id" int not null, "name" varchar(50) not null, "unit" varchar(30) not null, "phone" varchar(30) null);
alter table "owner" add constraint "owner_project_id_unit_name_unique" unique ("project_id", "unit", "name");

create table "department" ("id" serial primary key, "project_id" int not null, "name" varchar(50) not null);
alter table "department" add constraint "department_project_id_name_unique" unique ("project_id", "name");

create table "callback_policy" ("id" serial primary key, "project_id" int not null, "kind" text check ("kind" in ('COMPLAINT', 'REPAIR', 'SPECIAL_SERVICE', 'HELP', 'EMERGENCY', 'ACTIVITY', 'OTHER')) not null, "severity" text check ("severity" in ('MAJOR', 'GENERAL')) null, "stages" jsonb not null, "preset" varchar(30) null, "updated_at" timestamptz not null, "version" int not null default 1);

create table "app_user" ("id" serial primary key, "username" varchar(50) not null, "display_name" varchar(50) not null, "password_hash" varchar(100) not null, "role" text check ("role" in ('CLERK', 'SUPERVISOR', 'DEPARTMENT_SUPERVISOR', 'PROJECT_MANAGER', 'AUDITOR', 'ADMIN')) not null, "department_id" int null, "active" boolean not null default true, "created_at" timestamptz not null);
alter table "app_user" add constraint "app_user_username_unique" unique ("username");

create table "ticket" ("id" serial primary key, "project_id" int not null, "number" varchar(40) not null, "kind" text check ("kind" in ('COMPLAINT', 'REPAIR', 'SPECIAL_SERVICE', 'HELP', 'EMERGENCY', 'ACTIVITY', 'OTHER')) not null, "severity" text check ("severity" in ('MAJOR', 'GENERAL')) null, "owner_id" int not null, "owner_name" varchar(50) not null, "unit" varchar(30) not null, "phone" varchar(30) null, "channel" text check ("channel" in ('PHONE', 'VISIT', 'LETTER', 'FAX', 'ONLINE')) not null, "received_at" timestamptz not null, "department_id" int null, "category" varchar(50) null, "summary" text not null, "handler" varchar(50) null, "handling_result" text null, "started_at" timestamptz null, "completed_at" timestamptz null, "contract_start" date null, "contract_end" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'CLOSED', 'VOIDED')) not null default 'OPEN', "void_reason" text null, "voided_at" timestamptz null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);
alter table "ticket" add constraint "ticket_number_unique" unique ("number");
create index "ticket_project_id_received_at_index" on "ticket" ("project_id", "received_at");
create index "ticket_project_id_kind_completed_at_index" on "ticket" ("project_id", "kind", "completed_at");

create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);
alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");

create table "callback" ("id" serial primary key, "project_id" int not null, "serial_code" varchar(30) not null, "serial_year" int not null, "serial_number" int not null, "ticket_id" int not null, "stage_index" int null, "purpose" text check ("purpose" in ('REGULAR', 'SPOT_CHECK', 'MANUAL')) not null default 'REGULAR', "anchor" text check ("anchor" in ('RECEIVED', 'STARTED', 'COMPLETED', 'CONTRACT_MIDPOINT', 'CONTRACT_END')) not null default 'COMPLETED', "anchor_date" date not null, "window_from" date not null, "window_to" date not null, "assignee_id" int null, "co_assignee_id" int null, "methods" text[] not null, "performed_at" timestamptz null, "visitors" varchar(100) null, "quality_evaluation" text null, "service_evaluation" text null, "satisfaction" text check ("satisfaction" in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'VERY_UNSATISFIED')) null, "satisfaction_score" smallint null, "shortcomings" text null, "suggestions" text null, "result" text check ("result" in ('QUALIFIED', 'UNQUALIFIED')) null, "owner_confirmation" text check ("owner_confirmation" in ('SIGNED', 'CONFIRMED_BY_PHONE', 'REFUSED', 'UNREACHABLE')) null, "recorded_at" timestamptz null, "recorded_by_id" int null, "handler_at_recording" varchar(50) null, "department_at_recording" varchar(50) null, "reviewed_by_id" int null, "reviewed_at" timestamptz null, "review_opinion" text null, "escalated_at" timestamptz null, "escalated_to_id" int null, "handling_opinion" text null, "handling_by_id" int null, "handling_at" timestamptz null, "follow_up" text null, "closed_at" timestamptz null, "status" text check ("status" in ('PLANNED', 'DONE', 'REVIEWED', 'ESCALATED', 'CLOSED', 'UNREACHABLE', 'VOIDED')) not null default 'PLANNED', "void_reason" text null, "voided_at" timestamptz null, "attempt_count" int not null default 0, "next_attempt_at" timestamptz null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);
alter table "callback" add constraint "callback_serial_code_unique" unique ("serial_code");
create index "callback_ticket_id_index" on "callback" ("ticket_id");
create index "callback_assignee_id_status_index" on "callback" ("assignee_id", "status");
create index "callback_project_id_status_window_to_index" on "callback" ("project_id", "status", "window_to");
create index "callback_project_id_anchor_date_index" on "callback" ("project_id", "anchor_date");
alter table "callback" add constraint "callback_project_id_serial_year_serial_number_unique" unique ("project_id", "serial_year", "serial_number");

create table "callback_attempt" ("id" serial primary key, "callback_id" int not null, "attempted_at" timestamptz not null, "attempted_by_id" int null, "outcome" text check ("outcome" in ('NO_ANSWER', 'CALL_LATER', 'WRONG_NUMBER', 'BUSY')) not null, "note" text null, "next_attempt_at" timestamptz null);
create index "callback_attempt_callback_id_index" on "callback_attempt" ("callback_id");

create table "user_project" ("user_id" int not null, "project_id" int not null, constraint "user_project_pkey" primary key ("user_id", "project_id"));

alter table "owner" add constraint "owner_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;

alter table "department" add constraint "department_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;

alter table "callback_policy" add constraint "callback_policy_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;

alter table "app_user" add constraint "app_user_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;

alter table "ticket" add constraint "ticket_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;
alter table "ticket" add constraint "ticket_owner_id_foreign" foreign key ("owner_id") references "owner" ("id") on update cascade;
alter table "ticket" add constraint "ticket_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;
alter table "ticket" add constraint "ticket_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;

alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;

alter table "callback" add constraint "callback_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;
alter table "callback" add constraint "callback_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;
alter table "callback" add constraint "callback_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_co_assignee_id_foreign" foreign key ("co_assignee_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_escalated_to_id_foreign" foreign key ("escalated_to_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_handling_by_id_foreign" foreign key ("handling_by_id") references "app_user" ("id") on update cascade on delete set null;
alter table "callback" add constraint "callback_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;

alter table "callback_attempt" add constraint "callback_attempt_callback_id_foreign" foreign key ("callback_id") references "callback" ("id") on update cascade;
alter table "callback_attempt" add constraint "callback_attempt_attempted_by_id_foreign" foreign key ("attempted_by_id") references "app_user" ("id") on update cascade on delete set null;

alter table "user_project" add constraint "user_project_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;
alter table "user_project" add constraint "user_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;

-- one policy per project, kind and complaint severity
create unique index "callback_policy_project_kind_severity_unique" on "callback_policy" ("project_id", "kind", "severity") nulls not distinct;

-- gapless numbering: one row per project, scope and period, incremented in the creating transaction
-- (the row lock serialises concurrent creators; a rollback takes the number back)
create table "code_counter" ("project_id" int not null references "project" ("id"), "scope" varchar(20) not null, "period" varchar(10) not null, "value" int not null, primary key ("project_id", "scope", "period"));

-- systematic sampling: completed and selected so far per project, kind, stage and period
create table "sampling_tally" ("project_id" int not null references "project" ("id"), "kind" text not null, "severity" text not null default '', "stage_index" int not null, "period" varchar(10) not null, "completed" int not null default 0, "selected" int not null default 0, primary key ("project_id", "kind", "severity", "stage_index", "period"));

-- the grid's default order and the period filter
create index "callback_project_id_serial_code_index" on "callback" ("project_id", "serial_code");
create index "ticket_owner_id_index" on "ticket" ("owner_id");
create index "ticket_project_id_number_index" on "ticket" ("project_id", "number");
create index "session_user_id_index" on "session" ("user_id");

-- 不允许撕毁: nothing is ever deleted, and history is never edited
create function "forbid_delete"() returns trigger language plpgsql as $$
begin
  raise exception 'records are never deleted (%.%)', TG_TABLE_NAME, TG_OP using errcode = 'P0001';
end $$;
create trigger "project_no_delete" before delete on "project" for each row execute function "forbid_delete"();
create trigger "ticket_no_delete" before delete on "ticket" for each row execute function "forbid_delete"();
create trigger "callback_no_delete" before delete on "callback" for each row execute function "forbid_delete"();
create trigger "callback_attempt_no_delete" before delete on "callback_attempt" for each row execute function "forbid_delete"();
create trigger "callback_policy_no_delete" before delete on "callback_policy" for each row execute function "forbid_delete"();
create trigger "app_user_no_delete" before delete on "app_user" for each row execute function "forbid_delete"();
create trigger "change_record_no_change" before update or delete on "change_record" for each row execute function "forbid_delete"();
-- 存档: after archiving, every record of the period is read-only
create table "archived_period" ("project_id" int not null references "project" ("id"), "period" varchar(10) not null, "from_date" date not null, "to_date" date not null, "archived_at" timestamptz not null default now(), "archived_by_id" int null references "app_user" ("id"), primary key ("project_id", "period"));
create trigger "archived_period_no_delete" before delete on "archived_period" for each row execute function "forbid_delete"();
create trigger "code_counter_no_delete" before delete on "code_counter" for each row execute function "forbid_delete"();

`);
    }
}
exports.Migration20261122000000Initial = Migration20261122000000Initial;
//# sourceMappingURL=Migration20261122000000Initial.js.map