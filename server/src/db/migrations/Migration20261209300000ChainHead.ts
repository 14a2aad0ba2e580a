import { Migration } from '@mikro-orm/migrations';

/**
 * (A bulk write — a ledger import — appends its CREATE records through change_records_append(rows): the links of a
 * whole batch computed in one loop from the head, the head moved once; the trigger leaves those rows as linked.)
 *
 * The history chain's next link in O(1): each chain's head (its last number and hash) is kept in `change_chain_head`,
 * taken and moved by the insert trigger with one upsert (whose row lock serialises the writers of a chain, as the
 * advisory lock did), instead of looking up the chain's last record. The lookup's cached plan could read the whole
 * table when a transaction wrote many records (a ledger import of 50,000 rows slowed down row by row). Same links,
 * same hashes: change_chain_status() still walks change_record itself.
 */
export class Migration20261209300000ChainHead extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "change_chain_head" ("chain_project" int primary key, "seq" bigint not null, "hash" bytea not null);`);
    this.addSql(`insert into "change_chain_head" ("chain_project", "seq", "hash")
      select distinct on (chain_project) chain_project, chain_seq, chain_hash from change_record order by chain_project, chain_seq desc;`);
    this.addSql(`create or replace function "change_record_link"() returns trigger language plpgsql as $$
declare
  head record;
begin
  -- linked already by change_records_append in this statement (verification recomputes every link anyway)
  if new.chain_seq is not null and current_setting('hf.bulk_chain', true) = 'on' then
    return new;
  end if;
  new.chain_project := change_record_chain_key(new);
  new.content_hash := change_record_content(new);
  insert into change_chain_head as h (chain_project, seq, hash)
    values (new.chain_project, 1, sha256('\\x'::bytea || new.content_hash))
    on conflict (chain_project) do update set seq = h.seq + 1, hash = sha256(h.hash || new.content_hash)
    returning seq, hash into head;
  new.chain_seq := head.seq;
  new.chain_hash := head.hash;
  return new;
end $$;`);
    this.addSql(`create function "change_records_append"(p_rows jsonb) returns void language plpgsql as $$
declare
  x jsonb;
  r change_record;
  key int;
  current_key int := null;
  seq_v bigint;
  hash_v bytea;
begin
  perform set_config('hf.bulk_chain', 'on', true);
  for x in select value from jsonb_array_elements(p_rows) loop
    r := jsonb_populate_record(null::change_record, x);
    r.id := nextval(pg_get_serial_sequence('change_record', 'id'));
    r.changed_at := now();
    key := change_record_chain_key(r);
    if current_key is distinct from key then
      if current_key is not null then
        update change_chain_head set seq = seq_v, hash = hash_v where chain_project = current_key;
      end if;
      insert into change_chain_head (chain_project, seq, hash) values (key, 0, '\\x'::bytea) on conflict (chain_project) do nothing;
      select h.seq, h.hash into seq_v, hash_v from change_chain_head h where h.chain_project = key for update;
      current_key := key;
    end if;
    r.chain_project := key;
    r.content_hash := change_record_content(r);
    seq_v := seq_v + 1;
    hash_v := sha256(hash_v || r.content_hash);
    r.chain_seq := seq_v;
    r.chain_hash := hash_v;
    insert into change_record select (r).*;
  end loop;
  if current_key is not null then
    update change_chain_head set seq = seq_v, hash = hash_v where chain_project = current_key;
  end if;
  perform set_config('hf.bulk_chain', 'off', true);
end $$;`);
    this.addSql(`create trigger "change_chain_head_no_delete" before delete on "change_chain_head" for each row execute function "forbid_delete"();`);
  }
}
