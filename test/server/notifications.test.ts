import 'reflect-metadata';
import { addDays, archiveDueDate, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { periodDueForArchiving } from '../../server/src/modules/work-queues/work-queue.rules';
import { sweepReminders } from '../../server/src/modules/notifications/reminder.service';
import { completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// Issue 15: reminders computed by the sweep become notifications to the person who must act — once per cause —
// and are resolved when the cause goes away; each person reads and marks only their own.

const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version serialCode } userErrors { field code message } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version status } userErrors { field code message } } }`;
const LIST = `query ($r: Boolean) { unreadNotificationCount notifications(first: 50, includeResolved: $r) { totalCount edges { node {
  id kind message messageKey args { name value } targetId targetType readAt resolvedAt } } } }`;
const MARK = `mutation ($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { markedCount unreadCount userErrors { field code message } } }`;

type Item = { id: string; kind: string; message: string; messageKey: string; args: { name: string; value: string }[]; targetId: string | null; readAt: string | null; resolvedAt: string | null };
const items = (res: { data?: { notifications: { edges: { node: Item }[] } } }) => res.data!.notifications.edges.map((e) => e.node);

describe('reminders and notifications', () => {
  let app: TestApp;
  let clerk: Client; // 张丽, A01
  let otherClerk: Client; // 王芳, A01
  let supervisor: Client; // 李强, A01
  let manager: Client; // 陈杰, A01
  let supervisorB: Client; // 孙伟, B02
  let users: Record<string, string>;
  const now = new Date();
  const today = toLocalDate(now);
  const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
  const sweep = (at = now) => sweepReminders(app.orm.em.fork(), { now: at, today: toLocalDate(at) });

  async function callbackWithWindow(from: string, to: string, assignee = 'zhangli') {
    const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'HELP', category: null, receivedAt: new Date(Date.parse(`${addDays(today, -21)}T10:00:00+08:00`)).toISOString() });
    const done = await completeTestTicket(clerk, ticket, { completedAt: new Date(Date.parse(`${addDays(today, -20)}T10:00:00+08:00`)).toISOString() });
    for (const c of done.callbacks) await sql(`update callback set status = 'VOIDED', void_reason = 'test' where serial_code = ?`, [c.serialCode]);
    const added = await clerk.gql(ADD, { i: { ticketId: done.ticket.id, windowFrom: from, windowTo: to, assigneeId: users[assignee] } });
    if (!added.data?.addCallback.callback) throw new Error(JSON.stringify(added));
    return added.data.addCallback.callback as { id: string; version: number; serialCode: string };
  }

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, otherClerk, supervisor, manager, supervisorB] = await Promise.all(['zhangli', 'wangfang', 'liqiang', 'chenjie', 'sunwei'].map((u) => app.as(u)));
    const rows = await sql(`select id, username from app_user`);
    users = Object.fromEntries(rows.map((r: { id: number; username: string }) => [r.username, Buffer.from(`User:${r.id}`).toString('base64url')]));
  });

  afterAll(async () => {
    await app.close();
  });

  it('should remind the assignee of a window closing and of an overdue callback once, however often the sweep runs', async () => {
    const closing = await callbackWithWindow(addDays(today, -5), addDays(today, 1));
    const overdue = await callbackWithWindow(addDays(today, -9), addDays(today, -3));
    const later = await callbackWithWindow(addDays(today, -1), addDays(today, 10));
    await sweep();
    await sweep();
    const mine = items(await clerk.gql(LIST));
    const about = (code: string) => mine.filter((n) => n.args.some((a) => a.name === 'code' && a.value === code));
    expect(about(closing.serialCode).map((n) => n.kind)).toEqual(['WINDOW_CLOSING']);
    expect(about(closing.serialCode)[0].message).toBe(`${closing.serialCode} 回访期限将于 ${addDays(today, 1)} 截止 (${closing.serialCode}: the callback window closes on ${addDays(today, 1)})`);
    expect(about(closing.serialCode)[0].targetId).toBe(closing.id);
    expect(about(overdue.serialCode).map((n) => [n.kind, n.messageKey])).toEqual([['CALLBACK_OVERDUE', 'reminder.CALLBACK_OVERDUE']]);
    expect(about(overdue.serialCode)[0].args).toContainEqual({ name: 'days', value: '3' });
    expect(about(later.serialCode)).toEqual([]);
    // another clerk is not told of 张丽's callbacks; the project's supervisor neither
    expect(items(await otherClerk.gql(LIST)).filter((n) => n.args.some((a) => a.value === overdue.serialCode))).toEqual([]);
    expect(items(await supervisor.gql(LIST)).filter((n) => n.args.some((a) => a.value === overdue.serialCode))).toEqual([]);
    const stored = await sql(`select count(*)::int as n from notification where args->>'code' = ?`, [overdue.serialCode]);
    expect(stored[0].n).toBe(1);
  });

  it('should resolve the reminder when the callback is recorded, and tell the supervisor once the record has waited a day', async () => {
    const overdue = await callbackWithWindow(addDays(today, -9), addDays(today, -2));
    await sweep();
    const before = items(await clerk.gql(LIST)).find((n) => n.args.some((a) => a.value === overdue.serialCode));
    expect(before?.kind).toBe('CALLBACK_OVERDUE');
    const recorded = await clerk.gql(RECORD, {
      i: { id: overdue.id, version: overdue.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'SATISFIED', result: 'QUALIFIED' },
    });
    expect(recorded.data.recordCallbackResult.callback.status).toBe('DONE');
    await sweep();
    expect(items(await clerk.gql(LIST)).find((n) => n.id === before!.id)).toBeUndefined();
    const resolved = items(await clerk.gql(LIST, { r: true })).find((n) => n.id === before!.id);
    expect(resolved?.resolvedAt).not.toBeNull();
    // the record has not waited a day yet: no review reminder
    expect(items(await supervisor.gql(LIST)).filter((n) => n.kind === 'REVIEW_WAITING' && n.args.some((a) => a.value === overdue.serialCode))).toEqual([]);
    // two days later it has: the supervisor of A01 is told, B02's is not
    await sweep(new Date(now.getTime() + 2.5 * 86_400_000));
    const review = items(await supervisor.gql(LIST)).filter((n) => n.kind === 'REVIEW_WAITING' && n.args.some((a) => a.value === overdue.serialCode));
    expect(review).toHaveLength(1);
    expect(review[0].args).toContainEqual({ name: 'days', value: '2' });
    expect(items(await supervisorB.gql(LIST)).filter((n) => n.args.some((a) => a.value === overdue.serialCode))).toEqual([]);
  });

  it('should tell the project manager of an escalation without opinion after two days, and resolve it when the opinion is written', async () => {
    const callback = await callbackWithWindow(addDays(today, -3), addDays(today, 10));
    const recorded = await clerk.gql(RECORD, {
      i: { id: callback.id, version: callback.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'UNSATISFIED', shortcomings: '处理不及时', result: 'UNQUALIFIED' },
    });
    const reviewed = await supervisor.gql(
      `mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { id version status } userErrors { message } } }`,
      { i: { id: callback.id, version: recorded.data.recordCallbackResult.callback.version, opinion: '回访不合格，上报项目经理' } },
    );
    expect(reviewed.data.reviewCallback.callback.status).toBe('ESCALATED');
    const later = new Date(now.getTime() + 3 * 86_400_000);
    await sweep(later);
    const escalations = items(await manager.gql(LIST)).filter((n) => n.kind === 'ESCALATION_WAITING' && n.args.some((a) => a.value === callback.serialCode));
    expect(escalations).toHaveLength(1);
    const opinion = await manager.gql(
      `mutation ($i: CallbackActionInput!) { writeHandlingOpinion(input: $i) { callback { status } userErrors { message } } }`,
      { i: { id: callback.id, version: reviewed.data.reviewCallback.callback.version, opinion: '已安排工程部返修' } },
    );
    expect(opinion.data.writeHandlingOpinion.userErrors).toEqual([]);
    await sweep(later);
    expect(items(await manager.gql(LIST)).filter((n) => n.id === escalations[0].id)).toEqual([]);
  });

  it('should count unread ones, mark one or all read, and never mark or show another person’s', async () => {
    await callbackWithWindow(addDays(today, -9), addDays(today, -4));
    await callbackWithWindow(addDays(today, -9), addDays(today, -5));
    await callbackWithWindow(addDays(today, -9), addDays(today, -4), 'wangfang');
    await sweep();
    const list = await clerk.gql(LIST);
    const unread = list.data.unreadNotificationCount;
    expect(unread).toBeGreaterThanOrEqual(2);
    const [first] = items(list);
    const others = items(await otherClerk.gql(LIST));
    // marking another person's notification marks nothing
    const foreign = await clerk.gql(MARK, { i: { ids: [others[0].id] } });
    expect(foreign.data.markNotificationsRead).toMatchObject({ markedCount: 0, unreadCount: unread, userErrors: [] });
    const one = await clerk.gql(MARK, { i: { ids: [first.id] } });
    expect(one.data.markNotificationsRead).toMatchObject({ markedCount: 1, unreadCount: unread - 1 });
    expect(items(await clerk.gql(LIST)).find((n) => n.id === first.id)?.readAt).not.toBeNull();
    const all = await clerk.gql(MARK, { i: { all: true } });
    expect(all.data.markNotificationsRead.unreadCount).toBe(0);
    expect((await otherClerk.gql(LIST)).data.unreadNotificationCount).toBeGreaterThan(0);
    const bad = await clerk.gql(MARK, { i: { ids: ['not-an-id'] } });
    expect(bad.data.markNotificationsRead.userErrors[0]).toMatchObject({ field: ['ids', '0'], code: 'BAD_USER_INPUT' });
    expect((await app.anonymous.gql(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should remind the supervisors of archiving the previous quarter from 3 days before the 10th, until it is archived', async () => {
    // the demo organisation's projects compile quarterly: the quarter before today's is due on the 10th of this one
    const period = periodDueForArchiving(StatisticsPeriod.QUARTER, today);
    const due = archiveDueDate(period);
    await sweep(new Date(Date.parse(`${addDays(due, -4)}T09:00:00+08:00`)));
    const early = items(await supervisor.gql(LIST)).filter((n) => n.kind === 'ARCHIVE_DUE' && n.args.some((a) => a.value === period));
    expect(early).toEqual([]);
    await sweep(new Date(Date.parse(`${addDays(due, -2)}T09:00:00+08:00`)));
    const reminder = items(await supervisor.gql(LIST)).filter((n) => n.kind === 'ARCHIVE_DUE' && n.args.some((a) => a.value === period));
    expect(reminder).toHaveLength(1);
    expect(reminder[0].message).toContain(`须于 ${due} 前存档`);
    expect(items(await clerk.gql(LIST)).filter((n) => n.kind === 'ARCHIVE_DUE')).toEqual([]);
  });
});
