import { addDays, toLocalDate } from '@hf/shared';
import { completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

describe('scheduling callbacks when a ticket is completed', () => {
  let app: TestApp;
  let clerk: Client;

  beforeAll(async () => {
    app = await initTestApp();
    clerk = await app.as('zhangli');
  });
  afterAll(() => app.close());

  it('should schedule a callback due within 3 days and assign it to the project manager when a major complaint is completed', async () => {
    const { ticket, userErrors } = await createTestTicket(clerk, app.projectA, {
      kind: 'COMPLAINT', severity: 'MAJOR', department: '秩序维护部', category: null, summary: '车辆堵塞消防通道',
    });
    expect(userErrors).toEqual([]);
    const completedAt = new Date(Date.now() - 2 * 3_600_000);
    const done = await completeTestTicket(clerk, ticket, { completedAt: completedAt.toISOString() });

    expect(done.userErrors).toEqual([]);
    expect(done.callbacks).toHaveLength(1);
    const [callback] = done.callbacks;
    expect(callback.windowFrom).toBe(toLocalDate(completedAt));
    expect(callback.windowTo).toBe(addDays(toLocalDate(completedAt), 3));
    expect(callback.assignee).toEqual({ username: 'chenjie', role: 'PROJECT_MANAGER' });
    expect(callback.serialCode).toMatch(/^HF-A01-\d{4}-\d{6}$/);
    expect(callback.status).toBe('PLANNED');
  });

  it('should assign a general complaint to the supervisor of the department complained about together with a clerk', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA, {
      kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: null, summary: '报修三天无人上门',
    });
    const done = await completeTestTicket(clerk, ticket);

    expect(done.callbacks).toHaveLength(1);
    expect(done.callbacks[0].assignee).toEqual({ username: 'zhaogang', role: 'DEPARTMENT_SUPERVISOR' });
    expect(done.callbacks[0].coAssignee.role).toBe('CLERK');
    expect(done.callbacks[0].windowTo).toBe(addDays(done.callbacks[0].windowFrom, 3));
  });

  it('should select exactly 3 of 10 repairs at 30%, the 1st, 4th and 7th, every time', async () => {
    const selected: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'REPAIR', category: '门窗维修', summary: `阳台门第${i}次维修` });
      const done = await completeTestTicket(clerk, ticket);
      if (done.callbacks.length) selected.push(i);
    }
    expect(selected).toEqual([1, 4, 7]);

    const list = await clerk.gql(`{ callbacks(first: 100, filter: { kinds: [REPAIR] }) { totalCount edges { node { windowFrom windowTo anchorDate assignee { role } } } } }`);
    expect(list.data.callbacks.totalCount).toBe(3);
    for (const { node } of list.data.callbacks.edges) {
      // 维修工程回访应在完成维修工程1个月—2个月内进行
      expect(node.windowFrom.slice(5, 7)).not.toBe(node.anchorDate.slice(5, 7));
      expect(node.assignee.role).toBe('CLERK');
    }
  });

  it('should refuse a complaint without severity and department, naming both fields', async () => {
    const { ticket, userErrors } = await createTestTicket(clerk, app.projectA, { kind: 'COMPLAINT', category: null });
    expect(ticket).toBeNull();
    expect(userErrors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['department', 'severity']);
    expect(userErrors.every((e: { code: string }) => e.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('should number tickets by project, received date and daily sequence', async () => {
    const receivedAt = '2026-02-14T02:00:00.000Z';
    const first = await createTestTicket(clerk, app.projectA, { receivedAt });
    const second = await createTestTicket(clerk, app.projectA, { receivedAt });
    expect(first.ticket.number).toBe('A01-20260214-001');
    expect(second.ticket.number).toBe('A01-20260214-002');
  });
});
