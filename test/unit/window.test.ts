import { Anchor, CallbackPurpose, OffsetUnit, policyPreset, PolicyPresetName, Role, TicketKind } from '@hf/shared';
import { anchorDate, callbackWindow, earliestPerformedAt } from '../../server/src/modules/callbacks/window';

const ticket = {
  receivedAt: new Date('2026-02-10T01:00:00Z'),
  startedAt: new Date('2026-02-11T01:00:00Z'),
  completedAt: new Date('2026-02-14T02:00:00Z'),
  contractStart: '2026-03-01',
  contractEnd: '2026-05-31',
};
const stageOf = (kind: TicketKind, index = 0, preset = PolicyPresetName.STANDARD_000) =>
  policyPreset(preset).find((p) => p.kind === kind)!.stages[index];

describe('callback windows (回访时效)', () => {
  it('should give complaints 3 days from completion', () => {
    expect(callbackWindow(stageOf(TicketKind.COMPLAINT), ticket)).toEqual({ anchorDate: '2026-02-14', from: '2026-02-14', to: '2026-02-17' });
  });

  it('should give repairs 1 to 2 months after completion', () => {
    expect(callbackWindow(stageOf(TicketKind.REPAIR), ticket)).toEqual({ anchorDate: '2026-02-14', from: '2026-03-14', to: '2026-04-14' });
  });

  it('should call special services back at the contract midpoint and at its end', () => {
    expect(callbackWindow(stageOf(TicketKind.SPECIAL_SERVICE, 0), ticket)?.anchorDate).toBe('2026-04-15');
    expect(callbackWindow(stageOf(TicketKind.SPECIAL_SERVICE, 1), ticket)).toEqual({ anchorDate: '2026-05-31', from: '2026-05-31', to: '2026-06-07' });
  });

  it('should have no window while the anchor event has not happened', () => {
    expect(callbackWindow(stageOf(TicketKind.HELP), { ...ticket, completedAt: null })).toBeNull();
    expect(anchorDate(Anchor.CONTRACT_MIDPOINT, { ...ticket, contractEnd: null })).toBeNull();
  });

  it('should support decoration-style stages 7 and 15 days after work starts', () => {
    const stage = { anchor: Anchor.STARTED, fromOffset: 7, toOffset: 7, unit: OffsetUnit.DAY, ratePercent: 100, performerRole: Role.CLERK, purpose: CallbackPurpose.REGULAR };
    expect(callbackWindow(stage, ticket)).toEqual({ anchorDate: '2026-02-11', from: '2026-02-18', to: '2026-02-18' });
    expect(earliestPerformedAt(Anchor.STARTED, ticket)).toEqual(ticket.startedAt);
    expect(earliestPerformedAt(Anchor.COMPLETED, ticket)).toEqual(ticket.completedAt);
  });

  it('should raise repair, special and help rates to 50% in preset 001 and add a 20% supervisor spot check in 004', () => {
    expect(stageOf(TicketKind.REPAIR, 0, PolicyPresetName.RAISED_001).ratePercent).toBe(50);
    expect(stageOf(TicketKind.HELP, 0, PolicyPresetName.RAISED_001).ratePercent).toBe(50);
    expect(stageOf(TicketKind.ACTIVITY, 0, PolicyPresetName.RAISED_001).ratePercent).toBe(10);
    const spot = stageOf(TicketKind.REPAIR, 1, PolicyPresetName.DAILY_REPAIR_004);
    expect(spot).toMatchObject({ ratePercent: 20, performerRole: Role.SUPERVISOR, purpose: CallbackPurpose.SPOT_CHECK });
    expect(stageOf(TicketKind.REPAIR, 0, PolicyPresetName.DAILY_REPAIR_004).ratePercent).toBe(100);
  });
});
