import { errorsByField, otherErrors } from '../../client/src/settings/field-errors';

describe('a settings form\'s refusals next to their fields (client/src/settings/field-errors.ts)', () => {
  const errors = [
    { field: ['minGapDays'], code: 'BAD_USER_INPUT', message: 'x', messageKey: 'project.minGapRange', args: [{ name: 'max', value: '365' }] },
    { field: ['commonShortcomings.1'], code: 'BAD_USER_INPUT', message: 'x', messageKey: 'project.shortcomingDuplicate', args: [{ name: 'reason', value: '态度差' }] },
    { field: ['commonShortcomings.1'], code: 'BAD_USER_INPUT', message: 'x', messageKey: 'text.tooLong', args: [{ name: 'max', value: '50' }] },
    { field: ['version'], code: 'CONFLICT', message: 'x', messageKey: 'common.conflict', args: [] },
  ];

  it('should key each refusal by its field path, in the chosen language, joining two on one field', () => {
    const zh = errorsByField(errors, 'zh-CN');
    expect(zh.minGapDays).toBe('最短间隔天数须在 0–365 之间（0 表示不限制）');
    expect(zh['commonShortcomings.1']).toBe('「态度差」重复；长度不能超过 50 字');
    expect(errorsByField(errors, 'en').minGapDays).toBe('minimum gap must be 0–365 days (0: no gap)');
  });

  it('should leave for under the form only what no field of the form shows', () => {
    expect(otherErrors(errorsByField(errors, 'en'), ['minGapDays', 'commonShortcomings'])).toEqual(['changed by someone else since you read it']);
    expect(errorsByField(null, 'en')).toEqual({});
  });
});
