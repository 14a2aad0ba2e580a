import { CALLBACK_FIELDS, completeTestTicket, createTestCallback, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const UPDATE = `mutation ($input: UpdateCallbacksInput!) {
  updateCallbacks(input: $input) { savedCount callbacks { ${CALLBACK_FIELDS} suggestions } userErrors { field code message } } }`;
const RECORD = `mutation ($input: RecordCallbackResultInput!) {
  recordCallbackResult(input: $input) { callback { ${CALLBACK_FIELDS} } userErrors { field code message } } }`;

describe('recording callbacks', () => {
  let app: TestApp;
  let clerk: Client;
  let otherClerk: Client;
  let supervisor: Client;
  let manager: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, otherClerk, supervisor, manager] = await Promise.all([app.as('zhangli'), app.as('wangfang'), app.as('liqiang'), app.as('chenjie')]);
  });
  afterAll(() => app.close());

  it('should refuse a repair callback performed before its ticket was completed, naming performedAt', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA);
    const completedAt = new Date(Date.now() - 2 * 86_400_000);
    await completeTestTicket(clerk, ticket, { completedAt: completedAt.toISOString() });
    const added = await clerk.gql(`mutation ($t: ID!) { addCallback(input: { ticketId: $t }) { callback { id version status } userErrors { code } } }`, { t: ticket.id });
    const callback = added.data.addCallback.callback;

    const res = await clerk.gql(RECORD, {
      input: {
        id: callback.id, version: callback.version, methods: ['PHONE'], satisfaction: 'SATISFIED', result: 'QUALIFIED',
        performedAt: new Date(completedAt.getTime() - 3_600_000).toISOString(),
      },
    });

    expect(res.data.recordCallbackResult.callback).toBeNull();
    expect(res.data.recordCallbackResult.userErrors).toEqual([
      expect.objectContaining({ field: ['performedAt'], code: 'BAD_USER_INPUT' }),
    ]);
    const after = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { status version satisfaction } } }`, { id: callback.id });
    expect(after.data.node).toEqual({ status: 'PLANNED', version: callback.version, satisfaction: null });
  });

  it('should refuse recording a callback of a ticket that is not completed yet', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA);
    const added = await clerk.gql(`mutation ($t: ID!) { addCallback(input: { ticketId: $t }) { callback { id version } } }`, { t: ticket.id });
    const callback = added.data.addCallback.callback;
    const res = await clerk.gql(RECORD, {
      input: { id: callback.id, version: callback.version, methods: ['PHONE'], satisfaction: 'SATISFIED', result: 'QUALIFIED', performedAt: new Date().toISOString() },
    });
    expect(res.data.recordCallbackResult.userErrors[0]).toMatchObject({ field: ['performedAt'], code: 'BAD_USER_INPUT' });
  });

  it('should give one of two concurrent edits of the same version a CONFLICT and lose no value', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const [first, second] = await Promise.all([
      clerk.gql(UPDATE, { input: { rows: [{ id: callback.id, version: callback.version, patch: { suggestions: '希望加强夜间巡逻' } }] } }),
      otherClerk.gql(UPDATE, { input: { rows: [{ id: callback.id, version: callback.version, patch: { suggestions: '建议增加维修人员' } }] } }),
    ]);
    const results = [first.data.updateCallbacks, second.data.updateCallbacks];
    const saved = results.filter((r) => r.savedCount === 1);
    const conflicted = results.filter((r) => r.userErrors.some((e: { code: string }) => e.code === 'CONFLICT'));
    expect(saved).toHaveLength(1);
    expect(conflicted).toHaveLength(1);
    expect(conflicted[0].userErrors[0].field).toEqual(['rows', '0', 'version']);

    const stored = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { suggestions version } } }`, { id: callback.id });
    // the stored value is the saved one, and the loser got the current row back to choose from
    expect(stored.data.node.suggestions).toBe(saved[0].callbacks[0].suggestions);
    expect(stored.data.node.version).toBe(callback.version + 1);
    expect(conflicted[0].callbacks[0].suggestions).toBe(stored.data.node.suggestions);
  });

  it('should save the valid rows of a pasted block and report the invalid cells by row and column', async () => {
    const a = await createTestCallback(clerk, app.projectA);
    const b = await createTestCallback(clerk, app.projectA);
    const res = await clerk.gql(UPDATE, {
      input: {
        rows: [
          { id: a.id, version: a.version, patch: { suggestions: '无', satisfactionScore: 9 } },
          { id: b.id, version: b.version, patch: { performedAt: new Date(Date.now() + 86_400_000).toISOString(), suggestions: '不会被保存' } },
        ],
      },
    });
    const payload = res.data.updateCallbacks;
    expect(payload.savedCount).toBe(1);
    expect(payload.userErrors).toEqual([expect.objectContaining({ field: ['rows', '1', 'performedAt'], code: 'BAD_USER_INPUT' })]);
    expect(payload.callbacks.map((c: { suggestions: string | null }) => c.suggestions)).toEqual(['无', null]);
  });

  it('should save the other rows of a paste when one cell is too long, a row id malformed or missing, naming each cell', async () => {
    const a = await createTestCallback(clerk, app.projectA);
    const b = await createTestCallback(clerk, app.projectA);
    const res = await clerk.gql(UPDATE, {
      input: {
        rows: [
          { id: a.id, version: a.version, patch: { suggestions: '长'.repeat(2001) } },
          { id: 'rows.0.id', version: 1, patch: { suggestions: '坏的编号' } },
          { id: Buffer.from('Callback:987654').toString('base64url'), version: 1, patch: { suggestions: '不存在' } },
          { id: b.id, version: b.version, patch: { suggestions: '建议增加夜间照明' } },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data.updateCallbacks;
    expect(payload.userErrors).toEqual([
      { field: ['rows', '0', 'suggestions'], code: 'BAD_USER_INPUT', message: '长度不能超过 2000 字 (at most 2000 characters)' },
      { field: ['rows', '1', 'id'], code: 'BAD_USER_INPUT', message: expect.stringContaining('not a Callback id') },
      { field: ['rows', '2', 'id'], code: 'NOT_FOUND', message: expect.stringContaining('not found') },
    ]);
    expect(payload.savedCount).toBe(1);
    const stored = await clerk.gql(`query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Callback { suggestions version } } b: node(id: $b) { ... on Callback { suggestions } } }`, { a: a.id, b: b.id });
    expect(stored.data).toEqual({ a: { suggestions: null, version: a.version }, b: { suggestions: '建议增加夜间照明' } });
  });

  it('should refuse a pasted cell holding a control character on its row and column, and save the rest of the paste', async () => {
    const a = await createTestCallback(clerk, app.projectA);
    const b = await createTestCallback(clerk, app.projectA);
    const res = await clerk.gql(UPDATE, {
      input: {
        rows: [
          { id: a.id, version: a.version, patch: { suggestions: '门口\u0007有积水', visitors: '张三' } },
          { id: b.id, version: b.version, patch: { suggestions: '建议增加夜间照明' } },
        ],
      },
    });
    // not a whole-request GraphQL error: the cell is named and the other row is saved
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCallbacks.userErrors).toEqual([
      { field: ['rows', '0', 'suggestions'], code: 'BAD_USER_INPUT', message: '含有控制字符或无效字符 (contains control or invalid characters)' },
    ]);
    expect(res.data.updateCallbacks.savedCount).toBe(1);
    const stored = await clerk.gql(`query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Callback { suggestions visitors version } } b: node(id: $b) { ... on Callback { suggestions } } }`, { a: a.id, b: b.id });
    expect(stored.data).toEqual({ a: { suggestions: null, visitors: null, version: a.version }, b: { suggestions: '建议增加夜间照明' } });
  });

  it('should take an unqualified callback through escalation to closing with the manager opinion', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const recorded = await clerk.gql(RECORD, {
      input: {
        id: callback.id, version: callback.version, methods: ['PHONE', 'ON_SITE'], performedAt: new Date().toISOString(),
        satisfaction: 'UNSATISFIED', shortcomings: '问题未彻底解决', result: 'UNQUALIFIED', ownerConfirmation: 'CONFIRMED_BY_PHONE',
      },
    });
    expect(recorded.data.recordCallbackResult.userErrors).toEqual([]);
    const done = recorded.data.recordCallbackResult.callback;
    expect(done.status).toBe('DONE');

    // only a supervisor reviews
    const byClerk = await clerk.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { userErrors { code } } }`, { i: { id: done.id, version: done.version } });
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const reviewed = await supervisor.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { status version escalatedTo { username } reviewedBy { username } } userErrors { code } } }`, {
      i: { id: done.id, version: done.version, opinion: '回访不合格，上报项目经理' },
    });
    const escalated = reviewed.data.reviewCallback.callback;
    expect(escalated).toMatchObject({ status: 'ESCALATED', escalatedTo: { username: 'chenjie' }, reviewedBy: { username: 'liqiang' } });

    // only the project manager writes the handling opinion
    const bySupervisor = await supervisor.gql(`mutation ($i: CallbackActionInput!) { writeHandlingOpinion(input: $i) { userErrors { code } } }`, { i: { id: done.id, version: escalated.version, opinion: 'x' } });
    expect(bySupervisor.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const closed = await manager.gql(`mutation ($i: CallbackActionInput!) { writeHandlingOpinion(input: $i) { callback { status handlingOpinion handlingBy { username } closedAt } userErrors { code } } }`, {
      i: { id: done.id, version: escalated.version, opinion: '责成工程部三日内返修', followUp: '已安排复查' },
    });
    expect(closed.data.writeHandlingOpinion.callback).toMatchObject({ status: 'CLOSED', handlingOpinion: '责成工程部三日内返修', handlingBy: { username: 'chenjie' } });
    expect(closed.data.writeHandlingOpinion.callback.closedAt).toBeTruthy();
  });

  it('should mark a callback unreachable after three failed attempts', async () => {
    let callback = await createTestCallback(clerk, app.projectA);
    for (let i = 0; i < 3; i++) {
      const res = await clerk.gql(`mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id version status attemptCount ownerConfirmation } userErrors { code message } } }`, {
        i: { id: callback.id, version: callback.version, outcome: 'NO_ANSWER' },
      });
      callback = res.data.recordCallbackAttempt.callback;
    }
    expect(callback).toMatchObject({ status: 'UNREACHABLE', attemptCount: 3, ownerConfirmation: 'UNREACHABLE' });
  });

  it('should keep a voided callback with its serial code and reason', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const res = await supervisor.gql(`mutation ($i: VoidInput!) { voidCallback(input: $i) { callback { serialCode status voidReason } userErrors { code } } }`, {
      i: { id: callback.id, version: callback.version, reason: '重复登记' },
    });
    expect(res.data.voidCallback.callback).toEqual({ serialCode: callback.serialCode, status: 'VOIDED', voidReason: '重复登记' });
    const schema = await clerk.gql(`{ __schema { mutationType { fields { name } } } }`);
    expect(schema.data.__schema.mutationType.fields.map((f: { name: string }) => f.name).filter((n: string) => /delete|remove/i.test(n))).toEqual([]);
  });

  it('should keep the history of every change with who made it', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    await clerk.gql(UPDATE, { input: { rows: [{ id: callback.id, version: callback.version, patch: { suggestions: '加强巡逻' } }] } });
    const rows = await app.orm.em.fork().getConnection().execute(
      `select r.field, r.old_value, r.new_value, u.username from change_record r left join app_user u on u.id = r.changed_by_id
        where r.entity_type = 'Callback' and r.entity_id = ? and r.action = 'UPDATE'`,
      [Buffer.from(callback.id, 'base64url').toString().split(':')[1]],
    );
    expect(rows).toEqual([expect.objectContaining({ field: 'suggestions', old_value: null, new_value: '加强巡逻', username: 'zhangli' })]);
  });
});
