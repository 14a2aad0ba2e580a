// npm run verify: recompute every project's history chain (不允许撕毁) and name the first broken link of each.
import { Client } from 'pg';
import { apiMessage } from '@hf/shared';
import { loadConfig } from '../config';
import { checkSeal, lateRecordFigures, type SqlRunner } from '../modules/archives/archive-seal';
import { openDataDirDatabase } from './data-dir-database';
import { StartupError } from './startup-error';

async function main(): Promise<boolean> {
  const config = loadConfig();
  const database = await openDataDirDatabase(config, `${config.dataDir} 中还没有数据库，无可校验。 There is no database in ${config.dataDir} yet: nothing to verify.`);
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
        console.log(`✓ ${name}: ${s.length} 条变更记录, 链头 head ${s.head_hash || '(empty)'}`);
      } else {
        intact = false;
        console.log(`✗ ${name}: 第 ${s.broken_seq} 环断开 (link ${s.broken_seq} broken: ${s.problem}), change_record id ${s.broken_id}; ${s.length} links hold before it`);
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
        ? `；跨期 ${late.carriedOver} 条，补录 ${late.lateRecordings} 条 ${late.lateRecordsDigest.slice(0, 12)} (${late.carriedOver} carried over, ${late.lateRecordings} recorded late)`
        : '';
      console.log(problems.length ? `✗ ${a.code} ${a.period} 封存不符 seal broken: ${problems.map(apiMessage).join('; ')}${lateText}` : `✓ ${a.code} ${a.period} 封存完好 seal holds${lateText}`);
    }
    console.log(intact ? '历史记录完整 History intact.' : '历史记录被改动 History altered: see the broken links above.');
    if (archives.rows.length) console.log(sealed ? '存档封存完好 Archive seals hold.' : '存档封存不符 An archive seal is broken: see above.');
    return intact && sealed;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}

main().then(
  (intact) => process.exit(intact ? 0 : 2),
  (error) => {
    console.error(error instanceof StartupError ? error.message : `校验失败 Verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
