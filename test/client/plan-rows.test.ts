import type { CallbackRowFragment } from '../../client/src/api/generated/graphql';
import { dueByAssignee, planOrder } from '../../client/src/plan/plan-rows';

const row = (serialCode: string, assignee: string | null, windowTo: string, overdue = false) =>
  ({ serialCode, assignee: assignee ? { id: assignee, displayName: assignee } : null, windowTo, overdue }) as unknown as CallbackRowFragment;

describe('回访计划: who calls whom, by when', () => {
  const rows = [
    row('c1', '王芳', '2026-12-10'),
    row('c2', '张丽', '2026-12-03', true),
    row('c3', null, '2026-12-05', true),
    row('c4', '王芳', '2026-12-01', true),
    row('c5', '张丽', '2026-12-01'),
  ];

  it('should list the callbacks by assignee in Chinese order, the earliest window end first', () => {
    expect(planOrder(rows).map((r) => r.serialCode)).toEqual(['c3', 'c4', 'c1', 'c5', 'c2']);
  });

  it('should count each assignee\'s due and overdue callbacks, with the unassigned ones under their own name', () => {
    expect(dueByAssignee(planOrder(rows), '未分配')).toEqual([
      ['未分配', { count: 1, overdue: 1 }],
      ['王芳', { count: 2, overdue: 1 }],
      ['张丽', { count: 2, overdue: 1 }],
    ]);
  });
});
