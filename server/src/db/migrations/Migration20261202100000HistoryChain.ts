import { Migration } from '@mikro-orm/migrations';

/**
 * 不允许撕毁, made checkable: the change records of each project form a hash chain. Every row stores the SHA-256 of
 * its own content and the SHA-256 of (the previous row's chain hash ‖ its content hash), numbered without gaps per
 * project (chain 0: changes that belong to no project). A row altered, removed or inserted behind the triggers'
 * back breaks the chain at that row; change_chain_status() recomputes it and names the first broken link.
 */
export class Migration20261202100000HistoryChain extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "change_record"
  add column "chain_project" int null,
  add column "chain_seq" bigint null,
  add column "content_hash" bytea null,
  add column "chain_hash" bytea null;

-- the content a link hashes: every column a person reads in the history, in a fixed order and text form
create function "change_record_content"(r "change_record") returns bytea language sql immutable as $$
  select sha256(convert_to(json_build_array(
    r.entity_type, r.entity_id, r.project_id, r.action, r.field, r.old_value, r.new_value,
    r.changed_by_id, r.changed_by_token_id, to_char(r.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
  )::text, 'UTF8'))
$$;

create function "change_record_chain_key"(r "change_record") returns int language sql immutable as $$
  select coalesce(r.project_id, case when r.entity_type = 'Project' then r.entity_id end, 0)
$$;

-- the next link: one writer per project at a time (a transaction-scoped advisory lock), the previous link by index
create function "change_record_link"() returns trigger language plpgsql as $$
declare
  previous record;
begin
  new.chain_project := change_record_chain_key(new);
  perform pg_advisory_xact_lock(20261202, new.chain_project);
  select chain_seq, chain_hash into previous from change_record
   where chain_project = new.chain_project order by chain_seq desc limit 1;
  new.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  new.content_hash := change_record_content(new);
  new.chain_hash := sha256(coalesce(previous.chain_hash, '\\x'::bytea) || new.content_hash);
  return new;
end $$;

-- the rows written before the chain existed, linked in the order they were written
alter table "change_record" disable trigger "change_record_no_change";
do $$
declare
  r change_record;
  heads jsonb := '{}';
  key int;
  seq bigint;
  previous bytea;
  content bytea;
begin
  for r in select * from change_record order by id loop
    key := change_record_chain_key(r);
    seq := coalesce((heads -> key::text ->> 'seq')::bigint, 0) + 1;
    previous := coalesce(decode(heads -> key::text ->> 'hash', 'hex'), '\\x'::bytea);
    content := change_record_content(r);
    update change_record set chain_project = key, chain_seq = seq, content_hash = content, chain_hash = sha256(previous || content)
     where id = r.id;
    heads := heads || jsonb_build_object(key::text, jsonb_build_object('seq', seq, 'hash', encode(sha256(previous || content), 'hex')));
  end loop;
end $$;
alter table "change_record" enable trigger "change_record_no_change";

alter table "change_record"
  alter column "chain_project" set not null,
  alter column "chain_seq" set not null,
  alter column "content_hash" set not null,
  alter column "chain_hash" set not null;
create unique index "change_record_chain_index" on "change_record" ("chain_project", "chain_seq");
create trigger "change_record_link" before insert on "change_record" for each row execute function "change_record_link"();

-- walks one chain and reports its length, its head and the first link that does not hold
create function "change_chain_status"(p_chain int)
returns table (length bigint, head_hash text, broken_seq bigint, broken_id bigint, problem text)
language plpgsql stable as $$
declare
  r change_record;
  expected_seq bigint := 0;
  previous bytea := '\\x'::bytea;
begin
  for r in select * from change_record where chain_project = p_chain order by chain_seq loop
    expected_seq := expected_seq + 1;
    if r.chain_seq <> expected_seq then
      return query select expected_seq - 1, encode(previous, 'hex'), expected_seq, r.id, 'MISSING'::text;
      return;
    end if;
    if change_record_chain_key(r) <> p_chain or r.content_hash <> change_record_content(r) then
      return query select expected_seq - 1, encode(previous, 'hex'), r.chain_seq, r.id, 'CONTENT'::text;
      return;
    end if;
    if r.chain_hash <> sha256(previous || r.content_hash) then
      return query select expected_seq - 1, encode(previous, 'hex'), r.chain_seq, r.id, 'LINK'::text;
      return;
    end if;
    previous := r.chain_hash;
  end loop;
  return query select expected_seq, encode(previous, 'hex'), null::bigint, null::bigint, null::text;
end $$;
`);
  }
}
