import { CallbackStatus, canEditField, isRecordComplete, normalisePhone, maskName, maskPhone, Role, Satisfaction, validateCallbackRecord } from '@hf/shared';

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

  it('should require 缺点与不足 when the owner is dissatisfied, and a score of 1–10', () => {
    const errors = validateCallbackRecord({ ...base, satisfaction: Satisfaction.VERY_UNSATISFIED, satisfactionScore: 11 }, { earliestPerformedAt: null, now: new Date(0) });
    expect(errors.map((e) => e.field).sort()).toEqual(['performedAt', 'performedAt', 'satisfactionScore', 'shortcomings'].sort());
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
