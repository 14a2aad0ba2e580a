"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261123400000ApiTokens = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** API tokens for other systems; history records which token acted; history cannot be truncated either. */
class Migration20261123400000ApiTokens extends migrations_1.Migration {
    async up() {
        this.addSql(`
create table "api_token" (
  "id" serial primary key,
  "name" varchar(100) not null,
  "token_hash" varchar(64) not null,
  "token_hint" varchar(12) not null,
  "scopes" text[] not null,
  "project_ids" jsonb null,
  "created_by_id" int null references "app_user" ("id"),
  "created_at" timestamptz not null,
  "expires_at" timestamptz null,
  "revoked_at" timestamptz null,
  "revoked_by_id" int null references "app_user" ("id"),
  "last_used_at" timestamptz null,
  "version" int not null default 1
);
alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");
create trigger "api_token_no_delete" before delete on "api_token" for each row execute function "forbid_delete"();

alter table "change_record" add column "changed_by_token_id" int null references "api_token" ("id");

-- 不允许撕毁: the row triggers of the initial migration stop UPDATE and DELETE; TRUNCATE bypasses row triggers
create trigger "change_record_no_truncate" before truncate on "change_record" for each statement execute function "forbid_delete"();
`);
    }
}
exports.Migration20261123400000ApiTokens = Migration20261123400000ApiTokens;
//# sourceMappingURL=Migration20261123400000ApiTokens.js.map