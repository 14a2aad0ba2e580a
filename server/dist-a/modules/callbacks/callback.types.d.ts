import { AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, OwnerConfirmation, Satisfaction, TicketKind } from '@hf/shared';
import { SortDirection } from '../../graphql/enums';
import { UserError } from '../../graphql/user-error';
import { Callback } from './callback.entity';
export declare enum CallbackOrderField {
    SERIAL_CODE = "serialCode",
    WINDOW_TO = "windowTo",
    CREATED_AT = "createdAt",
    UPDATED_AT = "updatedAt"
}
export declare const CallbackConnection: {
    new (): {
        edges: {
            cursor: string;
            node: Callback;
        }[];
        pageInfo: import("../../graphql/connection").PageInfo;
        count: () => Promise<number>;
        totalCount(): Promise<number>;
    };
};
export declare class CallbackOrder {
    field: CallbackOrderField;
    direction: SortDirection;
}
export declare class CallbackFilter {
    projectId?: string | null;
    kinds?: TicketKind[] | null;
    statuses?: CallbackStatus[] | null;
    purposes?: CallbackPurpose[] | null;
    period?: string | null;
    assigneeId?: string | null;
    overdue?: boolean | null;
    due?: boolean | null;
    text?: string | null;
}
/** The columns of 《业主回访记录表》 that can be edited; absent fields are left as they are, null clears. */
export declare class CallbackPatch {
    methods?: CallbackMethod[] | null;
    performedAt?: Date | null;
    visitors?: string | null;
    qualityEvaluation?: string | null;
    serviceEvaluation?: string | null;
    satisfaction?: Satisfaction | null;
    satisfactionScore?: number | null;
    shortcomings?: string | null;
    suggestions?: string | null;
    result?: CallbackResult | null;
    ownerConfirmation?: OwnerConfirmation | null;
    reviewOpinion?: string | null;
    handlingOpinion?: string | null;
    followUp?: string | null;
}
export declare class CallbackRowEdit {
    id: string;
    version: number;
    patch: CallbackPatch;
}
export declare class UpdateCallbacksInput {
    rows: CallbackRowEdit[];
}
export declare class RecordCallbackResultInput extends CallbackPatch {
    id: string;
    version: number;
}
export declare class AddCallbackInput {
    ticketId: string;
    windowFrom?: string | null;
    windowTo?: string | null;
    assigneeId?: string | null;
}
export declare class RecordAttemptInput {
    id: string;
    version: number;
    outcome: AttemptOutcome;
    attemptedAt?: Date | null;
    nextAttemptAt?: Date | null;
    note?: string | null;
}
export declare class CallbackActionInput {
    id: string;
    version: number;
    opinion?: string | null;
    followUp?: string | null;
}
export declare class CallbackPayload {
    callback?: Callback | null;
    userErrors: UserError[];
}
export declare class UpdateCallbacksPayload {
    callbacks: Callback[];
    savedCount: number;
    userErrors: UserError[];
}
