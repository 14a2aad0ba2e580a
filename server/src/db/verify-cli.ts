// npm run verify: recompute every project's history chain (不允许撕毁) and name the first broken link of each.
import { Client } from 'pg';
import { loadConfig } from '../config';
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
    console.log(intact ? '历史记录完整 History intact.' : '历史记录被改动 History altered: see the broken links above.');
    return intact;
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
