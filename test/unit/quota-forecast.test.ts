import { classifyOpenCallback, forecastQuota, type QuotaForecastInput } from '../../server/src/modules/statistics/quota-forecast.rules';

// 回访率预测 (issue 17, item 5): hand-made cases of the model written down in README.md ("Quota forecast").
// Period 2026Q4 (1 Oct – 31 Dec), judged on 1 December, attempt cap 3.
describe('quota forecast (回访率预测)', () => {
  const base: QuotaForecastInput = { kind: 'REPAIR', required: 0, done: 0, open: [], today: '2026-12-01', periodEnd: '2026-12-31', maxAttempts: 3 };
  const open = (windowFrom: string, windowTo: string, count = 1, failedAttempts = 0) => ({ windowFrom, windowTo, failedAttempts, count });

  it('should put each planned callback in its class by its window, the period end and its failed attempts', () => {
    const c = (o: ReturnType<typeof open>) => classifyOpenCallback(o, '2026-12-01', '2026-12-31', 3);
    expect(c(open('2026-11-25', '2026-12-05'))).toBe('dueInPeriod');
    // a window closing on the period's last day is still due in it; one opening on that day too
    expect(c(open('2026-12-31', '2026-12-31'))).toBe('dueInPeriod');
    expect(c(open('2026-12-20', '2027-01-20'))).toBe('endsAfterPeriod');
    expect(c(open('2027-01-01', '2027-01-31'))).toBe('opensAfterPeriod');
    // the window closed yesterday: overdue; closing today: still due
    expect(c(open('2026-11-20', '2026-11-30'))).toBe('overdue');
    expect(c(open('2026-11-20', '2026-12-01'))).toBe('dueInPeriod');
    // two failed attempts of three: one more failure makes it 无法联系
    expect(c(open('2026-11-25', '2026-12-05', 1, 1))).toBe('dueInPeriod');
    expect(c(open('2026-11-25', '2026-12-05', 1, 2))).toBe('lastAttempt');
    expect(c(open('2026-12-20', '2027-01-20', 1, 2))).toBe('lastAttempt');
    // an overdue one stays overdue, whatever its attempts; a window after the period is not in reach at all
    expect(c(open('2026-11-01', '2026-11-10', 1, 2))).toBe('overdue');
    expect(c(open('2027-01-01', '2027-01-31', 1, 2))).toBe('opensAfterPeriod');
  });

  it('should say the target will be met when the done and the likely ones reach the required count', () => {
    // 10 required, 6 done, 4 due in December with attempts left
    const f = forecastQuota({ ...base, required: 10, done: 6, open: [open('2026-12-01', '2026-12-08', 3), open('2026-12-10', '2026-12-17', 1)] });
    expect(f).toMatchObject({ required: 10, done: 6, dueInPeriod: 4, expectedDone: 10, bestCase: 10, atRisk: false, shortBy: 0, canStillBeMet: true, daysLeft: 31 });
  });

  it('should flag the kind at risk, short by what the likely ones miss, when some are on their last attempt or slip past the end', () => {
    // 10 required, 5 done; likely: 2; possible: 1 on its last attempt, 2 closing in January, 1 overdue; 3 open only in January
    const f = forecastQuota({
      ...base,
      required: 10,
      done: 5,
      open: [
        open('2026-12-01', '2026-12-08', 2),
        open('2026-12-01', '2026-12-08', 1, 2),
        open('2026-12-15', '2027-01-15', 2),
        open('2026-11-10', '2026-11-17', 1),
        open('2027-01-05', '2027-02-05', 3),
      ],
    });
    expect(f).toMatchObject({
      dueInPeriod: 2, lastAttempt: 1, endsAfterPeriod: 2, overdue: 1, opensAfterPeriod: 3,
      expectedDone: 7, bestCase: 11, atRisk: true, shortBy: 3, canStillBeMet: true,
    });
  });

  it('should say the target cannot be met by the planned callbacks when even the best case falls short', () => {
    // 30 % of 40 repairs = 12 required; 4 done, 3 likely, 2 possible, 4 whose windows open after the period
    const f = forecastQuota({
      ...base,
      required: 12,
      done: 4,
      open: [open('2026-12-02', '2026-12-20', 3), open('2026-12-25', '2027-01-25', 2), open('2027-01-02', '2027-02-02', 4)],
    });
    expect(f).toMatchObject({ expectedDone: 7, bestCase: 9, atRisk: true, shortBy: 5, canStillBeMet: false });
  });

  it('should count days left with today and the last day, and see only the done ones on the last day', () => {
    const last = forecastQuota({ ...base, today: '2026-12-31', required: 3, done: 2, open: [open('2026-12-20', '2026-12-30', 1)] });
    expect(last).toMatchObject({ daysLeft: 1, overdue: 1, expectedDone: 2, bestCase: 3, atRisk: true, shortBy: 1, canStillBeMet: true });
    expect(forecastQuota({ ...base, today: '2026-10-01' }).daysLeft).toBe(92);
  });

  it('should never put a kind without required callbacks at risk, nor one whose target is already met', () => {
    expect(forecastQuota({ ...base, required: 0, done: 0 })).toMatchObject({ atRisk: false, shortBy: 0, canStillBeMet: true });
    expect(forecastQuota({ ...base, required: 4, done: 5, open: [open('2027-01-02', '2027-02-02', 4)] }))
      .toMatchObject({ expectedDone: 5, atRisk: false, shortBy: 0 });
  });

  it('should treat every planned callback as on its last attempt when the cap is one attempt', () => {
    const f = forecastQuota({ ...base, maxAttempts: 1, required: 2, done: 0, open: [open('2026-12-01', '2026-12-08', 2)] });
    expect(f).toMatchObject({ dueInPeriod: 0, lastAttempt: 2, expectedDone: 0, bestCase: 2, atRisk: true, shortBy: 2, canStillBeMet: true });
  });
});
