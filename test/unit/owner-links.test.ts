import {
  CallbackMethod, CallbackResult, CallbackStatus, CONFIRM_LINK_DAYS, isOwnerOnlyValue, OwnerConfirmation, OwnerLinkPurpose, OwnerLinkState,
  ownerAnswerResult, ownerLinkExpiry, ownerLinkRefusal, ownerLinkSms, ownerLinkState, OwnerVerdict, Satisfaction, SMS_MAX_CHARS,
} from '@hf/shared';

// 业主线上回访 (issue 16): the rules of the one-time links, as pure functions

const NOW = new Date('2026-12-04T04:00:00Z'); // 12:00 in Beijing
const chars = (s: string) => Array.from(s).length;

describe('owner link rules', () => {
  it('should say a link is used, revoked or expired in that order, and active otherwise', () => {
    const later = new Date(NOW.getTime() + 60_000);
    expect(ownerLinkState({ expiresAt: later, usedAt: null, revokedAt: null }, NOW)).toBe(OwnerLinkState.ACTIVE);
    expect(ownerLinkState({ expiresAt: later, usedAt: NOW, revokedAt: NOW }, NOW)).toBe(OwnerLinkState.USED);
    expect(ownerLinkState({ expiresAt: later, usedAt: null, revokedAt: NOW }, NOW)).toBe(OwnerLinkState.REVOKED);
    // expiry is exclusive: at the very moment it is over
    expect(ownerLinkState({ expiresAt: NOW, usedAt: null, revokedAt: null }, NOW)).toBe(OwnerLinkState.EXPIRED);
  });

  it('should end a survey link with the last day of the window (Beijing midnight) and a confirmation link after 7 days', () => {
    expect(ownerLinkExpiry(OwnerLinkPurpose.SURVEY, '2026-12-11', NOW).toISOString()).toBe('2026-12-11T16:00:00.000Z');
    expect(ownerLinkExpiry(OwnerLinkPurpose.CONFIRM, '2026-12-01', NOW).getTime() - NOW.getTime()).toBe(CONFIRM_LINK_DAYS * 86_400_000);
  });

  it('should offer a survey link only for a planned callback whose window is still open', () => {
    const planned = { status: CallbackStatus.PLANNED, windowTo: '2026-12-04', methods: [], ownerVerdict: null };
    expect(ownerLinkRefusal(OwnerLinkPurpose.SURVEY, planned, NOW)).toBeNull();
    expect(ownerLinkRefusal(OwnerLinkPurpose.SURVEY, { ...planned, windowTo: '2026-12-03' }, NOW)?.key).toBe('ownerLink.windowPassed');
    expect(ownerLinkRefusal(OwnerLinkPurpose.SURVEY, { ...planned, status: CallbackStatus.DONE }, NOW)?.key).toBe('ownerLink.surveyOnlyPlanned');
    expect(ownerLinkRefusal(OwnerLinkPurpose.SURVEY, { ...planned, status: CallbackStatus.VOIDED }, NOW)?.key).toBe('ownerLink.surveyOnlyPlanned');
  });

  it('should offer a confirmation link only for a result recorded by phone that the owner has not answered yet', () => {
    const byPhone = { status: CallbackStatus.DONE, windowTo: '2026-11-01', methods: [CallbackMethod.PHONE], ownerVerdict: null };
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, byPhone, NOW)).toBeNull();
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, status: CallbackStatus.CLOSED }, NOW)).toBeNull();
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, status: CallbackStatus.PLANNED }, NOW)?.key).toBe('ownerLink.confirmOnlyRecorded');
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, status: CallbackStatus.UNREACHABLE }, NOW)?.key).toBe('ownerLink.confirmOnlyRecorded');
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, methods: [CallbackMethod.ON_SITE] }, NOW)?.key).toBe('ownerLink.confirmOnlyPhone');
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, methods: [CallbackMethod.ONLINE] }, NOW)?.key).toBe('ownerLink.confirmOnlyPhone');
    expect(ownerLinkRefusal(OwnerLinkPurpose.CONFIRM, { ...byPhone, ownerVerdict: OwnerVerdict.CONFIRMED }, NOW)?.key).toBe('ownerLink.alreadyConfirmed');
  });

  it('should fit the SMS into 70 characters with the whole link, shortening the project name first', () => {
    const url = 'https://wy.example.com/s/dpK1oiG_BR_h21mVMp03zA';
    const short = ownerLinkSms(OwnerLinkPurpose.SURVEY, '阳光花园', url);
    expect(short).toBe(`【阳光花园】您的服务已完成，请点击链接评价：${url}`);
    const long = ownerLinkSms(OwnerLinkPurpose.SURVEY, '某某物业管理有限公司华南区阳光花园二期', url);
    expect(chars(long)).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(long).toContain('…】');
    expect(long.endsWith(url)).toBe(true);
    // a very long link: the project's name goes, the link stays whole
    const longUrl = `https://customer-service.some-property-company.example.com/s/dpK1oiG_BR_h21mVMp03zA`;
    expect(ownerLinkSms(OwnerLinkPurpose.CONFIRM, '阳光花园', longUrl)).toBe(`请确认我们的回访记录：${longUrl}`);
    expect(chars(ownerLinkSms(OwnerLinkPurpose.CONFIRM, '阳光花园', url))).toBeLessThanOrEqual(SMS_MAX_CHARS);
  });

  it("should make the owner's answer unqualified exactly when they are dissatisfied", () => {
    expect(ownerAnswerResult(Satisfaction.VERY_SATISFIED)).toBe(CallbackResult.QUALIFIED);
    expect(ownerAnswerResult(Satisfaction.BASICALLY_SATISFIED)).toBe(CallbackResult.QUALIFIED);
    expect(ownerAnswerResult(Satisfaction.UNSATISFIED)).toBe(CallbackResult.UNQUALIFIED);
    expect(ownerAnswerResult(Satisfaction.VERY_UNSATISFIED)).toBe(CallbackResult.UNQUALIFIED);
  });

  it('should keep 线上 and 业主线上确认 for the owner', () => {
    expect(isOwnerOnlyValue('methods', [CallbackMethod.PHONE, CallbackMethod.ONLINE])).toBe(true);
    expect(isOwnerOnlyValue('methods', [CallbackMethod.PHONE])).toBe(false);
    expect(isOwnerOnlyValue('ownerConfirmation', OwnerConfirmation.OWNER_ONLINE)).toBe(true);
    expect(isOwnerOnlyValue('ownerConfirmation', OwnerConfirmation.CONFIRMED_BY_PHONE)).toBe(false);
  });
});
