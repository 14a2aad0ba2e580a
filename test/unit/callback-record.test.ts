import {
  CallbackStatus, canEditField, isRecordComplete, normalisePhone, maskName, maskPhone, recordGaps, recordWarnings, Role, Satisfaction,
  validateCallbackRecord,
} from '@hf/shared';

const now = new Date('2026-11-22T08:00:00Z');
const base = { methods: ['PHONE'], performedAt: new Date('2026-11-21T08:00:00Z'), satisfaction: Satisfaction.SATISFIED, satisfactionScore: 8, shortcomings: null, result: 'QUALIFIED' };

describe('what the callback form accepts', () => {
  it('should accept a complete, plausible record', () => {
    expect(validateCallbackRecord(base, { earliestPerformedAt: new Date('2026-11-20T00:00:00Z'), now })).toEqual([]);
    expect(isRecordComplete(base)).toBe(true);
  });

  it('should refuse a callback performed before the ticket was completed or in the future', () => {
    expect(validateCallbackRecord(base, { earliestPerformedAt: new Date('2026-11-21T09:00:00Z'), now }).map((e) => e.field)).toEqual(['performedAt']);
    expect(validateCallbackRecord({ ...base, performedAt: new Date('2026-11-23T00:00:00Z') }, { earliestPerformedAt: null, now }).map((e) => e.field)).toEqual(['performedAt', 'performedAt']);
  });

  it('should refuse a score outside 1–10, but not 不满意 before 缺点与不足 (the paper form\'s order)', () => {
    const errors = validateCallbackRecord({ ...base, satisfaction: Satisfaction.VERY_UNSATISFIED, satisfactionScore: 11 }, { earliestPerformedAt: null, now: new Date(0) });
    expect(errors.map((e) => e.field).sort()).toEqual(['performedAt', 'performedAt', 'satisfactionScore'].sort());
  });
});

describe('when a record is done (issue 13 item 7)', () => {
  it('should need when, how, how satisfied and the result, and 缺点与不足 when the owner is dissatisfied', () => {
    expect(recordGaps(base)).toEqual([]);
    expect(recordGaps({ ...base, methods: [], result: null }).map((g) => g.field)).toEqual(['methods', 'result']);
    const unsatisfied = { ...base, satisfaction: Satisfaction.UNSATISFIED, shortcomings: '  ' };
    expect(recordGaps(unsatisfied)).toEqual([{ field: 'shortcomings', code: 'BAD_USER_INPUT', message: '不满意须填写缺点与不足 (say what was wrong when the owner is dissatisfied)', messageKey: 'callback.shortcomingsRequired' }]);
    expect(isRecordComplete(unsatisfied)).toBe(false);
    expect(isRecordComplete({ ...unsatisfied, shortcomings: '处理不及时' })).toBe(true);
    expect(isRecordComplete({ ...base, satisfaction: Satisfaction.BASICALLY_SATISFIED })).toBe(true);
  });
});

