import { StatisticsPeriod, WorkQueueKind } from '@hf/shared';
import { badgesBySheet, fieldOfQueue, hashFor, periodOfRow, rowOfHash, sheetOfHash, sheetOfQueue } from '../../client/src/work-queue/navigation';

describe('待办 navigation', () => {
  it('should address a row of a sheet in the hash, with the column to fill, and read it back', () => {
    const hash = hashFor({ sheet: 'callbacks', rowId: 'Q2FsbGJhY2s6MTA', field: 'handlingOpinion' });
    expect(hash).toBe('/callbacks?row=Q2FsbGJhY2s6MTA&col=handlingOpinion');
    expect(sheetOfHash(`#${hash}`)).toBe('callbacks');
    expect(rowOfHash(`#${hash}`)).toEqual({ rowId: 'Q2FsbGJhY2s6MTA', field: 'handlingOpinion' });
    expect(hashFor({ sheet: 'statistics' })).toBe('/statistics');
    expect(rowOfHash('#/statistics')).toBeNull();
    expect(sheetOfHash('')).toBe('');
  });

  it("should open a callback in its anchor date's period when the header offers it, else in all periods", () => {
    expect(periodOfRow('2026-09-04', StatisticsPeriod.QUARTER, '2026-12-03')).toBe('2026Q3');
    expect(periodOfRow('2025-01-04', StatisticsPeriod.QUARTER, '2026-12-03')).toBe('all');
    expect(periodOfRow('2026-11-20', StatisticsPeriod.MONTH, '2026-12-03')).toBe('2026-11');
    // 跨期: a callback carried over from an archived period is recorded in the current period's sheet
    expect(periodOfRow('2026-09-04', StatisticsPeriod.QUARTER, '2026-12-03', '2026Q3')).toBe('2026Q4');
  });

  it('should put every queue in the sheet its items open in and add the counts into one badge per sheet and the 待办 total', () => {
    expect(sheetOfQueue(WorkQueueKind.CALLBACKS_OVERDUE)).toBe('callbacks');
    expect(sheetOfQueue(WorkQueueKind.REPORTS_TO_REVIEW)).toBe('report');
    expect(fieldOfQueue(WorkQueueKind.ESCALATIONS_WITHOUT_OPINION)).toBe('handlingOpinion');
    expect(fieldOfQueue(WorkQueueKind.RECORDS_TO_REVIEW)).toBe('reviewOpinion');
    expect(badgesBySheet([
      { kind: 'RECORDS_TO_REVIEW', count: 4 }, { kind: 'REPORTS_TO_REVIEW', count: 1 }, { kind: 'ARCHIVE_DUE', count: 1 },
    ])).toEqual({ work: 6, callbacks: 4, report: 1, statistics: 1 });
    expect(badgesBySheet([])).toEqual({ work: 0 });
  });
});
