import { CallbackStatus, ErrorCode } from '@hf/shared';
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
  message: string;
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
      message: `${row.serialCode} 已被他人修改，未审核，请查看后重新审核 (changed by someone else since you read it: version ${seenVersion} → ${row.version}; not reviewed)`,
    };
  }
  if (!allows(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, row.status)) {
    return {
      code: ErrorCode.INVALID_STATE,
      field: 'id',
      message: `${row.serialCode} 不是待审核的记录 (not waiting for review: ${row.status})`,
    };
  }
  if (archived) return { code: ErrorCode.ARCHIVED, field: 'id', message: `${row.serialCode} 所在期间已存档，记录只读 (archived; read-only)` };
  return null;
}
