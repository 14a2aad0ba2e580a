import { CallbackStatus, formatMessage } from '@hf/shared';
import {
  archivedCallbackRefusal, isCarriedInto, isCarriedOverAtArchiving, isOpenCallback, OPEN_CALLBACK_STATUSES,
} from '../../server/src/modules/archives/carry-over.rules';

describe('the carry-over rule (跨期 / 补录)', () => {
  const planned = { serialCode: 'HF-B02-2026-000012', status: CallbackStatus.PLANNED, windowTo: '2026-12-20' };

  it('should call open only a callback not yet recorded (planned, attempts or not): every other status is finished', () => {
    expect(OPEN_CALLBACK_STATUSES).toEqual([CallbackStatus.PLANNED]);
    for (const status of Object.values(CallbackStatus)) expect([status, isOpenCallback(status)]).toEqual([status, status === CallbackStatus.PLANNED]);
  });

  it('should carry over at archiving a callback still open whose window has not closed, the last day of the window included', () => {
    expect(isCarriedOverAtArchiving(planned, '2026-12-05')).toBe(true);
    expect(isCarriedOverAtArchiving(planned, '2026-12-20')).toBe(true);
    // overdue at archiving: pending in its sheet, locked with the period
    expect(isCarriedOverAtArchiving(planned, '2026-12-21')).toBe(false);
    expect(isCarriedOverAtArchiving({ ...planned, status: CallbackStatus.DONE }, '2026-12-05')).toBe(false);
    expect(isCarriedOverAtArchiving({ ...planned, status: CallbackStatus.UNREACHABLE }, '2026-12-05')).toBe(false);
    expect(isCarriedOverAtArchiving({ ...planned, status: CallbackStatus.VOIDED }, '2026-12-05')).toBe(false);
  });

  it('should leave a callback of a period not archived to the usual rules', () => {
    expect(archivedCallbackRefusal({ ...planned, status: CallbackStatus.REVIEWED, windowTo: '2020-01-01' }, { archived: false, carriedOver: false }, '2026-12-05')).toBeNull();
  });

  it('should let a carried-over callback be recorded while open and in its window, up to its last day', () => {
    const carried = { archived: true, carriedOver: true };
    expect(archivedCallbackRefusal(planned, carried, '2026-12-05')).toBeNull();
    expect(archivedCallbackRefusal(planned, carried, '2026-12-20')).toBeNull();
  });

  it('should lock it once recorded, and after its window closes, saying which and why', () => {
    const carried = { archived: true, carriedOver: true };
    const closed = archivedCallbackRefusal(planned, carried, '2026-12-21')!;
    expect(closed.key).toBe('archive.carryOverWindowClosed');
    expect(formatMessage(closed, 'zh-CN')).toBe('HF-B02-2026-000012 所在期间已存档，回访期限已于 2026-12-20 结束，不能再补录');
    expect(formatMessage(closed, 'en')).toBe('HF-B02-2026-000012: the period is archived and the callback window closed on 2026-12-20; it can no longer be recorded');
    for (const status of [CallbackStatus.DONE, CallbackStatus.UNREACHABLE, CallbackStatus.VOIDED]) {
      const done = archivedCallbackRefusal({ ...planned, status }, carried, '2026-12-05')!;
      expect([status, done.key]).toEqual([status, 'archive.lateRecordLocked']);
    }
    expect(formatMessage(archivedCallbackRefusal({ ...planned, status: CallbackStatus.DONE }, carried, '2026-12-05')!, 'zh-CN'))
      .toBe('HF-B02-2026-000012 已于存档后补录，记录只读');
  });

  it('should refuse every callback of an archived period that was not carried over, planned ones included', () => {
    for (const status of Object.values(CallbackStatus)) {
      const refusal = archivedCallbackRefusal({ ...planned, status }, { archived: true, carriedOver: false }, '2026-12-05')!;
      expect([status, refusal.key]).toEqual([status, 'archive.callbackFinished']);
    }
    expect(formatMessage(archivedCallbackRefusal(planned, { archived: true, carriedOver: false }, '2026-12-05')!, 'zh-CN'))
      .toBe('HF-B02-2026-000012 所在期间已存档，记录只读（存档时已完成或已过回访期限）');
  });

  it('should list a carried-over callback in a later period its window reaches into, not in its own or one after the window', () => {
    const callback = { anchorDate: '2026-10-20', windowTo: '2026-12-20' };
    expect(isCarriedInto(callback, { from: '2026-11-01' })).toBe(true);
    expect(isCarriedInto(callback, { from: '2026-12-01' })).toBe(true);
    expect(isCarriedInto(callback, { from: '2026-10-01' })).toBe(false);
    expect(isCarriedInto(callback, { from: '2027-01-01' })).toBe(false);
  });
});
