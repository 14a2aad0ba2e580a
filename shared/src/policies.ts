import { Anchor, CallbackPurpose, ComplaintSeverity, OffsetUnit, Role, TicketKind } from './enums';

/** One stage of a callback policy: when (anchor + window), how many (rate), by whom. */
export interface PolicyStage {
  anchor: Anchor;
  /** window opens this many units after the anchor */
  fromOffset: number;
  /** window closes this many units after the anchor (inclusive) */
  toOffset: number;
  unit: OffsetUnit;
  /** target rate in percent, 0–100 */
  ratePercent: number;
  performerRole: Role;
  purpose: CallbackPurpose;
}

export interface PolicyPreset {
  kind: TicketKind;
  /** only for complaints: the severity this policy applies to */
  severity: ComplaintSeverity | null;
  stages: PolicyStage[];
}

export enum PolicyPresetName {
  /** 回访标准规程 (seed 000) */
  STANDARD_000 = 'STANDARD_000',
  /** seed 001: repair, special service and help at 50%; monthly statistics */
  RAISED_001 = 'RAISED_001',
  /** seed 004: every repair called back by phone daily; supervisor re-checks 20% of repair records */
  DAILY_REPAIR_004 = 'DAILY_REPAIR_004',
}

const stage = (
  anchor: Anchor,
  fromOffset: number,
  toOffset: number,
  unit: OffsetUnit,
  ratePercent: number,
  performerRole: Role = Role.CLERK,
  purpose: CallbackPurpose = CallbackPurpose.REGULAR,
): PolicyStage => ({ anchor, fromOffset, toOffset, unit, ratePercent, performerRole, purpose });

// 回访标准规程 4.1.1 (时效), 4.1.2 (回访率), 4.1.3 (人员)
const standard: PolicyPreset[] = [
  // a. 投诉事件回访应在投诉处理完毕后的3天内进行; 100%; 重大投诉 by the project manager
  { kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.MAJOR, stages: [stage(Anchor.COMPLETED, 0, 3, OffsetUnit.DAY, 100, Role.PROJECT_MANAGER)] },
  // 一般投诉: 被投诉部门主管与客服管家共同进行
  { kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.GENERAL, stages: [stage(Anchor.COMPLETED, 0, 3, OffsetUnit.DAY, 100, Role.DEPARTMENT_SUPERVISOR)] },
  // b. 维修工程回访应在完成维修工程1个月—2个月内进行; 30%
  { kind: TicketKind.REPAIR, severity: null, stages: [stage(Anchor.COMPLETED, 1, 2, OffsetUnit.MONTH, 30)] },
  // 特约服务: at the contract midpoint and at its end, 30%
  {
    kind: TicketKind.SPECIAL_SERVICE,
    severity: null,
    stages: [stage(Anchor.CONTRACT_MIDPOINT, 0, 7, OffsetUnit.DAY, 30), stage(Anchor.CONTRACT_END, 0, 7, OffsetUnit.DAY, 30)],
  },
  // c. 其它服务工作回访应安排在完成服务工作后的1周内进行
  { kind: TicketKind.HELP, severity: null, stages: [stage(Anchor.COMPLETED, 0, 7, OffsetUnit.DAY, 30)] },
  { kind: TicketKind.EMERGENCY, severity: null, stages: [stage(Anchor.COMPLETED, 0, 7, OffsetUnit.DAY, 30)] },
  // 报刊、杂志及组织的文体活动 10%, within a month
  { kind: TicketKind.ACTIVITY, severity: null, stages: [stage(Anchor.COMPLETED, 0, 1, OffsetUnit.MONTH, 10)] },
  // d. 其它服务工作的回访率按当时情况由客户服务部主管确定: starts at 30%, the supervisor sets it
  { kind: TicketKind.OTHER, severity: null, stages: [stage(Anchor.COMPLETED, 0, 7, OffsetUnit.DAY, 30)] },
];

function withRate(presets: PolicyPreset[], kinds: TicketKind[], ratePercent: number): PolicyPreset[] {
  return presets.map((p) =>
    kinds.includes(p.kind) ? { ...p, stages: p.stages.map((s) => ({ ...s, ratePercent })) } : p,
  );
}

export function policyPreset(name: PolicyPresetName): PolicyPreset[] {
  switch (name) {
    case PolicyPresetName.STANDARD_000:
      return standard;
    case PolicyPresetName.RAISED_001:
      return withRate(standard, [TicketKind.REPAIR, TicketKind.SPECIAL_SERVICE, TicketKind.HELP], 50);
    case PolicyPresetName.DAILY_REPAIR_004:
      return standard.map((p) =>
        p.kind === TicketKind.REPAIR
          ? {
              ...p,
              stages: [
                stage(Anchor.COMPLETED, 0, 1, OffsetUnit.DAY, 100),
                stage(Anchor.COMPLETED, 0, 1, OffsetUnit.MONTH, 20, Role.SUPERVISOR, CallbackPurpose.SPOT_CHECK),
              ],
            }
          : p,
      );
  }
}
