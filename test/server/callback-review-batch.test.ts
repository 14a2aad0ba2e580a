import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 审核 of many records in one mutation (issue 14.4): one opinion, a record changed meanwhile reported and not overwritten.

const REVIEW = `mutation ($i: ReviewCallbacksInput!) { reviewCallbacks(input: $i) {
  reviewedCount escalatedCount callbacks { id serialCode version status reviewOpinion suggestions reviewedBy { username } escalatedTo { username } }
  userErrors { field code message } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version status serialCode } userErrors { field code message } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Callback { id version status reviewOpinion suggestions reviewedBy { username } } } }`;

describe('batch review (审核通过, many records)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let records: { id: string; version: number; status: string; serialCode: string }[];
  let planned: { id: string; version: number; serialCode: string };

  async function recorded(result: 'QUALIFIED' | 'UNQUALIFIED' = 'QUALIFIED') {
    const c = await createTestCallback(clerk, app.projectA, { kind: 'HELP', category: null });
    const res = await clerk.gql(RECORD, {
      i: { id: c.id, version: c.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(),
        satisfaction: result === 'QUALIFIED' ? 'SATISFIED' : 'UNSATISFIED', shortcomings: result === 'QUALIFIED' ? null : '处理不及时', result },
    });
    return res.data.recordCallbackResult.callback;
  }

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
    records = [await recorded(), await recorded(), await recorded(), await recorded('UNQUALIFIED')];
    planned = await createTestCallback(clerk, app.projectA, { kind: 'HELP', category: null });
  });
  afterAll(() => app.close());

  it('should review every record of the batch with the one opinion, escalate the unqualified one, and report — not overwrite — the one changed meanwhile', async () => {
    // the supervisor has read the rows; then the clerk corrects the second (within her correction window)
    const corrected = await clerk.gql(`mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount } }`, {
      i: { rows: [{ id: records[1].id, version: records[1].version, patch: { suggestions: '业主补充：希望周末上门' } }] },
    });
    expect(corrected.data.updateCallbacks.savedCount).toBe(1);
    const toReview = async () => (await supervisor.gql(`{ workQueues { recordsToReview { totalCount } } }`)).data.workQueues.recordsToReview.totalCount;
    expect(await toReview()).toBe(4);

    const res = await supervisor.gql(REVIEW, { i: { opinion: '记录完整，同意', rows: [...records, planned].map((r) => ({ id: r.id, version: r.version })) } });
    const payload = res.data.reviewCallbacks;
    expect(payload).toMatchObject({ reviewedCount: 3, escalatedCount: 1 });
    expect(payload.userErrors).toEqual([
      { field: ['rows', '1', 'version'], code: 'CONFLICT', message: expect.stringContaining(`${records[1].serialCode} 已被他人修改`) },
      { field: ['rows', '4', 'id'], code: 'INVALID_STATE', message: expect.stringContaining(planned.serialCode) },
    ]);
    const byId = new Map(payload.callbacks.map((c: { id: string }) => [c.id, c]));
    expect(payload.callbacks).toHaveLength(5);
    for (const r of [records[0], records[2]]) {
      expect(byId.get(r.id)).toMatchObject({ status: 'REVIEWED', reviewOpinion: '记录完整，同意', reviewedBy: { username: 'liqiang' }, version: r.version + 1 });
    }
    expect(byId.get(records[3].id)).toMatchObject({ status: 'ESCALATED', reviewOpinion: '记录完整，同意', escalatedTo: { username: 'chenjie' } });
    // the changed record keeps the clerk's correction and is still waiting for review
    expect(byId.get(records[1].id)).toMatchObject({ status: 'DONE', reviewOpinion: null, suggestions: '业主补充：希望周末上门', reviewedBy: null });
    expect((await supervisor.gql(READ, { id: records[1].id })).data.node).toMatchObject({ status: 'DONE', reviewOpinion: null, suggestions: '业主补充：希望周末上门' });
    expect(await toReview()).toBe(1);

    // the history says who reviewed, as for one review
    const history = await supervisor.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { history { edges { node { field newValue changedBy { username } } } } } } }`, { id: records[0].id });
    expect(history.data.node.history.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ field: 'reviewOpinion', newValue: '记录完整，同意', changedBy: { username: 'liqiang' } });

    // reviewed again as it is now, the changed record goes through
    const current = byId.get(records[1].id) as { id: string; version: number };
    const again = await supervisor.gql(REVIEW, { i: { rows: [{ id: current.id, version: current.version }] } });
    expect(again.data.reviewCallbacks).toMatchObject({ reviewedCount: 1, userErrors: [] });
    expect(again.data.reviewCallbacks.callbacks[0]).toMatchObject({ status: 'REVIEWED', suggestions: '业主补充：希望周末上门' });
    expect(await toReview()).toBe(0);
  });

  it('should refuse a batch with a malformed or repeated record, and change nothing', async () => {
    const fresh = await recorded();
    const malformed = await supervisor.gql(REVIEW, { i: { rows: [{ id: fresh.id, version: fresh.version }, { id: 'not-an-id', version: 1 }] } });
    expect(malformed.data.reviewCallbacks).toMatchObject({ reviewedCount: 0, callbacks: [], userErrors: [{ field: ['rows', '1', 'id'], code: 'BAD_USER_INPUT' }] });
    const twice = await supervisor.gql(REVIEW, { i: { rows: [{ id: fresh.id, version: fresh.version }, { id: fresh.id, version: fresh.version }] } });
    expect(twice.data.reviewCallbacks.userErrors).toEqual([{ field: ['rows'], code: 'BAD_USER_INPUT', message: expect.stringContaining('同一记录出现多次') }]);
    const empty = await supervisor.gql(REVIEW, { i: { rows: [] } });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await supervisor.gql(REVIEW, { i: { rows: Array.from({ length: 501 }, (_, n) => ({ id: Buffer.from(`Callback:${n + 1}`).toString('base64url'), version: 1 })) } });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await supervisor.gql(READ, { id: fresh.id })).data.node).toMatchObject({ status: 'DONE', version: fresh.version, reviewOpinion: null });
  });

  it("should be the service supervisor's: a clerk is refused, and another project's supervisor finds none of the records", async () => {
    const fresh = await recorded();
    const byClerk = await clerk.gql(REVIEW, { i: { rows: [{ id: fresh.id, version: fresh.version }] } });
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await (await app.as('sunwei')).gql(REVIEW, { i: { rows: [{ id: fresh.id, version: fresh.version }] } });
    expect(other.data.reviewCallbacks).toMatchObject({ reviewedCount: 0, callbacks: [], userErrors: [{ field: ['rows', '0', 'id'], code: 'NOT_FOUND' }] });
    expect((await supervisor.gql(READ, { id: fresh.id })).data.node).toMatchObject({ status: 'DONE', version: fresh.version });
  });
});
