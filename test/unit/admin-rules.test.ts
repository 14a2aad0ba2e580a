import { checkCallScript, checkProjectSettings, checkUserAccount, DEFAULT_CALL_SCRIPTS, fillCallScript, normaliseShortcomings, Role, USERNAME_PATTERN } from '@hf/shared';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('project settings rules (项目设置)', () => {
  it('should refuse a negative gap, a cap of 0 and more than 168 correction hours', () => {
    expect(fields(checkProjectSettings({ minGapDays: -1, maxAttempts: 0, correctionHours: 169 }))).toEqual(['minGapDays', 'maxAttempts', 'correctionHours']);
  });

  it('should accept the limits themselves: no gap, one attempt, a week to correct', () => {
    expect(checkProjectSettings({ minGapDays: 0, maxAttempts: 1, correctionHours: 168 })).toEqual([]);
    expect(checkProjectSettings({ minGapDays: 365, maxAttempts: 20, correctionHours: 0 })).toEqual([]);
  });

  it('should refuse fractions and leave absent values alone', () => {
    expect(fields(checkProjectSettings({ minGapDays: 1.5 }))).toEqual(['minGapDays']);
    expect(checkProjectSettings({})).toEqual([]);
    expect(checkProjectSettings({ minGapDays: null, maxAttempts: null })).toEqual([]);
  });

  it('should keep the common reasons trimmed, refuse an empty list, a duplicate and a long reason', () => {
    expect(normaliseShortcomings([' 处理不及时 ', '', '态度差'])).toEqual(['处理不及时', '态度差']);
    expect(fields(checkProjectSettings({ commonShortcomings: ['', ' '] }))).toEqual(['commonShortcomings']);
    expect(fields(checkProjectSettings({ commonShortcomings: ['态度差', ' 态度差'] }))).toEqual(['commonShortcomings.1']);
    expect(fields(checkProjectSettings({ commonShortcomings: ['长'.repeat(51)] }))).toEqual(['commonShortcomings.0']);
    expect(checkProjectSettings({ commonShortcomings: ['长'.repeat(50)] })).toEqual([]);
  });
});

describe('user account rules (用户管理)', () => {
  const clerk = { username: 'zhangli', displayName: '张丽', role: Role.CLERK, projectIds: [1] };

  it('should accept a clerk of one project and an auditor of none', () => {
    expect(checkUserAccount(clerk)).toEqual([]);
    expect(checkUserAccount({ ...clerk, role: Role.AUDITOR, projectIds: [] })).toEqual([]);
  });

  it('should want projects for project staff and none for roles that see every project', () => {
    expect(fields(checkUserAccount({ ...clerk, projectIds: [] }))).toEqual(['projectIds']);
    expect(fields(checkUserAccount({ ...clerk, role: Role.ADMIN }))).toEqual(['projectIds']);
  });

  it('should want a department for a department supervisor', () => {
    expect(fields(checkUserAccount({ ...clerk, role: Role.DEPARTMENT_SUPERVISOR }))).toEqual(['departmentId']);
    expect(checkUserAccount({ ...clerk, role: Role.DEPARTMENT_SUPERVISOR, departmentId: 3 })).toEqual([]);
  });

  it('should take lower-case usernames of 2–50 characters only', () => {
    expect(['zl', 'wang.fang', 'li_qiang-2'].every((u) => USERNAME_PATTERN.test(u))).toBe(true);
    expect(['z', 'Zhang', 'li si', '张丽', '-li', 'a'.repeat(51)].some((u) => USERNAME_PATTERN.test(u))).toBe(false);
    expect(fields(checkUserAccount({ ...clerk, username: 'Li Si', displayName: ' ' }))).toEqual(['username', 'displayName']);
  });
});

describe('call scripts (规范用语)', () => {
  it('should fill the owner, project, visitor and matter into a script', () => {
    expect(fillCallScript('您好！请问是{业主}吗？我是{项目}物业的{回访人}，关于“{事项}”。', { ownerName: '张三丰', projectName: '阳光花园', visitor: '张丽', summary: '厨房水管漏水' }))
      .toBe('您好！请问是张先生/女士吗？我是阳光花园物业的张丽，关于“厨房水管漏水”。');
    expect(fillCallScript('请问是{业主}吗？{未知}', { ownerName: '' })).toBe('请问是业主吗？{未知}');
  });

  it('should offer every kind a standard script with the seeds\' greeting, busy reply and closing', () => {
    for (const script of Object.values(DEFAULT_CALL_SCRIPTS)) {
      expect(script.greeting).toContain('请问您现在方便接电话吗');
      expect(script.busyReply).toContain('什么时候方便接听电话');
      expect(script.closing).toMatch(/再见/);
      expect(checkCallScript(script)).toEqual([]);
    }
  });

  it('should want a greeting and a closing', () => {
    expect(fields(checkCallScript({ greeting: ' ', questions: '', closing: '', busyReply: '' }))).toEqual(['greeting', 'closing']);
  });
});
