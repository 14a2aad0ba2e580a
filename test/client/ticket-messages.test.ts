import { SamplingOutcome, TicketKind } from '@hf/shared';
import { fitHeader, headerWidth } from '../../client/src/grid/header-width';
import { samplingMessage } from '../../client/src/tickets/sampling-message';

describe('why a completed ticket has no callback (issue 13 item 10)', () => {
  const passedOver = { ratePercent: 30, period: '2026Q4', completed: 25, selected: 4, outcome: SamplingOutcome.NOT_SAMPLED };

  it('should name the kind, the rate and the tally of the period, in each language', () => {
    expect(samplingMessage([passedOver], TicketKind.REPAIR, '2026Q4', 'zh-CN', 0)).toBe('未抽中回访（维修 30%，本季度已选 4/25）');
    expect(samplingMessage([passedOver], TicketKind.REPAIR, '2026Q4', 'en', 0)).toBe('not selected for a callback (Repair 30%, 4 of 25 selected this quarter)');
    expect(samplingMessage([{ ...passedOver, period: '2026-11' }], TicketKind.REPAIR, '2026-11', 'zh-CN', 0)).toBe('未抽中回访（维修 30%，本月已选 4/25）');
    expect(samplingMessage([passedOver], TicketKind.REPAIR, '2027Q1', 'zh-CN', 0)).toBe('未抽中回访（维修 30%，2026Q4 已选 4/25）');
    expect(samplingMessage([passedOver], TicketKind.REPAIR, '2027Q1', 'en', 0)).toBe('not selected for a callback (Repair 30%, 4 of 25 selected in 2026Q4)');
  });

  it('should say when the owner was called back too recently, and when the kind has no policy; nothing when a callback was scheduled', () => {
    expect(samplingMessage([{ ...passedOver, outcome: SamplingOutcome.MINIMUM_GAP }], TicketKind.REPAIR, '2026Q4', 'zh-CN', 0)).toMatch(/^未安排回访：业主近期已回访/);
    expect(samplingMessage([], TicketKind.ACTIVITY, '2026Q4', 'zh-CN', 0)).toBe('报刊杂志/文体活动没有回访规程，未安排回访');
    expect(samplingMessage([{ ...passedOver, outcome: SamplingOutcome.SELECTED }], TicketKind.REPAIR, '2026Q4', 'zh-CN', 1)).toBeNull();
  });
});

describe('column headers shown whole (issue 13 item 14)', () => {
  it('should widen a column whose header would be cut, and keep a wider one', () => {
    expect(fitHeader('业主/住户', 90)).toBeGreaterThan(90);
    expect(headerWidth('业主/住户')).toBeGreaterThan(headerWidth('业主'));
    expect(fitHeader('编号', 150)).toBe(150);
    expect(headerWidth('Received at')).toBeLessThan(headerWidth('受理时间受理时间'));
  });
});
