import { Migration } from '@mikro-orm/migrations';

/**
 * change_records_append(rows) set-based: the same links and hashes as the row-by-row loop of …ChainHead, in one
 * INSERT … SELECT. The chain heads a batch touches are locked first (in key order, so two batches never deadlock);
 * each row's number is its head's number plus its place in the batch, and its hash folds the batch's contents onto the
 * head's hash in file order (the window aggregate chain_fold: sha256(previous || content)); the heads move once.
 * Ids come from the table's sequence and are handed out in the batch's order, so id order and chain order agree.
 */
export class Migration20261210400000BulkChainAppend extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "change_chain_fold_step"(state bytea, content bytea, head bytea) returns bytea
      language sql immutable as $$ select sha256(coalesce(state, head) || content) $$;`);
    this.addSql(`create aggregate "change_chain_fold"(bytea, bytea) (sfunc = "change_chain_fold_step", stype = bytea);`);
    this.addSql(`create or replace function "change_records_append"(p_rows jsonb) returns void language plpgsql as $$
declare
  n int := jsonb_array_length(p_rows);
  ids bigint[];
  at timestamptz := now();
begin
  if n = 0 then return; end if;
  perform set_config('hf.bulk_chain', 'on', true);
  select array_agg(v order by v) into ids
    from (select nextval(pg_get_serial_sequence('change_record', 'id')) v from generate_series(1, n)) s;
  create temporary table if not exists "change_append_batch" (ord bigint, r change_record, key int, content bytea) on commit drop;
  truncate "change_append_batch";
  insert into "change_append_batch" (ord, r)
    select x.ord, jsonb_populate_record(null::change_record, x.value || jsonb_build_object('id', ids[x.ord], 'changed_at', at))
    from jsonb_array_elements(p_rows) with ordinality as x(value, ord);
  update "change_append_batch" set key = change_record_chain_key(r), content = change_record_content(r);
  insert into change_chain_head (chain_project, seq, hash)
    select distinct key, 0, '\\x'::bytea from "change_append_batch" on conflict (chain_project) do nothing;
  perform 1 from change_chain_head h where h.chain_project in (select key from "change_append_batch")
    order by h.chain_project for update;
  with linked as (
    insert into change_record (id, entity_type, entity_id, project_id, action, field, old_value, new_value, changed_by_id,
      changed_by_token_id, changed_by_owner_link_id, changed_at, chain_project, chain_seq, content_hash, chain_hash)
    select (b.r).id, (b.r).entity_type, (b.r).entity_id, (b.r).project_id, (b.r).action, (b.r).field, (b.r).old_value,
      (b.r).new_value, (b.r).changed_by_id, (b.r).changed_by_token_id, (b.r).changed_by_owner_link_id, (b.r).changed_at,
      b.key, h.seq + row_number() over w, b.content, change_chain_fold(b.content, h.hash) over w
    from "change_append_batch" b join change_chain_head h on h.chain_project = b.key
    window w as (partition by b.key order by b.ord rows between unbounded preceding and current row)
    order by b.ord
    returning chain_project, chain_seq, chain_hash
  )
  update change_chain_head h set seq = l.chain_seq, hash = l.chain_hash
    from (select distinct on (chain_project) chain_project, chain_seq, chain_hash from linked order by chain_project, chain_seq desc) l
    where h.chain_project = l.chain_project;
  perform set_config('hf.bulk_chain', 'off', true);
end $$;`);
  }
}
