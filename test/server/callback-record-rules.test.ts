import { CALLBACK_FIELDS, completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// Issue 13 items 6, 7 and 11: the rules of a record as the clerk fills it in the paper form's order.

const UPDATE = `mutation ($input: UpdateCallbacksInput!) {
  updateCallbacks(input: $input) { savedCount callbacks { ${CALLBACK_FIELDS} shortcomings followUp handlingBy { username } closedAt }
  userErrors { field code message } warnings { field code message } } }`;
const RECORD = `mutation ($input: RecordCallbackResultInput!) {
  recordCallbackResult(input: $input) { callback { ${CALLBACK_FIELDS} } userErrors { field code message } } }`;
const ACTION = (name: string) => `mutation ($i: CallbackActionInput!) { ${name}(input: $i) { callback { status version closedAt handlingOpinion followUp } userErrors { field code message } } }`;
const STATISTICS = `query ($p: ID!) { quarterlyStatistics(projectId: $p) { kinds { kind callbacksDone doneWithinWindow } } }`;

const day = 86_400_000;
const localDate = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * day).toISOString().slice(0, 10);

describe('the rules of a callback record (issue 13)', () => {
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

  /** a completed repair with a callback added by hand, its window as given (default: open from today for a week) */
  async function callbackWith(window: { windowFrom?: string; windowTo?: string } = {}, by: Client = clerk) {
    const { ticket } = await createTestTicket(clerk, app.projectA);
    await completeTestTicket(clerk, ticket);
    const res = await by.gql(`mutation ($input: AddCallbackInput!) { addCallback(input: $input) { callback { ${CALLBACK_FIELDS} } userErrors { field code message } } }`, {
      input: { ticketId: ticket.id, ...window },
    });
    if (!res.data?.addCallback.callback) throw new Error(JSON.stringify(res));
    return res.data.addCallback.callback;
  }
  const row = (callback: { id: string; version: number }, patch: Record<string, unknown>) => ({ input: { rows: [{ id: callback.id, version: callback.version, patch }] } });
  const complete = { methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), result: 'QUALIFIED' };

  describe('不满意 before 缺点与不足 (item 7)', () => {
    it('should accept 不满意 without 缺点与不足, keep the record planned and say the comment is missing, then record it done once given', async () => {
      const callback = await callbackWith();
      const first = (await clerk.gql(UPDATE, row(callback, { ...complete, satisfaction: 'UNSATISFIED', result: 'UNQUALIFIED' }))).data.updateCallbacks;
      expect(first.userErrors).toEqual([]);
      expect(first.savedCount).toBe(1);
      expect(first.callbacks[0]).toMatchObject({ status: 'PLANNED', satisfaction: 'UNSATISFIED', shortcomings: null });
      expect(first.warnings).toEqual([
        { field: ['rows', '0', 'shortcomings'], code: 'SHORTCOMINGS_REQUIRED', message: '不满意须填写缺点与不足 (say what was wrong when the owner is dissatisfied)' },
      ]);

      const second = (await clerk.gql(UPDATE, row(first.callbacks[0], { shortcomings: '问题未彻底解决' }))).data.updateCallbacks;
      expect(second.userErrors).toEqual([]);
      expect(second.warnings).toEqual([]);
      expect(second.callbacks[0]).toMatchObject({ status: 'DONE', satisfaction: 'UNSATISFIED', shortcomings: '问题未彻底解决' });
    });

    it('should refuse a whole record of 不满意 without 缺点与不足, and a done record losing its comment, naming 缺点与不足', async () => {
      const callback = await callbackWith();
      const recorded = (await clerk.gql(RECORD, { input: { id: callback.id, version: callback.version, ...complete, satisfaction: 'VERY_UNSATISFIED' } })).data.recordCallbackResult;
      expect(recorded.callback).toBeNull();
      expect(recorded.userErrors).toEqual([{ field: ['shortcomings'], code: 'BAD_USER_INPUT', message: '不满意须填写缺点与不足 (say what was wrong when the owner is dissatisfied)' }]);

      const done = (await clerk.gql(UPDATE, row(callback, { ...complete, satisfaction: 'UNSATISFIED', shortcomings: '处理不及时' }))).data.updateCallbacks.callbacks[0];
      expect(done.status).toBe('DONE');
      const cleared = (await clerk.gql(UPDATE, row(done, { shortcomings: null }))).data.updateCallbacks;
      expect(cleared.savedCount).toBe(0);
      expect(cleared.userErrors).toEqual([expect.objectContaining({ field: ['rows', '0', 'shortcomings'], code: 'BAD_USER_INPUT' })]);
      expect(cleared.callbacks[0]).toMatchObject({ status: 'DONE', shortcomings: '处理不及时', version: done.version });
    });
  });

  describe('recorded out of its window or by someone else (item 11)', () => {
    it('should accept a record weeks before the window opens with a warning, and count it done but not within the window', async () => {
      const before = (await clerk.gql(STATISTICS, { p: app.projectA })).data.quarterlyStatistics.kinds.find((k: { kind: string }) => k.kind === 'REPAIR');
      const callback = await callbackWith({ windowFrom: localDate(21), windowTo: localDate(35) });
      const res = (await clerk.gql(UPDATE, row(callback, { ...complete, satisfaction: 'SATISFIED' }))).data.updateCallbacks;
      expect(res.userErrors).toEqual([]);
      expect(res.callbacks[0].status).toBe('DONE');
      expect(res.warnings).toEqual([expect.objectContaining({ field: ['rows', '0', 'performedAt'], code: 'BEFORE_WINDOW' })]);
      expect(res.warnings[0].message).toContain(`早于回访期限（${localDate(21)} 起）`);
      const after = (await clerk.gql(STATISTICS, { p: app.projectA })).data.quarterlyStatistics.kinds.find((k: { kind: string }) => k.kind === 'REPAIR');
      expect(after.callbacksDone).toBe(before.callbacksDone + 1);
      expect(after.doneWithinWindow).toBe(before.doneWithinWindow);
    });

    it("should accept a record of another clerk's callback and say whose it is, while it is filled in", async () => {
      const callback = await callbackWith(); // assigned to 张丽, who added it
      expect(callback.assignee.username).toBe('zhangli');
      const partial = (await otherClerk.gql(UPDATE, row(callback, { suggestions: '希望周末上门' }))).data.updateCallbacks;
      expect(partial.savedCount).toBe(1);
      expect(partial.warnings).toEqual([
        { field: ['rows', '0', 'visitors'], code: 'NOT_ASSIGNEE', message: '此回访分配给 张丽，不是本人 (assigned to 张丽, not to the one recording it)' },
      ]);
      const done = (await otherClerk.gql(UPDATE, row(partial.callbacks[0], { ...complete, satisfaction: 'SATISFIED' }))).data.updateCallbacks;
      expect(done.callbacks[0].status).toBe('DONE');
      expect(done.warnings.map((w: { code: string }) => w.code)).toEqual(['NOT_ASSIGNEE']);
      // her own record of her own callback says nothing
      const own = await callbackWith();
      expect((await clerk.gql(UPDATE, row(own, { ...complete, satisfaction: 'SATISFIED' }))).data.updateCallbacks.warnings).toEqual([]);
    });
  });

  describe('处理意见 and 跟进情况 (item 6)', () => {
    async function escalated() {
      const callback = await callbackWith();
      const done = (await clerk.gql(UPDATE, row(callback, { ...complete, satisfaction: 'UNSATISFIED', shortcomings: '问题未彻底解决', result: 'UNQUALIFIED' }))).data.updateCallbacks.callbacks[0];
      const reviewed = (await supervisor.gql(ACTION('reviewCallback'), { i: { id: done.id, version: done.version, opinion: '上报项目经理' } })).data.reviewCallback.callback;
      expect(reviewed.status).toBe('ESCALATED');
      return { id: done.id, version: reviewed.version };
    }

    it('should keep an escalation open after the handling opinion is saved in the grid, take the follow-up, and close on 关闭', async () => {
      const callback = await escalated();
      const early = (await manager.gql(ACTION('closeCallback'), { i: callback })).data.closeCallback;
      expect(early.userErrors).toEqual([{ field: ['id'], code: 'INVALID_STATE', message: '请先填写处理意见再关闭 (write the handling opinion before closing)' }]);

      const opinion = (await manager.gql(UPDATE, row(callback, { handlingOpinion: '责成工程部三日内返修' }))).data.updateCallbacks;
      expect(opinion.userErrors).toEqual([]);
      expect(opinion.callbacks[0]).toMatchObject({ status: 'ESCALATED', handlingOpinion: '责成工程部三日内返修', handlingBy: { username: 'chenjie' }, closedAt: null });

      const followUp = (await manager.gql(UPDATE, row(opinion.callbacks[0], { followUp: '已返修，业主确认' }))).data.updateCallbacks;
      expect(followUp.userErrors).toEqual([]);
      expect(followUp.callbacks[0]).toMatchObject({ status: 'ESCALATED', followUp: '已返修，业主确认' });

      const bySupervisor = (await supervisor.gql(ACTION('closeCallback'), { i: { id: callback.id, version: followUp.callbacks[0].version } })).data.closeCallback;
      expect(bySupervisor.userErrors).toEqual([expect.objectContaining({ field: ['id'], code: 'FORBIDDEN' })]);
      const closed = (await manager.gql(ACTION('closeCallback'), { i: { id: callback.id, version: followUp.callbacks[0].version } })).data.closeCallback;
      expect(closed.userErrors).toEqual([]);
      expect(closed.callback).toMatchObject({ status: 'CLOSED', handlingOpinion: '责成工程部三日内返修', followUp: '已返修，业主确认' });
      expect(closed.callback.closedAt).toBeTruthy();
      // closed: the follow-up is locked now
      const late = (await manager.gql(UPDATE, row({ id: callback.id, version: closed.callback.version }, { followUp: '再补一句' }))).data.updateCallbacks;
      expect(late.userErrors).toEqual([expect.objectContaining({ field: ['rows', '0', 'followUp'], code: 'FORBIDDEN' })]);
    });

    it('should still write the opinion and close in one step through the form (writeHandlingOpinion)', async () => {
      const callback = await escalated();
      const res = (await manager.gql(ACTION('writeHandlingOpinion'), { i: { ...callback, opinion: '当面致歉', followUp: '三日后回访' } })).data.writeHandlingOpinion;
      expect(res.userErrors).toEqual([]);
      expect(res.callback).toMatchObject({ status: 'CLOSED', handlingOpinion: '当面致歉', followUp: '三日后回访' });
    });
  });
});
