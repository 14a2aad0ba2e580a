import { Anchor, CallbackPurpose, OffsetUnit, Role } from '@hf/shared';
export declare class PolicyStageType {
    anchor: Anchor;
    fromOffset: number;
    toOffset: number;
    unit: OffsetUnit;
    ratePercent: number;
    performerRole: Role;
    purpose: CallbackPurpose;
}
export declare class PolicyStageInput {
    anchor: Anchor;
    fromOffset: number;
    toOffset: number;
    unit: OffsetUnit;
    ratePercent: number;
    performerRole: Role;
    purpose: CallbackPurpose;
}
