import type { ReportFiguresFragment } from '../../client/src/api/generated/graphql';
import { figureChanges } from '../../client/src/reports/figure-changes';

const kind = (k: string | null, over: Partial<ReportFiguresFragment['totals']> = {}): ReportFiguresFragment['totals'] => ({
  kind: k as never, ticketsCompleted: 4, callbacksRequired: 2, callbacksPlanned: 2, callbacksDone: 2, targetRatePercent: 30,
  achievedRatePercent: 100, targetMet: true, doneWithinWindow: 2, overdue: 0, unreachable: 0, ...over,
});
const figures = (over: Partial<ReportFiguresFragment> = {}): ReportFiguresFragment => ({
  period: '2026Q3', from: '2026-07-01', to: '2026-09-30', asOf: '2026-10-05', computedAt: '2026-10-05T02:00:00.000Z',
  kinds: [kind('REPAIR')], totals: kind(null, { targetRatePercent: null }),
  satisfaction: { rated: 2, satisfiedRatePercent: 100 }, unqualifiedCallbacks: [], repeatedComplaints: [], repeatedRepairs: [], ...over,
});

describe('changed since submission (the report screen marks what differs from the frozen figures)', () => {
  it('should mark nothing when the live figures are the frozen ones, whenever they were computed', () => {
    expect(figureChanges(figures(), figures({ computedAt: '2026-12-03T08:00:00.000Z' })).size).toBe(0);
    expect(figureChanges(figures(), null).size).toBe(0);
  });

  it('should mark each cell and summary figure that moved, with the frozen and the live value', () => {
    const live = figures({
      kinds: [kind('REPAIR', { ticketsCompleted: 5, achievedRatePercent: 66.7 })],
      totals: kind(null, { ticketsCompleted: 5, targetRatePercent: null }),
      satisfaction: { rated: 3, satisfiedRatePercent: 66.7 },
      unqualifiedCallbacks: [{ callbackId: 'x' }],
    });
    const changes = figureChanges(figures(), live);
    expect(Object.fromEntries(changes)).toEqual({
      'REPAIR:ticketsCompleted': { frozen: 4, live: 5 },
      'REPAIR:achievedRatePercent': { frozen: 100, live: 66.7 },
      'total:ticketsCompleted': { frozen: 4, live: 5 },
      'summary:rated': { frozen: 2, live: 3 },
      'summary:satisfiedRatePercent': { frozen: 100, live: 66.7 },
      'summary:unqualified': { frozen: 0, live: 1 },
    });
  });

  it('should mark a kind that appears only in the live figures in every column', () => {
    const changes = figureChanges(figures(), figures({ kinds: [kind('REPAIR'), kind('HELP')] }));
    expect([...changes.keys()].filter((k) => k.startsWith('HELP:'))).toHaveLength(10);
  });
});
