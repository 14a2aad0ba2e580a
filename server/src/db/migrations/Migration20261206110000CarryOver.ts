import { Migration } from '@mikro-orm/migrations';

/**
 * 跨期 (issue 13, "A rule conflict found in the data"): archiving a period keeps the list of its callbacks still open
 * then (carry-over.rules.ts: planned, window not closed). They stay recordable until done, voided or their window
 * closes, so the seal can no longer digest their whole rows: archived_period_records() now digests the tickets and
 * the callbacks finished at archiving as before, and of a carried-over callback only what never changes (id, serial
 * code, ticket, anchor date, window). Without carried-over callbacks (every period archived before this) the digest
 * is exactly the old one. Late recordings (补录) have their own digest, archived_period_late_records().
 */
export class Migration20261206110000CarryOver extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "archived_period_carry_over" (
  "callback_id" int not null primary key references "callback" ("id"),
  "project_id" int not null,
  "period" varchar(10) not null,
  constraint "archived_period_carry_over_archive_fk" foreign key ("project_id", "period")
    references "archived_period" ("project_id", "period") deferrable initially deferred
);
create index "archived_period_carry_over_project_index" on "archived_period_carry_over" ("project_id", "period");
create trigger "archived_period_carry_over_no_delete" before delete on "archived_period_carry_over" for each row execute function "forbid_delete"();

create or replace function "archived_period_records"(p_project int, p_from date, p_to date)
returns table (tickets int, callbacks int, digest text) language sql stable as $$
  select
    (select count(*)::int from ticket t where t.project_id = p_project
        and ((t.received_at at time zone 'Asia/Shanghai')::date between p_from and p_to
          or (t.completed_at at time zone 'Asia/Shanghai')::date between p_from and p_to)),
    (select count(*)::int from callback c where c.project_id = p_project and c.anchor_date between p_from and p_to),
    encode(sha256(convert_to(
      coalesce((select string_agg(md5(t::text), '' order by t.id) from ticket t where t.project_id = p_project
        and ((t.received_at at time zone 'Asia/Shanghai')::date between p_from and p_to
          or (t.completed_at at time zone 'Asia/Shanghai')::date between p_from and p_to)), '')
      || '|' ||
      coalesce((select string_agg(md5(c::text), '' order by c.id) from callback c where c.project_id = p_project
        and c.anchor_date between p_from and p_to
        and not exists (select 1 from archived_period_carry_over o where o.callback_id = c.id)), '')
      || coalesce('|carried:' || (select string_agg(md5(concat_ws('/', c.id, c.serial_code, c.ticket_id, c.anchor_date, c.window_from, c.window_to)), '' order by c.id)
        from callback c join archived_period_carry_over o on o.callback_id = c.id
        where c.project_id = p_project and c.anchor_date between p_from and p_to), ''),
      'UTF8')), 'hex')
$$;

-- 补录: the carried-over callbacks of a period, those recorded since (done or unreachable), and the digest of their rows
create function "archived_period_late_records"(p_project int, p_from date, p_to date)
returns table (carried int, late int, digest text) language sql stable as $$
  select
    (select count(*)::int from callback c join archived_period_carry_over o on o.callback_id = c.id
      where c.project_id = p_project and c.anchor_date between p_from and p_to),
    (select count(*)::int from callback c join archived_period_carry_over o on o.callback_id = c.id
      where c.project_id = p_project and c.anchor_date between p_from and p_to and c.status in ('DONE', 'UNREACHABLE')),
    encode(sha256(convert_to(coalesce((select string_agg(md5(c::text), '' order by c.id)
      from callback c join archived_period_carry_over o on o.callback_id = c.id
      where c.project_id = p_project and c.anchor_date between p_from and p_to and c.status in ('DONE', 'UNREACHABLE')), ''), 'UTF8')), 'hex')
$$;
`);
  }
}
