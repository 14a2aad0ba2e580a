import { CallbackStatus, ErrorCode } from '@hf/shared';
import { reviewRefusal } from '../../server/src/modules/callbacks/review-batch.rules';

describe('batch review rules (审核)', () => {
  const row = { serialCode: 'HF-A01-2026-000007', status: CallbackStatus.DONE, version: 3 };

  it('should review a done record read at its current version', () => {
    expect(reviewRefusal(row, 3, false)).toBeNull();
  });

  it('should report a record changed since it was read, before anything else, naming it', () => {
    expect(reviewRefusal({ ...row, status: CallbackStatus.REVIEWED, version: 4 }, 3, true)).toMatchObject({
      code: ErrorCode.CONFLICT, field: 'version', message: expect.stringContaining('HF-A01-2026-000007 已被他人修改'),
    });
  });

  it('should refuse a record not waiting for review, and one of an archived period', () => {
    expect(reviewRefusal({ ...row, status: CallbackStatus.PLANNED }, 3, false)).toMatchObject({ code: ErrorCode.INVALID_STATE, field: 'id' });
    expect(reviewRefusal({ ...row, status: CallbackStatus.ESCALATED }, 3, false)).toMatchObject({ code: ErrorCode.INVALID_STATE });
    expect(reviewRefusal(row, 3, true)).toMatchObject({ code: ErrorCode.ARCHIVED, field: 'id' });
  });
});