describe('what a record is accepted with, but told (issue 13 item 11)', () => {
  const record = {
    performedAt: new Date('2026-11-21T02:00:00Z'), windowFrom: '2026-11-20', windowTo: '2026-11-27', satisfaction: Satisfaction.SATISFIED,
    shortcomings: null, assignees: [{ id: 'U1', name: '张丽' }], recorderId: 'U1',
  };
  it('should say nothing of a record of its assignee within its window', () => {
    expect(recordWarnings(record)).toEqual([]);
  });

  it('should warn of a record before the window opens or after it closed, by the 北京时间 day', () => {
    // 2026-11-19 23:30 北京时间 is the day before the window opens
    expect(recordWarnings({ ...record, performedAt: new Date('2026-11-19T15:30:00Z') }).map((w) => [w.field, w.code])).toEqual([['performedAt', 'BEFORE_WINDOW']]);
    // 2026-11-20 00:30 北京时间 (16:30 UTC the day before) is within
    expect(recordWarnings({ ...record, performedAt: new Date('2026-11-19T16:30:00Z') })).toEqual([]);
    const late = recordWarnings({ ...record, performedAt: new Date('2026-11-28T01:00:00Z') });
    expect(late.map((w) => w.code)).toEqual(['AFTER_WINDOW']);
    expect(late[0].message).toBe('晚于回访期限（2026-11-27 止），不计入时效内完成 (after the window closed on 2026-11-27: not counted as within the window)');
  });

  it('should name the assignees when someone else records, and nobody when nobody records yet', () => {
    const twoAssignees = { ...record, assignees: [{ id: 'U1', name: '张丽' }, { id: 'U2', name: '赵刚' }], recorderId: 'U3' };
    expect(recordWarnings(twoAssignees)).toEqual([{
      field: 'visitors', code: 'NOT_ASSIGNEE', message: '此回访分配给 张丽、赵刚，不是本人 (assigned to 张丽、赵刚, not to the one recording it)',
      messageKey: 'warning.notAssignee', args: { names: '张丽、赵刚' },
    }]);
    expect(recordWarnings({ ...twoAssignees, recorderId: 'U2' })).toEqual([]);
    expect(recordWarnings({ ...twoAssignees, recorderId: null, performedAt: null })).toEqual([]);
  });

  it('should say that 不满意 still needs 缺点与不足', () => {
    expect(recordWarnings({ ...record, satisfaction: Satisfaction.UNSATISFIED }).map((w) => [w.field, w.code])).toEqual([['shortcomings', 'SHORTCOMINGS_REQUIRED']]);
  });
});

describe('who edits which column', () => {
  const ctx = { archived: false, withinOwnCorrectionWindow: false };
  it('should let the clerk fill a planned record, and correct it only within the correction window', () => {
    expect(canEditField('satisfaction', { ...ctx, role: Role.CLERK, status: CallbackStatus.PLANNED })).toBe(true);
    expect(canEditField('satisfaction', { ...ctx, role: Role.CLERK, status: CallbackStatus.DONE })).toBe(false);
    expect(canEditField('satisfaction', { ...ctx, role: Role.CLERK, status: CallbackStatus.DONE, withinOwnCorrectionWindow: true })).toBe(true);
    expect(canEditField('satisfaction', { ...ctx, role: Role.SUPERVISOR, status: CallbackStatus.DONE })).toBe(true);
  });

  it('should keep review for the supervisor and the handling opinion for the project manager', () => {
    expect(canEditField('reviewOpinion', { ...ctx, role: Role.CLERK, status: CallbackStatus.DONE })).toBe(false);
    expect(canEditField('reviewOpinion', { ...ctx, role: Role.SUPERVISOR, status: CallbackStatus.DONE })).toBe(true);
    expect(canEditField('handlingOpinion', { ...ctx, role: Role.SUPERVISOR, status: CallbackStatus.ESCALATED })).toBe(false);
    expect(canEditField('handlingOpinion', { ...ctx, role: Role.PROJECT_MANAGER, status: CallbackStatus.ESCALATED })).toBe(true);
  });

  it('should make archived periods and voided rows read-only for everyone', () => {
    expect(canEditField('suggestions', { ...ctx, archived: true, role: Role.SUPERVISOR, status: CallbackStatus.PLANNED })).toBe(false);
    expect(canEditField('suggestions', { ...ctx, role: Role.SUPERVISOR, status: CallbackStatus.VOIDED })).toBe(false);
    expect(canEditField('suggestions', { ...ctx, role: Role.AUDITOR, status: CallbackStatus.PLANNED })).toBe(false);
  });
});

describe('phone numbers and privacy masks', () => {
  it('should accept Chinese mobiles and landlines and refuse what is not a phone number', () => {
    expect(normalisePhone('138 1234 5678')).toBe('13812345678');
    expect(normalisePhone('+86 13812345678')).toBe('13812345678');
    expect(normalisePhone('075512345678')).toBe('0755-12345678');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone("1'; drop table")).toBeNull();
  });

  it('should mask names and phones', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
