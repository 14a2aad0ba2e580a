import {
  BUSINESS_UTC_OFFSET_MINUTES, businessInstant, businessWallClock, CALLBACK_PERFORMERS, CALLBACK_RECORD_COLUMNS, callbackColumnLabel,
  isCallbackPerformer, isInFuture, isTicketWriter, isWithinCorrectionWindow, isWorkbookExporter, Role,
} from '@hf/shared';
import { callbackRecordColumns } from '../../server/src/modules/exports/callback-record.sheet';

describe('business time zone (Asia/Shanghai through Intl)', () => {
  it('should be 8 hours ahead of UTC, with no daylight saving in summer or winter', () => {
    expect(BUSINESS_UTC_OFFSET_MINUTES).toBe(480);
    expect(businessWallClock(new Date('2026-07-01T16:30:00Z'))).toEqual({ year: 2026, month: 7, day: 2, hour: 0, minute: 30, second: 0 });
    expect(businessWallClock(new Date('2026-01-15T03:05:09Z'))).toEqual({ year: 2026, month: 1, day: 15, hour: 11, minute: 5, second: 9 });
  });

  it('should turn a wall-clock time in 北京时间 into the instant, across a day boundary', () => {
    expect(businessInstant(2026, 11, 20, 10, 30).toISOString()).toBe('2026-11-20T02:30:00.000Z');
    expect(businessInstant(2026, 7, 1, 0, 30).toISOString()).toBe('2026-06-30T16:30:00.000Z');
  });
});

describe('correction window and future tolerance', () => {
  const recordedAt = new Date('2026-11-20T02:00:00Z');
  it('should allow a correction until the project correction hours have passed, not after', () => {
    expect(isWithinCorrectionWindow(recordedAt, 24, new Date('2026-11-21T02:00:00Z'))).toBe(true);
    expect(isWithinCorrectionWindow(recordedAt, 24, new Date('2026-11-21T02:00:01Z'))).toBe(false);
    expect(isWithinCorrectionWindow(null, 24, recordedAt)).toBe(false);
  });

  it('should accept a time up to 5 minutes ahead as now and refuse later ones as the future', () => {
    const now = new Date('2026-11-20T02:00:00Z');
    expect(isInFuture(new Date('2026-11-20T02:05:00Z'), now)).toBe(false);
    expect(isInFuture(new Date('2026-11-20T02:05:01Z'), now)).toBe(true);
  });
});

describe('role sets', () => {
  it('should let the four callback roles perform callbacks, never the auditor or the admin', () => {
    expect([...CALLBACK_PERFORMERS].sort()).toEqual([Role.CLERK, Role.DEPARTMENT_SUPERVISOR, Role.PROJECT_MANAGER, Role.SUPERVISOR]);
    expect(isCallbackPerformer(Role.AUDITOR)).toBe(false);
    expect(isCallbackPerformer(Role.ADMIN)).toBe(false);
  });

  it('should let clerks write tickets but not export workbooks, and auditors export but not write tickets', () => {
    expect(isTicketWriter(Role.CLERK)).toBe(true);
    expect(isWorkbookExporter(Role.CLERK)).toBe(false);
    expect(isWorkbookExporter(Role.AUDITOR)).toBe(true);
    expect(isTicketWriter(Role.AUDITOR)).toBe(false);
  });
});

describe('one column-label table for 《业主回访记录表》', () => {
  it('should print the workbook with the headers the grid shows, in the table order but for two moves made for paper', () => {
    const printed = callbackRecordColumns('2026-11-20').map((c) => c.header);
    const keys = Object.keys(CALLBACK_RECORD_COLUMNS).filter((key) => !['attemptCount', 'carriedOver', 'daysLeft'].includes(key));
    // on paper 业主 stands next to 编码 (both repeat on every page of the three parts), and 回访方式 opens
    // 二、回访记录 (issue 13); every other column keeps the table's order
    const move = (list: string[], key: string, after: string) => {
      const rest = list.filter((k) => k !== key);
      rest.splice(rest.indexOf(after) + 1, 0, key);
      return rest;
    };
    const paperOrder = move(move(keys, 'ownerName', 'serialCode'), 'methods', 'assignee');
    expect(printed).toEqual(paperOrder.map((key) => callbackColumnLabel(key as keyof typeof CALLBACK_RECORD_COLUMNS)));
    expect(callbackColumnLabel('windowFrom')).toBe('计划回访起');
    expect(callbackColumnLabel('assignee', 'en')).toBe('Assignee');
  });
});
