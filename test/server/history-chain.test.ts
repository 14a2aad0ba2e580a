import { createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const CHAIN = `query ($p: ID!) { historyChain(projectId: $p) { intact length headHash firstBrokenLink { sequence changeId problem message messageKey } } }`;

// 不允许撕毁, made checkable (issue 21 item 6): each project's change records form a hash chain an auditor recomputes
describe('tamper-evident history chain', () => {
  let app: TestApp;
  let clerk: Client;
  let auditor: Client;

  const projectDbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
  const sql = (query: string, params: unknown[] = []) => app.orm.em.getConnection().execute(query, params);
  /** what a superuser could do by hand, behind the triggers that refuse UPDATE and DELETE */
  const behindTheTriggers = async (statement: string, params: unknown[]) => {
    await sql('alter table change_record disable trigger change_record_no_change');
    try {
      await sql(statement, params);
    } finally {
      await sql('alter table change_record enable trigger change_record_no_change');
    }
  };

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, auditor] = await Promise.all([app.as('zhangli'), app.as('auditor')]);
  });
  afterAll(() => app.close());

  it('should show an intact chain that grows with every change, also under concurrent edits', async () => {
    const before = (await auditor.gql(CHAIN, { p: app.projectA })).data.historyChain;
    expect(before.intact).toBe(true);
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => createTestTicket(clerk, app.projectA, { summary: `并发登记 ${i}` })));
    expect(made.every((m) => m.ticket)).toBe(true);
    const after = (await auditor.gql(CHAIN, { p: app.projectA })).data.historyChain;
    expect(after).toMatchObject({ intact: true, firstBrokenLink: null });
    expect(after.length).toBeGreaterThanOrEqual(before.length + 8);
    expect(after.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.headHash).not.toBe(before.headHash);
    const links = await sql('select count(*)::int as n, count(distinct chain_seq)::int as d, max(chain_seq)::int as m from change_record where chain_project = ?', [projectDbId(app.projectA)]);
    expect(links[0]).toEqual({ n: after.length, d: after.length, m: after.length });
  });

  it('should refuse the chain to a clerk', async () => {
    const res = await clerk.gql(CHAIN, { p: app.projectA });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should name the row a superuser altered with SQL, and leave the other project intact', async () => {
    await createTestTicket(clerk, app.projectA, { summary: '将被改动的记录' });
    await createTestTicket(clerk, app.projectA, { summary: '之后的记录' });
    const [target] = await sql(
      `select id::text as id, chain_seq::int as seq from change_record where chain_project = ? and new_value->>'summary' = '将被改动的记录'`,
      [projectDbId(app.projectA)],
    );
    await behindTheTriggers(`update change_record set new_value = jsonb_set(new_value, '{summary}', '"改过的内容"') where id = ?`, [target.id]);
    const res = (await auditor.gql(CHAIN, { p: app.projectA })).data.historyChain;
    expect(res.intact).toBe(false);
    expect(res.firstBrokenLink).toMatchObject({ changeId: target.id, sequence: target.seq, problem: 'CONTENT', messageKey: 'chain.content' });
    expect(res.firstBrokenLink.message).toContain('改动');
    expect(res.length).toBe(target.seq - 1);
    expect((await auditor.gql(CHAIN, { p: app.projectB })).data.historyChain.intact).toBe(true);
  });

  it('should name a row re-hashed by a forger at its link, and an earlier removed row as the first gap', async () => {
    const liumei = await app.as('liumei');
    for (const summary of ['第一条', '被删除的', '第三条']) await createTestTicket(liumei, app.projectB, { summary });
    const rows = await sql(
      `select id::text as id, chain_seq::int as seq, new_value->>'summary' as summary from change_record
        where chain_project = ? and action = 'CREATE' and entity_type = 'Ticket' order by chain_seq`,
      [projectDbId(app.projectB)],
    );
    const find = (summary: string) => rows.find((r: { summary: string }) => r.summary === summary);

    // a forger who changes a row and recomputes its own content hash still breaks the chain at that row
    const third = find('第三条');
    await behindTheTriggers(`update change_record set new_value = jsonb_set(new_value, '{summary}', '"伪造"') where id = ?`, [third.id]);
    await behindTheTriggers('update change_record c set content_hash = change_record_content(c) where id = ?', [third.id]);
    let res = (await auditor.gql(CHAIN, { p: app.projectB })).data.historyChain;
    expect(res.firstBrokenLink).toMatchObject({ changeId: third.id, sequence: third.seq, problem: 'LINK' });

    const removed = find('被删除的');
    await behindTheTriggers('delete from change_record where id = ?', [removed.id]);
    res = (await auditor.gql(CHAIN, { p: app.projectB })).data.historyChain;
    expect(res.firstBrokenLink).toMatchObject({ sequence: removed.seq, problem: 'MISSING' });
    expect(res.length).toBe(removed.seq - 1);
  });
});
