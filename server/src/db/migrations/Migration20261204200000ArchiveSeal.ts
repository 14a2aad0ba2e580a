import { Migration } from '@mikro-orm/migrations';

/**
 * The seal of an archived period (不允许撕毁): at archiving, the project's history chain head (its length and hash)
 * and the count and digest of the period's records are kept in the archive row and printed on the workbook.
 * archived_period_records() recomputes the records' side; the chain's side is checked by change_chain_status()
 * and by the link at the sealed length still carrying the sealed hash.
 */
export class Migration20261204200000ArchiveSeal extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "archived_period"
  add column "seal_chain_length" bigint null,
  add column "seal_chain_hash" text null,
  add column "seal_tickets" int null,
  add column "seal_callbacks" int null,
  add column "seal_records_digest" text null;

-- the records of a period as they are now: tickets received or completed in it, callbacks anchored in it (business days)
create function "archived_period_records"(p_project int, p_from date, p_to date)
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
        and c.anchor_date between p_from and p_to), ''),
      'UTF8')), 'hex')
$$;
`);
  }
}
