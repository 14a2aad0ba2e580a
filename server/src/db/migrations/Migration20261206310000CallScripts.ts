import { Migration } from '@mikro-orm/migrations';

/**
 * 规范用语 per project and ticket kind (issue 14 item 7): a row only once an administrator changed a kind's script;
 * until then the project uses the standard wording of the procedures. Never deleted.
 */
export class Migration20261206310000CallScripts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "call_script" (
  "id" serial primary key,
  "project_id" int not null references "project" ("id"),
  "kind" text not null,
  "greeting" text not null,
  "questions" text not null,
  "closing" text not null,
  "busy_reply" text not null,
  "updated_at" timestamptz not null,
  "updated_by_id" int null references "app_user" ("id"),
  "version" int not null default 1
);
alter table "call_script" add constraint "call_script_project_id_kind_unique" unique ("project_id", "kind");
create trigger "call_script_no_delete" before delete on "call_script" for each row execute function "forbid_delete"();
`);
  }
}
