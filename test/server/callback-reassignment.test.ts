import { decodeGlobalId, encodeGlobalId } from '../../server/src/core/global-id';
import { createTestCallback } from './helpers/factories';
import { record, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

/** a user's row id, as the history stores it */
const rowId = (globalId: string) => decodeGlobalId(globalId)!.id;
/** an hour ago, in the form the dated-records helper takes (Asia/Shanghai wall time) */
const anHourAgo = () => new Date(Date.now() - 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);

const REASSIGN = `mutation ($i: ReassignCallbackInput!) { reassignCallback(input: $i) {
  callback { id version status reassignReason assignee { username } coAssignee { username } }
  userErrors { field code message messageKey } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Callback { version reassignReason assignee { username } coAssignee { username }
  history(first: 100) { edges { node { action field oldValue newValue changedBy { username } } } } } } }`;

// 改派 (issue 14 item 8): the assignment rule proposes who calls, the service supervisor may give it to other clerks
describe('reassigning a callback (改派)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
    for (const project of [app.projectA, app.projectB]) {
      const staff = await supervisor.gql(`query ($p: ID!) { staff(projectId: $p) { id username } }`, { p: project });
      for (const s of staff.data?.staff ?? []) ids[s.username] = s.id;
    }
    const other = await (await app.as('sunwei')).gql(`query ($p: ID!) { staff(projectId: $p) { id username } }`, { p: app.projectB });
    for (const s of other.data.staff) ids[s.username] = s.id;
  });
  afterAll(() => app.close());

  const reassign = (who: Client, i: Record<string, unknown>) => who.gql(REASSIGN, { i });
  const holder = (callback: { assignee: { username: string } }) => callback.assignee.username;
  const otherClerk = (username: string) => (username === 'zhangli' ? 'wangfang' : 'zhangli');

  it('should give a planned callback to another clerk, keeping the reason on the row and both people in its history', async () => {
    // Arrange: the rule gave a repair's callback to one of the two clerks of A01
    const callback = await createTestCallback(clerk, app.projectA);
    const proposed = holder(callback);
    const next = otherClerk(proposed);

    // Act
    const res = await reassign(supervisor, { id: callback.id, version: callback.version, assigneeIds: [ids[next]], reason: '  张丽休假  ' });

    // Assert: the row shows the new clerk and the reason; the history says who had it and who changed it
    expect(res.data.reassignCallback.userErrors).toEqual([]);
    expect(res.data.reassignCallback.callback).toMatchObject({ status: 'PLANNED', reassignReason: '张丽休假', assignee: { username: next }, coAssignee: null, version: callback.version + 1 });
    const read = await supervisor.gql(READ, { id: callback.id });
    const changes = read.data.node.history.edges.map((e: any) => e.node);
    expect(changes[0]).toMatchObject({ action: 'CREATE', newValue: expect.objectContaining({ assignee: rowId(ids[proposed]) }) });
    expect(changes.find((c: any) => c.field === 'assignee')).toMatchObject({
      action: 'UPDATE', changedBy: { username: 'liqiang' },
      oldValue: rowId(ids[proposed]),
      newValue: rowId(ids[next]),
    });
    expect(changes.find((c: any) => c.field === 'reassignReason')).toMatchObject({ oldValue: null, newValue: '张丽休假' });

    // a second clerk calls with the first: the assignee, then the co-assignee; no reason clears the last one
    const both = await reassign(supervisor, { id: callback.id, version: callback.version + 1, assigneeIds: [ids[next], ids[proposed]] });
    expect(both.data.reassignCallback.callback).toMatchObject({ assignee: { username: next }, coAssignee: { username: proposed }, reassignReason: null });
  });

  it('should let the department supervisor of a joint complaint callback stay when only its clerk changes', async () => {
    const complaint = await createTestCallback(clerk, app.projectA, { kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: '维修不及时' });
    expect(complaint.assignee.username).toBe('zhaogang');
    const clerkNow = complaint.coAssignee.username;
    const res = await reassign(supervisor, { id: complaint.id, version: complaint.version, assigneeIds: [ids.zhaogang, ids[otherClerk(clerkNow)]] });
    expect(res.data.reassignCallback.userErrors).toEqual([]);
    expect(res.data.reassignCallback.callback).toMatchObject({ assignee: { username: 'zhaogang' }, coAssignee: { username: otherClerk(clerkNow) } });
  });

  it('should refuse bad input field by field and change nothing', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const base = { id: callback.id, version: callback.version };
    const now = holder(callback);
    const cases: [Record<string, unknown>, string[], string, string][] = [
      [{ assigneeIds: [] }, ['assigneeIds'], 'BAD_USER_INPUT', 'callback.assigneeRequired'],
      [{ assigneeIds: [ids.zhangli, ids.wangfang, ids.zhangli] }, ['assigneeIds'], 'BAD_USER_INPUT', 'callback.tooManyAssignees'],
      [{ assigneeIds: [ids.wangfang, ids.wangfang] }, ['assigneeIds', '1'], 'BAD_USER_INPUT', 'callback.assigneeTwice'],
      // the department supervisor does not hold this repair's callback: only clerks may be given it
      [{ assigneeIds: [ids.zhaogang] }, ['assigneeIds', '0'], 'BAD_USER_INPUT', 'callback.assigneeNotClerk'],
      [{ assigneeIds: [ids.chenjie] }, ['assigneeIds', '0'], 'BAD_USER_INPUT', 'callback.assigneeNotClerk'],
      // a clerk of B02 is not staff of A01
      [{ assigneeIds: [ids.liumei] }, ['assigneeIds', '0'], 'BAD_USER_INPUT', 'callback.notProjectStaff'],
      [{ assigneeIds: [ids[now]] }, ['assigneeIds'], 'BAD_USER_INPUT', 'callback.assigneeUnchanged'],
      [{ assigneeIds: [encodeGlobalId('Ticket', 1)] }, ['assigneeIds', '0'], 'BAD_USER_INPUT', 'argument.typedId'],
      [{ assigneeIds: [ids[otherClerk(now)]], reason: '因'.repeat(501) }, ['reason'], 'BAD_USER_INPUT', 'text.tooLong'],
    ];
    for (const [input, field, code, messageKey] of cases) {
      const res = await reassign(supervisor, { ...base, ...input });
      const [error] = res.data?.reassignCallback.userErrors ?? res.errors?.map((e) => ({ field: e.extensions?.field, code: e.extensions?.code, messageKey: (e.extensions as any)?.messageKey })) ?? [];
      expect({ input, error }).toMatchObject({ input, error: { field, code, messageKey } });
    }
    const read = await supervisor.gql(READ, { id: callback.id });
    expect(read.data.node).toMatchObject({ version: callback.version, assignee: { username: now }, reassignReason: null });
  });

  it('should refuse everyone but the service supervisor (FORBIDDEN), and a supervisor of another project (NOT_FOUND)', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const input = { id: callback.id, version: callback.version, assigneeIds: [ids[otherClerk(holder(callback))]] };
    for (const username of ['zhangli', 'zhaogang', 'chenjie', 'auditor', 'admin']) {
      const res = await reassign(await app.as(username), input);
      expect([username, res.errors?.[0].extensions?.code]).toEqual([username, 'FORBIDDEN']);
    }
    const elsewhere = await reassign(await app.as('sunwei'), input);
    expect(elsewhere.data.reassignCallback.userErrors[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
    const read = await supervisor.gql(READ, { id: callback.id });
    expect(read.data.node).toMatchObject({ version: callback.version, assignee: { username: holder(callback) } });
  });

  it('should refuse a stale version (CONFLICT) and a callback no longer planned (INVALID_STATE)', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const next = ids[otherClerk(holder(callback))];
    const recorded = await record(clerk, callback, anHourAgo(), 'SATISFIED', 'QUALIFIED');
    const stale = await reassign(supervisor, { id: callback.id, version: callback.version, assigneeIds: [next] });
    expect(stale.data.reassignCallback.userErrors[0]).toMatchObject({ field: ['version'], code: 'CONFLICT' });
    const done = await reassign(supervisor, { id: callback.id, version: recorded.version, assigneeIds: [next] });
    expect(done.data.reassignCallback.userErrors[0]).toMatchObject({ field: ['id'], code: 'INVALID_STATE', messageKey: 'callback.reassignOnlyPlanned' });
  });

  it('should refuse a callback of an archived period (ARCHIVED)', async () => {
    const b = await app.as('liumei');
    const sunwei = await app.as('sunwei');
    const made = await ticket(b, app.projectB, { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: '噪音扰民', unit: '2-1-0101', ownerName: '刘洋', receivedAt: '2026-02-10T09:00' }, '2026-02-11T09:00');
    const [callback] = made.callbacks;
    const archived = await sunwei.gql(`mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { userErrors { code message } } }`, { i: { projectId: app.projectB, period: '2026Q1' } });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);
    const res = await reassign(sunwei, { id: callback.id, version: callback.version, assigneeIds: [ids.liumei] });
    expect(res.data.reassignCallback.userErrors[0]).toMatchObject({ field: ['id'], code: 'ARCHIVED' });
  });
});
