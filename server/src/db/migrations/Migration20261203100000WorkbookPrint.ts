import { Migration } from '@mikro-orm/migrations';

/**
 * The printed workbook (issue 13): whether an exported workbook's period was archived when it was exported
 * (未存档 workbooks are drafts, and say so on every page). Old register rows get it from the archive dates:
 * archived when every day of the period lay in a period archived before the export.
 */
export class Migration20261203100000WorkbookPrint extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "workbook_export" add column "archived" boolean null;
-- the register row is never changed by the application (workbook_export_no_change); this backfill is the one exception
alter table "workbook_export" disable trigger "workbook_export_no_change";
update "workbook_export" w set "archived" = not exists (
  select 1
    from generate_series(p."from_date", p."to_date", interval '1 day') as d(day)
   where not exists (
     select 1 from "archived_period" a
      where a."project_id" = w."project_id" and d.day::date between a."from_date" and a."to_date" and a."archived_at" <= w."exported_at"))
  from (select e."id",
               case when e."period" ~ '^[0-9]{4}Q[1-4]$'
                    then make_date(left(e."period", 4)::int, (right(e."period", 1)::int - 1) * 3 + 1, 1)
                    else (e."period" || '-01')::date end as "from_date",
               case when e."period" ~ '^[0-9]{4}Q[1-4]$'
                    then (make_date(left(e."period", 4)::int, (right(e."period", 1)::int - 1) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date
                    else ((e."period" || '-01')::date + interval '1 month' - interval '1 day')::date end as "to_date"
          from "workbook_export" e) p
 where p."id" = w."id";
alter table "workbook_export" enable trigger "workbook_export_no_change";
alter table "workbook_export" alter column "archived" set not null;
`);
  }
}
