import { notificationTarget } from '../../client/src/notifications/target';

describe('where a notification of the bell opens', () => {
  it('should open a callback at its row, a report in 季度报告 and the archive reminder in the statistics of its period', () => {
    expect(notificationTarget({ projectId: 'P1', targetType: 'Callback', targetId: 'C9', args: [{ name: 'code', value: 'HF-A01-2026-000009' }] }))
      .toEqual({ sheet: 'callbacks', projectId: 'P1', period: 'all', rowId: 'C9' });
    expect(notificationTarget({ projectId: 'P1', targetType: 'QuarterlyReport', targetId: 'R1', args: [{ name: 'period', value: '2026Q3' }] }))
      .toEqual({ sheet: 'report', projectId: 'P1', period: '2026Q3' });
    expect(notificationTarget({ projectId: 'P1', targetType: 'Project', targetId: 'P1', args: [{ name: 'period', value: '2026Q3' }] }))
      .toEqual({ sheet: 'statistics', projectId: 'P1', period: '2026Q3' });
    expect(notificationTarget({ projectId: null, targetType: null, targetId: null, args: [] })).toBeNull();
  });
});
