// npm run verify (issue 21 item 6): an administrator recomputes every project's history chain from the command line.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort, gql, login, root, ServerProcess, startServer, stopAll, tempDataDir } from './helpers/server-process';

jest.setTimeout(300_000);

const run = promisify(execFile);

async function verify(dataDir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'server', 'dist', 'db', 'verify-cli.js')], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run verify', () => {
  const dataDir = tempDataDir('hf-verify-');
  let server: ServerProcess | null = null;
  let pgPort: number;

  afterAll(async () => {
    await stopAll(server, dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('should report every chain intact on the running demo, then name the row a superuser altered', async () => {
    pgPort = await freePort();
    server = await startServer({ dataDir, port: await freePort(), pgPort });
    const token = await login(server.url, 'zhangli');
    const me = await gql(server.url, token, '{ me { projects { id code } } }');
    const projectId = me.data.me.projects[0].id;
    const created = await gql(server.url, token, `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } userErrors { message } } }`, {
      input: { projectId, kind: 'HELP', ownerName: '校验测试', unit: '8-8-0808', phone: '13812345678', channel: 'PHONE', summary: '校验前的记录', receivedAt: new Date(Date.now() - 3_600_000).toISOString() },
    });
    expect(created.data.createTicket.userErrors).toEqual([]);

    // 封存: B02's last quarter archived by its supervisor is checked too
    const supervisor = await login(server.url, 'sunwei');
    const b02 = (await gql(server.url, supervisor, '{ me { projects { id } } }')).data.me.projects[0].id;
    const now = new Date(Date.now() + 8 * 3_600_000);
    const quarter = Math.floor(now.getUTCMonth() / 3);
    const previous = quarter === 0 ? `${now.getUTCFullYear() - 1}Q4` : `${now.getUTCFullYear()}Q${quarter}`;
    const archived = await gql(server.url, supervisor, 'mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { userErrors { message } } }', { i: { projectId: b02, period: previous } });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);

    const clean = await verify(dataDir);
    expect(clean.output).toContain(`✓ B02 ${previous} 封存完好 (${previous}: the seal holds)`);
    expect(clean.code).toBe(0);
    expect(clean.output).toContain('History intact');
    expect(clean.output).toMatch(/✓ A01 阳光花园: \d+ 条变更记录/);

    const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/callbacks` });
    await db.connect();
    let alteredId: string;
    try {
      const { rows } = await db.query(`select id::text from change_record where new_value->>'summary' = '校验前的记录'`);
      alteredId = rows[0].id;
      await db.query('alter table change_record disable trigger change_record_no_change');
      await db.query(`update change_record set new_value = jsonb_set(new_value, '{summary}', '"改过"') where id = $1`, [alteredId]);
      await db.query('alter table change_record enable trigger change_record_no_change');
    } finally {
      await db.end();
    }

    const broken = await verify(dataDir);
    expect(broken.code).toBe(2);
    expect(broken.output).toContain(`change_record id ${alteredId}`);
    expect(broken.output).toMatch(/✗ A01 阳光花园: 第 \d+ 环断开（CONTENT）.* \(link \d+ broken \(CONTENT\)/);
    expect(broken.output).toMatch(/✓ B02 翠湖苑/);
  });
});
