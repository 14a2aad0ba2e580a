"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261123200000Exports = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * The export register (导出登记): one row per numbered quarterly workbook. A registered workbook is an
 * archive record: its row can be neither changed nor deleted, and its file is kept beside it unchanged.
 */
class Migration20261123200000Exports extends migrations_1.Migration {
    async up() {
        this.addSql(`
create table "workbook_export" (
  "id" serial primary key,
  "project_id" int not null references "project" ("id") on update cascade,
  "period" varchar(10) not null,
  "sequence" int not null,
  "number" varchar(40) not null,
  "exported_by_id" int not null references "app_user" ("id") on update cascade,
  "exported_at" timestamptz not null,
  "row_counts" jsonb not null,
  "file_path" text not null,
  "byte_size" bigint not null,
  "sha256" char(64) not null,
  constraint "workbook_export_number_unique" unique ("number"),
  constraint "workbook_export_project_period_sequence_unique" unique ("project_id", "period", "sequence"),
  constraint "workbook_export_sha256_hex" check ("sha256" ~ '^[0-9a-f]{64}$')
);
create index "workbook_export_project_exported_at_index" on "workbook_export" ("project_id", "exported_at");
create trigger "workbook_export_no_change" before update or delete on "workbook_export" for each row execute function "forbid_delete"();
`);
    }
}
exports.Migration20261123200000Exports = Migration20261123200000Exports;
//# sourceMappingURL=Migration20261123200000Exports.js.map