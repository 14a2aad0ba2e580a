// npm run verify: recompute every project's history chain (不允许撕毁) and name the first broken link of each.
import { Client } from 'pg';
import { apiMessage, type MessageArgs, type MessageKey, msg } from '@hf/shared';
import { loadConfig } from '../config';
import { checkSeal, lateRecordFigures, type SqlRunner } from '../modules/archives/archive-seal';
import { openDataDirDatabase } from './data-dir-database';
import { StartupError } from './startup-error';

/** A line of the catalogue (shared/src/messages.ts verify.*): zh-CN, then the English in brackets. */
const say = (key: MessageKey, args?: MessageArgs) => apiMessage(msg(key, args));

async function main(): Promise<boolean> {
  const config = loadConfig();
  const database = await openDataDirDatabase(config, say('verify.noDatabase', { dir: config.dataDir }));
  const client = new Client({ connectionString: database.databaseUrl });
  try {
    await client.connect();
    const chains = await client.query<{ chain: number; name: string }>(
      `select k.chain, coalesce(p.code || ' ' || p.name, '公司 (company-wide)') as name
         from (select distinct chain_project as chain from change_record union select id from project) k
         left join project p on p.id = k.chain order by k.chain`,
    );
    let intact = true;
    for (const { chain, name } of chains.rows) {
      const { rows: [s] } = await client.query('select * from change_chain_status($1)', [chain]);
      if (s.broken_seq === null) {
        console.log(`✓ ${name}: ${say('verify.chainIntact', { length: s.length, head: s.head_hash || '—' })}`);
      } else {
        intact = false;
        console.log(`✗ ${name}: ${say('verify.chainBroken', { sequence: s.broken_seq, problem: s.problem, changeId: s.broken_id, length: s.length })}`);
      }
    }
    // 封存: every archived period's records and the history up to its archiving, as sealed
    const runner: SqlRunner = {
      execute: async (sql: string, params: unknown[]) => {
        let n = 0;
        return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
      },
    };
    const archives = await client.query(
      `select a.project_id, p.code, a.period, a.from_date::text as from, a.to_date::text as to, a.seal_chain_length, a.seal_chain_hash,
              a.seal_tickets, a.seal_callbacks, a.seal_records_digest
         from archived_period a join project p on p.id = a.project_id where a.seal_records_digest is not null order by p.code, a.period`,
    );
    let sealed = true;
    for (const a of archives.rows) {
      const problems = await checkSeal(runner, a.project_id, { from: a.from, to: a.to }, {
        chainLength: Number(a.seal_chain_length), chainHash: a.seal_chain_hash, tickets: a.seal_tickets, callbacks: a.seal_callbacks, recordsDigest: a.seal_records_digest,
      });
      if (problems.length) sealed = false;
      // 跨期 / 补录: callbacks open at archiving are sealed by what never changes of them; their late recordings are no tampering
      const late = await lateRecordFigures(runner, a.project_id, { from: a.from, to: a.to });
      const lateText = late.carriedOver > 0
        ? `; ${say('verify.lateRecords', { carried: late.carriedOver, late: late.lateRecordings, digest: late.lateRecordsDigest.slice(0, 12) })}`
        : '';
      console.log(problems.length
        ? `✗ ${a.code} ${say('verify.sealBroken', { period: a.period, problems: problems.map(apiMessage).join('; ') })}${lateText}`
        : `✓ ${a.code} ${say('verify.sealHolds', { period: a.period })}${lateText}`);
    }
    console.log(say(intact ? 'verify.historyIntact' : 'verify.historyAltered'));
    if (archives.rows.length) console.log(say(sealed ? 'verify.sealsHold' : 'verify.sealsBroken'));
    return intact && sealed;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}

main().then(
  (intact) => process.exit(intact ? 0 : 2),
  (error) => {
    console.error(error instanceof StartupError ? error.message : say('verify.failed', { detail: error instanceof Error ? error.message : String(error) }));
    process.exit(1);
  },
);
