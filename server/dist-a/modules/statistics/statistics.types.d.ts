import { CallbackPurpose, CallbackStatus, Satisfaction, StatisticsPeriod, TicketKind } from '@hf/shared';
export declare class KindStatistics {
    kind: TicketKind | null;
    ticketsCompleted: number;
    callbacksRequired: number;
    targetRatePercent: number | null;
    callbacksPlanned: number;
    callbacksDone: number;
    achievedRatePercent: number | null;
    targetMet: boolean;
    doneWithinWindow: number;
    overdue: number;
    unreachable: number;
}
export declare class SatisfactionCount {
    level: Satisfaction;
    count: number;
}
export declare class SatisfactionStatistics {
    distribution: SatisfactionCount[];
    rated: number;
    satisfiedRatePercent: number | null;
}
export declare class UnqualifiedCallback {
    callbackId: string;
    serialCode: string;
    ticketNumber: string;
    kind: TicketKind;
    /** the row's project: decides whether the caller sees the resident's data (@PersonalData) */
    projectId: number;
    ownerName: string;
    unit: string;
    phone: string | null;
    summary: string;
    purpose: CallbackPurpose;
    status: CallbackStatus;
    performedAt: Date | null;
    visitors: string | null;
    satisfaction: Satisfaction | null;
    shortcomings: string | null;
    suggestions: string | null;
    reviewOpinion: string | null;
    escalatedTo: string | null;
    handlingOpinion: string | null;
    followUp: string | null;
}
export declare class RepeatedComplaint {
    /** the row's project: decides whether the caller sees the resident's data (@PersonalData) */
    projectId: number;
    unit: string;
    matter: string;
    count: number;
    ownerNames: string[];
    ticketNumbers: string[];
    firstReceivedOn: string;
    lastReceivedOn: string;
}
export declare class RepeatedRepair {
    /** the row's project: decides whether the caller sees the resident's data (@PersonalData) */
    projectId: number;
    unit: string;
    category: string;
    count: number;
    ownerNames: string[];
    ticketNumbers: string[];
    firstReceivedOn: string;
    lastReceivedOn: string;
}
export declare class SpotCheckProgress {
    ratePercent: number;
    repairRecords: number;
    required: number;
    planned: number;
    done: number;
    remaining: number;
}
export declare class QuarterlyStatistics {
    projectId: string;
    projectCode: string;
    projectName: string;
    period: string;
    periodKind: StatisticsPeriod;
    from: string;
    to: string;
    asOf: string;
    computedAt: Date;
    kinds: KindStatistics[];
    totals: KindStatistics;
    satisfaction: SatisfactionStatistics;
    unqualifiedCallbacks: UnqualifiedCallback[];
    repeatedComplaints: RepeatedComplaint[];
    repeatedRepairs: RepeatedRepair[];
    spotCheck: SpotCheckProgress;
}
