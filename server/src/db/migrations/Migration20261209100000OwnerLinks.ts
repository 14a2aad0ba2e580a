import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: the owner answers. `owner_link` keeps one-time links (only the SHA-256 of the secret); a callback gains the
 * owner's verdict on a phone result; 签名确认 gains OWNER_ONLINE (the owner answered the survey link); history records
 * which link made a change (never its secret).
 */
export class Migration20261209100000OwnerLinks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "owner_link" (
      "id" serial primary key,
      "project_id" int not null references "project" ("id"),
      "callback_id" int not null references "callback" ("id"),
      "purpose" text not null check ("purpose" in ('SURVEY', 'CONFIRM')),
      "token_hash" varchar(64) not null unique,
      "created_by_id" int null references "app_user" ("id"),
      "created_by_token_id" int null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "revoked_at" timestamptz null,
      "revoked_by_id" int null references "app_user" ("id"));`);
    this.addSql(`create index "owner_link_callback_id_index" on "owner_link" ("callback_id");`);
    this.addSql(`alter table "callback" add column "owner_verdict" text null check ("owner_verdict" in ('CONFIRMED', 'DISPUTED')),
      add column "owner_verdict_comment" text null, add column "owner_verdict_at" timestamptz null;`);
    this.addSql(`alter table "callback" drop constraint if exists "callback_owner_confirmation_check";`);
    this.addSql(`alter table "callback" add constraint "callback_owner_confirmation_check"
      check ("owner_confirmation" in ('SIGNED', 'CONFIRMED_BY_PHONE', 'REFUSED', 'UNREACHABLE', 'OWNER_ONLINE'));`);
    this.addSql(`alter table "change_record" add column "changed_by_owner_link_id" int null;`);
    // the hash chain covers the link too; rows without one hash exactly as before, so the existing chain still holds
    this.addSql(`create or replace function "change_record_content"(r "change_record") returns bytea language sql immutable as $$
  select sha256(convert_to(case when r.changed_by_owner_link_id is null then json_build_array(
    r.entity_type, r.entity_id, r.project_id, r.action, r.field, r.old_value, r.new_value,
    r.changed_by_id, r.changed_by_token_id, to_char(r.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
  )::text else json_build_array(
    r.entity_type, r.entity_id, r.project_id, r.action, r.field, r.old_value, r.new_value,
    r.changed_by_id, r.changed_by_token_id, to_char(r.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    r.changed_by_owner_link_id
  )::text end, 'UTF8'))
$$;`);
  }
}
