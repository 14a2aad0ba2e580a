import { CallbackStatus, ErrorCode, type Message, msg } from '@hf/shared';
import { allows } from '../../core/transitions';
import { CALLBACK_TRANSITIONS, CallbackAction } from './callback.transitions';

/** A row of a batch review as read under lock, and the version the supervisor saw. */
export interface ReviewRow {
  serialCode: string;
  status: CallbackStatus;
  version: number;
}

export interface ReviewRefusal {
  code: ErrorCode;
  /** the input field of the row that is wrong: its version (changed meanwhile) or its id (state, archive) */
  field: 'id' | 'version';
  message: Message;
}

/**
 * 审核 of many records at once: each row on its own. A record changed since the supervisor read it is reported and
 * left as it is (never reviewed over the change), one not waiting for review (already reviewed, escalated, still
 * planned) is refused, one of an archived period is read-only; every other row is reviewed.
 */
export function reviewRefusal(row: ReviewRow, seenVersion: number, archived: boolean): ReviewRefusal | null {
  if (row.version !== seenVersion) {
    return {
      code: ErrorCode.CONFLICT,
      field: 'version',
      message: msg('review.changedByOther', { code: row.serialCode, from: seenVersion, to: row.version }),
    };
  }
  if (!allows(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, row.status)) {
    return {
      code: ErrorCode.INVALID_STATE,
      field: 'id',
      message: msg('review.notWaiting', { code: row.serialCode, status: row.status }),
    };
  }
  if (archived) return { code: ErrorCode.ARCHIVED, field: 'id', message: msg('review.archived', { code: row.serialCode }) };
  return null;
}
