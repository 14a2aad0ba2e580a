import { CallbackPurpose, CallbackResult, CallbackStatus, ErrorCode, formatMessage, Satisfaction, TicketKind } from '@hf/shared';
import {
  isSpotCheckable, proposeSpotCheckSample, spotCheckAgreement, SpotCheckAgreement, spotCheckQuota, spotCheckRefusal,
} from '../../server/src/modules/callbacks/spot-check.rules';

// seed 004, 回訪管理規定 三: 客戶服務中心主任每季度對報修記錄抽查回訪20%
describe('spot-check rules (抽查回访)', () => {
  const ids = Array.from({ length: 47 }, (_, i) => 100 + i * 3);
  const sample = (overrides: Partial<Parameters<typeof proposeSpotCheckSample>[0]> = {}) =>
    proposeSpotCheckSample({ projectId: 1, period: '2026Q4', ratePercent: 20, repairRecords: ids.length, spotChecksPlanned: 0, eligibleIds: ids, checkedIds: new Set(), ...overrides });

  it('should propose ceil(20 % of the records) when none is checked yet', () => {
    expect(spotCheckQuota(47, 20)).toBe(10);
    expect(spotCheckQuota(50, 20)).toBe(10);
    expect(spotCheckQuota(0, 20)).toBe(0);
    const { quota, stillToPlan, proposedIds } = sample();
    expect(quota).toBe(10);
    expect(stillToPlan).toBe(10);
    expect(new Set(proposedIds).size).toBe(10);
    expect(proposedIds.every((id) => ids.includes(id))).toBe(true);
  });

  it("should take the quota from the period's completed repair tickets, as the statistics do, not from the records finished so far", () => {
    // 26 repairs completed, 7 records finished: the quota is ceil(20 % × 26) = 6, drawn from the 7
    const seven = ids.slice(0, 7);
    expect(sample({ repairRecords: 26, eligibleIds: seven })).toMatchObject({ quota: 6, stillToPlan: 6, notYetRecorded: 0 });
    expect(sample({ repairRecords: 26, eligibleIds: seven }).proposedIds).toHaveLength(6);
    // 40 completed (quota 8) with 7 finished records, 2 of them checked: the 5 others are proposed, 1 must be recorded first
    const short = sample({ repairRecords: 40, eligibleIds: seven, checkedIds: new Set(seven.slice(0, 2)), spotChecksPlanned: 2 });
    expect(short).toMatchObject({ quota: 8, stillToPlan: 6, notYetRecorded: 1 });
    expect([...short.proposedIds].sort()).toEqual(seven.slice(2).sort());
    expect(sample({ repairRecords: 0, eligibleIds: seven })).toMatchObject({ quota: 0, stillToPlan: 0, notYetRecorded: 0, proposedIds: [] });
  });

  it('should propose the same records whatever order they come in, and other records in another period or project', () => {
    const first = sample().proposedIds;
    expect(sample({ eligibleIds: [...ids].reverse() }).proposedIds).toEqual(first);
    expect(sample({ period: '2027Q1' }).proposedIds).not.toEqual(first);
    expect(sample({ projectId: 2 }).proposedIds).not.toEqual(first);
  });

  it('should count checked records towards the quota and never propose them again', () => {
    const first = sample().proposedIds;
    const checked = new Set([first[0], first[1], ids[0]]);
    const next = sample({ checkedIds: checked, spotChecksPlanned: 3 });
    expect(next.stillToPlan).toBe(7);
    expect(next.proposedIds).toHaveLength(7);
    expect(next.proposedIds.some((id) => checked.has(id))).toBe(false);
    expect(sample({ checkedIds: new Set(ids.slice(0, 12)), spotChecksPlanned: 12 })).toMatchObject({ stillToPlan: 0, proposedIds: [] });
    // a spot check the policy planned without a record counts towards the quota too, as in the statistics
    expect(sample({ checkedIds: checked, spotChecksPlanned: 5 })).toMatchObject({ stillToPlan: 5 });
  });

  it('should check finished regular repair records only', () => {
    const repair = { purpose: CallbackPurpose.REGULAR, kind: TicketKind.REPAIR };
    expect([CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.CLOSED].map((status) => isSpotCheckable({ ...repair, status }))).toEqual([true, true, true]);
    for (const status of [CallbackStatus.PLANNED, CallbackStatus.ESCALATED, CallbackStatus.UNREACHABLE, CallbackStatus.VOIDED]) {
      expect(isSpotCheckable({ ...repair, status })).toBe(false);
    }
    expect(isSpotCheckable({ ...repair, status: CallbackStatus.DONE, kind: TicketKind.HELP })).toBe(false);
    expect(isSpotCheckable({ ...repair, status: CallbackStatus.DONE, purpose: CallbackPurpose.SPOT_CHECK })).toBe(false);
  });

  it('should refuse an unknown or foreign record, one of another period, one not finished, one already checked', () => {
    const target = { projectId: 1, period: { key: '2026Q4', from: '2026-10-01', to: '2026-12-31' } };
    const record = {
      projectId: 1, anchorDate: '2026-11-02', serialCode: 'HF-A01-2026-000007',
      purpose: CallbackPurpose.REGULAR, kind: TicketKind.REPAIR, status: CallbackStatus.REVIEWED,
    };
    expect(spotCheckRefusal(record, target, false)).toBeNull();
    expect(spotCheckRefusal(null, target, false)?.code).toBe(ErrorCode.NOT_FOUND);
    expect(spotCheckRefusal({ ...record, projectId: 2 }, target, false)?.code).toBe(ErrorCode.NOT_FOUND);
    const other = spotCheckRefusal({ ...record, anchorDate: '2026-09-30' }, target, false)!;
    expect(other.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(formatMessage(other.message, 'zh-CN')).toBe('HF-A01-2026-000007 不属于 2026Q4');
    expect(spotCheckRefusal({ ...record, status: CallbackStatus.PLANNED }, target, false)?.code).toBe(ErrorCode.INVALID_STATE);
    const twice = spotCheckRefusal(record, target, true)!;
    expect(twice.code).toBe(ErrorCode.CONFLICT);
    expect(formatMessage(twice.message, 'zh-CN')).toBe('HF-A01-2026-000007 已安排抽查');
  });

  it('should call a spot check 一致 when satisfaction and result match, 不一致 when either differs, 待回访 until recorded', () => {
    const original = { satisfaction: Satisfaction.SATISFIED, result: CallbackResult.QUALIFIED };
    const recorded = { status: CallbackStatus.DONE, ...original };
    expect(spotCheckAgreement(recorded, original)).toBe(SpotCheckAgreement.SAME);
    expect(spotCheckAgreement({ ...recorded, status: CallbackStatus.REVIEWED }, original)).toBe(SpotCheckAgreement.SAME);
    expect(spotCheckAgreement({ ...recorded, satisfaction: Satisfaction.UNSATISFIED }, original)).toBe(SpotCheckAgreement.DIFFERENT);
    expect(spotCheckAgreement({ ...recorded, status: CallbackStatus.ESCALATED, result: CallbackResult.UNQUALIFIED }, original)).toBe(SpotCheckAgreement.DIFFERENT);
    expect(spotCheckAgreement({ status: CallbackStatus.PLANNED, satisfaction: null, result: null }, original)).toBe(SpotCheckAgreement.PENDING);
    expect(spotCheckAgreement({ status: CallbackStatus.UNREACHABLE, satisfaction: null, result: null }, original)).toBe(SpotCheckAgreement.PENDING);
  });
});
