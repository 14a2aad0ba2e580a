import { CALLBACK_REASSIGNERS, CallbackResult, CallbackStatus, msg, Role } from '@hf/shared';
import { TransitionTable } from '../../core/transitions';

const { PLANNED, DONE, REVIEWED, ESCALATED, CLOSED, UNREACHABLE, VOIDED } = CallbackStatus;

/** What is done to a callback (回访标准规程 4.5: record → review → escalate to the project manager → handle → close). */
export enum CallbackAction {
  /** 记录回访结果 (and the visitor's correction of it) */
  RECORD = 'RECORD',
  /** an attempt that reached nobody; after the cap the owner is 无法联系 */
  ATTEMPT = 'ATTEMPT',
  /** 审核: qualified → REVIEWED, unqualified → ESCALATED */
  REVIEW = 'REVIEW',
  /** 上报项目经理 */
  ESCALATE = 'ESCALATE',
  /** 提交处理意见并关闭: the project manager's opinion and the closing of the escalation in one step */
  HANDLE = 'HANDLE',
  /** 关闭: a reviewed or unreachable callback (supervisor), an escalated one with its handling opinion (project manager) */
  CLOSE = 'CLOSE',
  /** 作废: kept with its serial code and the reason */
  VOID = 'VOID',
  /** 改派: the supervisor gives a planned callback to other clerks (the assignment rule proposed the first ones) */
  REASSIGN = 'REASSIGN',
}

export const CALLBACK_TRANSITIONS: TransitionTable<CallbackAction, CallbackStatus, Role> = {
  [CallbackAction.RECORD]: { from: [PLANNED, DONE], to: [DONE], refusal: msg('callback.recordClosed') },
  [CallbackAction.ATTEMPT]: { from: [PLANNED], to: [PLANNED, UNREACHABLE], refusal: msg('callback.attemptOnlyPlanned') },
  [CallbackAction.REVIEW]: { from: [DONE], to: [REVIEWED, ESCALATED], refusal: msg('callback.reviewOnlyDone') },
  [CallbackAction.ESCALATE]: { from: [DONE, REVIEWED], to: [ESCALATED], refusal: msg('callback.escalateOnlyDone') },
  [CallbackAction.HANDLE]: { from: [ESCALATED], to: [CLOSED], refusal: msg('callback.handleOnlyEscalated') },
  [CallbackAction.CLOSE]: {
    from: [REVIEWED, UNREACHABLE, ESCALATED], to: [CLOSED],
    refusal: msg('callback.closeOnlyReviewed'),
    // an escalation is the project manager's to close (once the handling opinion is written), the rest the supervisor's
    by: { [REVIEWED]: [Role.SUPERVISOR], [UNREACHABLE]: [Role.SUPERVISOR], [ESCALATED]: [Role.PROJECT_MANAGER] },
  },
  [CallbackAction.REASSIGN]: { from: [PLANNED], to: [], refusal: msg('callback.reassignOnlyPlanned'), by: { [PLANNED]: CALLBACK_REASSIGNERS } },
  [CallbackAction.VOID]: { from: [PLANNED, DONE, REVIEWED, ESCALATED, CLOSED, UNREACHABLE], to: [VOIDED], refusal: msg('callback.alreadyVoided') },
};

/** Where a review leads: an unqualified record (or one the supervisor escalates) goes to the project manager. */
export function reviewedStatus(result: CallbackResult | null, escalate: boolean): CallbackStatus {
  return result === CallbackResult.UNQUALIFIED || escalate ? ESCALATED : REVIEWED;
}

/** A planned callback whose record is complete is done; an incomplete record (a grid edit of some columns) leaves it planned. */
export function recordedStatus(status: CallbackStatus, complete: boolean): CallbackStatus {
  return status === PLANNED && complete ? DONE : status;
}

/** After an attempt: 无法联系 once the failed attempts (this one included) reach the project's cap (default 3). */
export function attemptedStatus(failedBefore: number, failed: boolean, maxAttempts: number): CallbackStatus {
  return failed && failedBefore + 1 >= maxAttempts ? UNREACHABLE : PLANNED;
}
