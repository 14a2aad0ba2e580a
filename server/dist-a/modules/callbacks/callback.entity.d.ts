import { Ref, OptionalProps } from '@mikro-orm/core';
import { Anchor, AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, OwnerConfirmation, Satisfaction } from '@hf/shared';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';
/** 回访: one row of 《业主回访记录表》. Never deleted; voided with a reason and keeps its serial code. */
export declare class Callback {
    [OptionalProps]?: 'nodeId' | 'methods' | 'attemptCount' | 'version' | 'status' | 'purpose' | 'anchor' | 'createdAt' | 'updatedAt';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    serialCode: string;
    serialYear: number;
    serialNumber: number;
    ticket: Ref<Ticket>;
    stageIndex: number | null;
    purpose: CallbackPurpose;
    anchor: Anchor;
    anchorDate: string;
    windowFrom: string;
    windowTo: string;
    assignee: Ref<User> | null;
    /** general complaints: the clerk who calls with the department supervisor */
    coAssignee: Ref<User> | null;
    methods: CallbackMethod[];
    performedAt: Date | null;
    visitors: string | null;
    qualityEvaluation: string | null;
    serviceEvaluation: string | null;
    satisfaction: Satisfaction | null;
    satisfactionScore: number | null;
    shortcomings: string | null;
    suggestions: string | null;
    result: CallbackResult | null;
    ownerConfirmation: OwnerConfirmation | null;
    recordedAt: Date | null;
    recordedBy: Ref<User> | null;
    handlerAtRecording: string | null;
    departmentAtRecording: string | null;
    reviewedBy: Ref<User> | null;
    reviewedAt: Date | null;
    reviewOpinion: string | null;
    escalatedAt: Date | null;
    escalatedTo: Ref<User> | null;
    handlingOpinion: string | null;
    handlingBy: Ref<User> | null;
    handlingAt: Date | null;
    followUp: string | null;
    closedAt: Date | null;
    status: CallbackStatus;
    voidReason: string | null;
    voidedAt: Date | null;
    attemptCount: number;
    nextAttemptAt: Date | null;
    createdBy: Ref<User> | null;
    createdAt: Date;
    updatedAt: Date;
    version: number;
}
/** An attempt that reached nobody, or an owner who asked to be called later; the callback stays open. */
export declare class CallbackAttempt {
    [OptionalProps]?: 'attemptedBy' | 'note' | 'nextAttemptAt';
    id: number;
    callback: Ref<Callback>;
    attemptedAt: Date;
    attemptedBy: Ref<User> | null;
    outcome: AttemptOutcome;
    note: string | null;
    nextAttemptAt: Date | null;
}
