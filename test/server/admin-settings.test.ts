import { createTestCallback } from './helpers/factories';
import { Client, client, initTestApp, TestApp } from './helpers/test-app';

const ERRORS = 'userErrors { field code message messageKey }';
const SETTINGS = `mutation ($i: UpdateProjectSettingsInput!) {
  updateProjectSettings(input: $i) { project { id version minGapDays maxAttempts correctionHours commonShortcomings } ${ERRORS} } }`;
const PROJECT = `query ($id: ID!) { node(id: $id) { ... on Project { version minGapDays maxAttempts correctionHours commonShortcomings } } }`;

describe('project settings (项目设置): minimum gap, attempt cap, correction hours, common reasons', () => {
  let app: TestApp;
  let admin: Client;
  let supervisor: Client;
  let clerk: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, supervisor, clerk] = await Promise.all([app.as('admin'), app.as('liqiang'), app.as('zhangli')]);
  });
  afterAll(() => app.close());

  const settingsOf = async () => (await admin.gql(PROJECT, { id: app.projectA })).data.node;

  it.each([
    ['a negative minimum gap', { minGapDays: -1 }, 'minGapDays', 'project.minGapRange'],
    ['an attempt cap of 0', { maxAttempts: 0 }, 'maxAttempts', 'project.attemptCapRange'],
    ['more than 168 correction hours', { correctionHours: 169 }, 'correctionHours', 'project.correctionHoursRange'],
    ['an empty list of common reasons', { commonShortcomings: ['  '] }, 'commonShortcomings', 'project.shortcomingsRequired'],
    ['a reason listed twice', { commonShortcomings: ['服务态度差', '服务态度差 '] }, 'commonShortcomings.1', 'project.shortcomingDuplicate'],
  ])('should refuse %s with the field named and change nothing', async (_, change, field, messageKey) => {
    const before = await settingsOf();
    const res = await admin.gql(SETTINGS, { i: { projectId: app.projectA, version: before.version, ...change, minGapDays: change.minGapDays ?? 10 } });
    expect(res.data.updateProjectSettings.project).toBeNull();
    expect(res.data.updateProjectSettings.userErrors).toContainEqual(expect.objectContaining({ field: [field], code: 'BAD_USER_INPUT', messageKey }));
    expect(await settingsOf()).toEqual(before);
  });

  it('should refuse several bad values at once, each next to its field', async () => {
    const res = await admin.gql(SETTINGS, { i: { projectId: app.projectA, minGapDays: -5, maxAttempts: 0, correctionHours: 200 } });
    expect(res.data.updateProjectSettings.userErrors.map((e: { field: string[] }) => e.field[0])).toEqual(['minGapDays', 'maxAttempts', 'correctionHours']);
    expect(res.data.updateProjectSettings.userErrors[2].message).toContain('0–168');
  });

  it('should save good values, return the reasons to every member of the project and keep them in history', async () => {
    const before = await settingsOf();
    const reasons = ['维修不及时', ' 态度生硬 ', '问题反复出现'];
    const res = await admin.gql(SETTINGS, {
      i: { projectId: app.projectA, version: before.version, minGapDays: 0, maxAttempts: 1, correctionHours: 168, commonShortcomings: reasons },
    });
    expect(res.data.updateProjectSettings.userErrors).toEqual([]);
    expect(res.data.updateProjectSettings.project).toMatchObject({ minGapDays: 0, maxAttempts: 1, correctionHours: 168, commonShortcomings: ['维修不及时', '态度生硬', '问题反复出现'] });
    expect(res.data.updateProjectSettings.project.version).toBe(before.version + 1);

    // the record form's picker reads the list with the session's projects
    const me = await clerk.gql(`{ me { projects { code commonShortcomings } } }`);
    expect(me.data.me.projects).toEqual([{ code: 'A01', commonShortcomings: ['维修不及时', '态度生硬', '问题反复出现'] }]);
    const other = await (await app.as('liumei')).gql(`{ me { projects { code commonShortcomings } } }`);
    expect(other.data.me.projects[0].commonShortcomings).toContain('处理不及时');

    const history = await app.orm.em.getConnection().execute(`select field, new_value from change_record where entity_type = 'Project' and field = 'maxAttempts'`);
    expect(history).toEqual([{ field: 'maxAttempts', new_value: 1 }]);
  });

  it('should make the new attempt cap count at once: one failed call is 无法联系 when the cap is 1', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const res = await clerk.gql(`mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { status attemptCount } userErrors { code } } }`, {
      i: { id: callback.id, version: callback.version, outcome: 'NO_ANSWER' },
    });
    expect(res.data.recordCallbackAttempt.callback).toEqual({ status: 'UNREACHABLE', attemptCount: 1 });
  });

  it('should answer CONFLICT to a change based on an older version and keep the newer values', async () => {
    const before = await settingsOf();
    const first = await admin.gql(SETTINGS, { i: { projectId: app.projectA, version: before.version, minGapDays: 45 } });
    expect(first.data.updateProjectSettings.userErrors).toEqual([]);
    const stale = await admin.gql(SETTINGS, { i: { projectId: app.projectA, version: before.version, minGapDays: 7 } });
    expect(stale.data.updateProjectSettings.userErrors).toEqual([expect.objectContaining({ field: ['version'], code: 'CONFLICT' })]);
    expect((await settingsOf()).minGapDays).toBe(45);
  });

  it('should refuse the settings to every role but the administrator (FORBIDDEN)', async () => {
    for (const who of [supervisor, clerk]) {
      const res = await who.gql(SETTINGS, { i: { projectId: app.projectA, minGapDays: 1 } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await settingsOf()).minGapDays).toBe(45);
  });
});

describe('callback policy grid (回访政策): who may change the stages', () => {
  let app: TestApp;
  let admin: Client;
  let supervisor: Client;
  let clerk: Client;
  const POLICIES = `query ($p: ID!) { callbackPolicies(projectId: $p) { id version kind severity stages { anchor fromOffset toOffset unit ratePercent performerRole purpose } } }`;
  const UPDATE = `mutation ($i: UpdateCallbackPolicyInput!) { updateCallbackPolicy(input: $i) { policy { version stages { fromOffset toOffset ratePercent } } ${ERRORS} } }`;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, supervisor, clerk] = await Promise.all([app.as('admin'), app.as('liqiang'), app.as('zhangli')]);
  });
  afterAll(() => app.close());

  const repairPolicy = async () => (await admin.gql(POLICIES, { p: app.projectA })).data.callbackPolicies.find((p: { kind: string }) => p.kind === 'REPAIR');

  it('should let the supervisor of the project change a rate and a window, and refuse a clerk (FORBIDDEN)', async () => {
    const policy = await repairPolicy();
    const stages = policy.stages.map((s: Record<string, unknown>) => ({ ...s, fromOffset: 1, toOffset: 5, ratePercent: 40 }));
    const refused = await clerk.gql(UPDATE, { i: { id: policy.id, version: policy.version, stages } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const saved = await supervisor.gql(UPDATE, { i: { id: policy.id, version: policy.version, stages } });
    expect(saved.data.updateCallbackPolicy.userErrors).toEqual([]);
    expect(saved.data.updateCallbackPolicy.policy.stages[0]).toEqual({ fromOffset: 1, toOffset: 5, ratePercent: 40 });
  });

  it('should refuse a window that closes before it opens and a rate over 100, naming the stage field', async () => {
    const policy = await repairPolicy();
    const stages = policy.stages.map((s: Record<string, unknown>) => ({ ...s, fromOffset: 6, toOffset: 2, ratePercent: 120 }));
    const res = await admin.gql(UPDATE, { i: { id: policy.id, version: policy.version, stages } });
    expect(res.data.updateCallbackPolicy.userErrors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['stages.0.ratePercent', 'stages.0.toOffset']);
    expect((await repairPolicy()).stages[0]).toMatchObject({ fromOffset: 1, toOffset: 5, ratePercent: 40 });
  });

  it('should not let the supervisor of another project change this one (NOT_FOUND)', async () => {
    const policy = await repairPolicy();
    const other = await app.as('sunwei');
    const res = await other.gql(UPDATE, { i: { id: policy.id, version: policy.version, stages: policy.stages } });
    expect(res.data.updateCallbackPolicy.userErrors[0].code).toBe('NOT_FOUND');
  });
});

describe('users (用户管理): create, change, reset password, disable — never delete', () => {
  let app: TestApp;
  let admin: Client;
  let supervisor: Client;
  const USER = 'id version username displayName role active projects { code } department { name }';
  const CREATE = `mutation ($i: CreateUserInput!) { createUser(input: $i) { user { ${USER} } temporaryPassword ${ERRORS} } }`;
  const UPDATE = `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { user { ${USER} } ${ERRORS} } }`;
  const RESET = `mutation ($i: UserVersionInput!) { resetUserPassword(input: $i) { user { version } temporaryPassword ${ERRORS} } }`;
  const ACTIVE = `mutation ($i: SetUserActiveInput!) { setUserActive(input: $i) { user { version active } ${ERRORS} } }`;
  const signIn = async (username: string, password: string) =>
    (await app.anonymous.gql(`mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { code } } }`, { u: username, p: password })).data.login;
  let engineering: string;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, supervisor] = await Promise.all([app.as('admin'), app.as('liqiang')]);
    const departments = await admin.gql(`query ($id: ID!) { node(id: $id) { ... on Project { departments { id name } } } }`, { id: app.projectA });
    engineering = departments.data.node.departments.find((d: { name: string }) => d.name === '工程部').id;
  });
  afterAll(() => app.close());

  it('should refuse bad accounts with the field named and create nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ username: 'Zhang Li', displayName: '张', role: 'CLERK', projectIds: [app.projectA] }, 'username', 'user.usernameInvalid'],
      [{ username: 'zhangli', displayName: '张', role: 'CLERK', projectIds: [app.projectA] }, 'username', 'user.usernameTaken'],
      [{ username: 'newclerk', displayName: '  ', role: 'CLERK', projectIds: [app.projectA] }, 'displayName', 'user.displayNameRequired'],
      [{ username: 'newclerk', displayName: '新', role: 'CLERK', projectIds: [] }, 'projectIds', 'user.projectsRequired'],
      [{ username: 'newaudit', displayName: '新', role: 'AUDITOR', projectIds: [app.projectA] }, 'projectIds', 'user.noProjectsForRole'],
      [{ username: 'newdept', displayName: '新', role: 'DEPARTMENT_SUPERVISOR', projectIds: [app.projectA] }, 'departmentId', 'user.departmentRequired'],
      [{ username: 'newdept', displayName: '新', role: 'DEPARTMENT_SUPERVISOR', projectIds: [app.projectB], departmentId: engineering }, 'departmentId', 'user.departmentOutsideProjects'],
    ];
    const count = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from app_user`))[0].n);
    const before = await count();
    for (const [input, field, messageKey] of cases) {
      const res = await admin.gql(CREATE, { i: input });
      expect({ input, errors: res.data.createUser.userErrors }).toEqual({ input, errors: [expect.objectContaining({ field: [field], code: 'BAD_USER_INPUT', messageKey })] });
      expect(res.data.createUser.temporaryPassword).toBeNull();
    }
    expect(await count()).toBe(before);
  });

  it('should create a department supervisor who signs in with the temporary password shown once', async () => {
    const res = await admin.gql(CREATE, { i: { username: 'qianjin', displayName: '钱进', role: 'DEPARTMENT_SUPERVISOR', projectIds: [app.projectA], departmentId: engineering } });
    expect(res.data.createUser.userErrors).toEqual([]);
    expect(res.data.createUser.user).toMatchObject({ username: 'qianjin', role: 'DEPARTMENT_SUPERVISOR', active: true, projects: [{ code: 'A01' }], department: { name: '工程部' } });
    const password = res.data.createUser.temporaryPassword;
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    expect((await signIn('qianjin', password)).token).toBeTruthy();
    const stored = await app.orm.em.getConnection().execute(`select password_hash from app_user where username = 'qianjin'`);
    expect(stored[0].password_hash).not.toContain(password);
    const supervisors = await admin.gql(`query ($id: ID!) { node(id: $id) { ... on Project { departments { name supervisors { username } } } } }`, { id: app.projectA });
    expect(supervisors.data.node.departments.find((d: { name: string }) => d.name === '工程部').supervisors.map((u: { username: string }) => u.username)).toContain('qianjin');
  });

  it('should move a clerk to another project, end her sessions, and refuse a change based on an older version', async () => {
    const session = await app.as('wangfang');
    const list = await admin.gql(`{ users(first: 100) { totalCount edges { node { ${USER} } } } }`);
    const wang = list.data.users.edges.map((e: { node: any }) => e.node).find((u: { username: string }) => u.username === 'wangfang');
    const res = await admin.gql(UPDATE, { i: { id: wang.id, version: wang.version, displayName: '王芳芳', role: 'CLERK', projectIds: [app.projectB] } });
    expect(res.data.updateUser.userErrors).toEqual([]);
    expect(res.data.updateUser.user).toMatchObject({ displayName: '王芳芳', projects: [{ code: 'B02' }] });
    expect((await session.gql(`{ me { user { username } } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const stale = await admin.gql(UPDATE, { i: { id: wang.id, version: wang.version, displayName: '王', role: 'CLERK', projectIds: [app.projectA] } });
    expect(stale.data.updateUser.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['version'] })]);
    const again = await (await app.as('wangfang')).gql(`{ me { user { displayName } projects { code } } }`);
    expect(again.data.me).toEqual({ user: { displayName: '王芳芳' }, projects: [{ code: 'B02' }] });
  });

  it('should reset a password: the old one stops working, the new one is shown once and works', async () => {
    const created = await admin.gql(CREATE, { i: { username: 'sunli', displayName: '孙丽', role: 'CLERK', projectIds: [app.projectA] } });
    const first = created.data.createUser.temporaryPassword;
    const session = client(app.url, (await signIn('sunli', first)).token);
    const reset = await admin.gql(RESET, { i: { id: created.data.createUser.user.id, version: created.data.createUser.user.version } });
    expect(reset.data.resetUserPassword.userErrors).toEqual([]);
    const second = reset.data.resetUserPassword.temporaryPassword;
    expect(second).not.toBe(first);
    expect((await signIn('sunli', first)).userErrors[0].code).toBe('UNAUTHENTICATED');
    expect((await signIn('sunli', second)).token).toBeTruthy();
    expect((await session.gql(`{ me { user { username } } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should disable an account (it cannot sign in, its records keep its name) and enable it again; never the own account', async () => {
    const created = await admin.gql(CREATE, { i: { username: 'zhoujie', displayName: '周杰', role: 'CLERK', projectIds: [app.projectA] } });
    const { user, temporaryPassword } = created.data.createUser;
    const disabled = await admin.gql(ACTIVE, { i: { id: user.id, version: user.version, active: false } });
    expect(disabled.data.setUserActive.user.active).toBe(false);
    expect((await signIn('zhoujie', temporaryPassword)).token).toBeNull();
    const listed = await admin.gql(`{ users(first: 100) { edges { node { username active } } } }`);
    expect(listed.data.users.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ username: 'zhoujie', active: false });
    const again = await admin.gql(ACTIVE, { i: { id: user.id, version: disabled.data.setUserActive.user.version, active: false } });
    expect(again.data.setUserActive.userErrors[0].code).toBe('INVALID_STATE');
    const enabled = await admin.gql(ACTIVE, { i: { id: user.id, version: disabled.data.setUserActive.user.version, active: true } });
    expect(enabled.data.setUserActive.user.active).toBe(true);
    expect((await signIn('zhoujie', temporaryPassword)).token).toBeTruthy();

    const me = await admin.gql(`{ me { user { id version } } }`);
    const self = await admin.gql(ACTIVE, { i: { id: me.data.me.user.id, version: me.data.me.user.version, active: false } });
    expect(self.data.setUserActive.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', messageKey: 'user.notOwnAccount' })]);
  });

  it('should create one account when two administrators send the same username at once, and tell the other', async () => {
    const input = { username: 'twice', displayName: '同名', role: 'CLERK', projectIds: [app.projectA] };
    const answers = await Promise.all([admin.gql(CREATE, { i: input }), admin.gql(CREATE, { i: input })]);
    const payloads = answers.map((a) => a.data.createUser);
    expect(payloads.filter((p) => p.user).length).toBe(1);
    expect(payloads.find((p) => !p.user).userErrors).toEqual([expect.objectContaining({ field: ['username'], messageKey: 'user.usernameTaken' })]);
  });

  it('should refuse every user operation to other roles (FORBIDDEN)', async () => {
    const me = await supervisor.gql(`{ me { user { id version } } }`);
    const id = me.data.me.user.id;
    for (const [query, input] of [
      [`{ users(first: 10) { totalCount } }`, undefined],
      [CREATE, { username: 'x1', displayName: 'x', role: 'CLERK', projectIds: [app.projectA] }],
      [UPDATE, { id, version: 1, displayName: 'x', role: 'ADMIN', projectIds: [] }],
      [RESET, { id, version: 1 }],
      [ACTIVE, { id, version: 1, active: false }],
    ] as const) {
      const res = await supervisor.gql(query, input ? { i: input } : undefined);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await supervisor.gql(`{ me { user { role } } }`)).data.me.user.role).toBe('SUPERVISOR');
  });
});

describe('projects and departments (项目与部门)', () => {
  let app: TestApp;
  let admin: Client;
  let supervisor: Client;
  const CREATE = `mutation ($i: CreateProjectInput!) { createProject(input: $i) { project { id code name version } ${ERRORS} } }`;
  const DEPARTMENT = `mutation ($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id name } ${ERRORS} } }`;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, supervisor] = await Promise.all([app.as('admin'), app.as('liqiang')]);
  });
  afterAll(() => app.close());

  it('should refuse a bad or taken code and an empty name', async () => {
    const bad = await admin.gql(CREATE, { i: { code: 'a-1', name: ' ' } });
    expect(bad.data.createProject.userErrors.map((e: { field: string[] }) => e.field[0])).toEqual(['code', 'name']);
    const taken = await admin.gql(CREATE, { i: { code: 'A01', name: '重名' } });
    expect(taken.data.createProject.userErrors).toEqual([expect.objectContaining({ field: ['code'], messageKey: 'project.codeTaken' })]);
  });

  it('should create a project with the standard callback policies and a department, renamed later', async () => {
    const created = await admin.gql(CREATE, { i: { code: 'C03', name: '金桂园' } });
    expect(created.data.createProject.userErrors).toEqual([]);
    const project = created.data.createProject.project;
    const policies = await admin.gql(`query ($p: ID!) { callbackPolicies(projectId: $p) { kind stages { ratePercent } } }`, { p: project.id });
    expect(policies.data.callbackPolicies.find((p: { kind: string }) => p.kind === 'REPAIR').stages[0].ratePercent).toBe(30);

    const department = await admin.gql(DEPARTMENT, { i: { projectId: project.id, name: '工程部' } });
    expect(department.data.createDepartment.department.name).toBe('工程部');
    const twice = await admin.gql(DEPARTMENT, { i: { projectId: project.id, name: '工程部' } });
    expect(twice.data.createDepartment.userErrors[0].messageKey).toBe('department.nameTaken');
    const renamed = await admin.gql(`mutation ($i: RenameDepartmentInput!) { renameDepartment(input: $i) { department { name } ${ERRORS} } }`, {
      i: { id: department.data.createDepartment.department.id, name: '工程维修部' },
    });
    expect(renamed.data.renameDepartment.department.name).toBe('工程维修部');
    const updated = await admin.gql(`mutation ($i: UpdateProjectInput!) { updateProject(input: $i) { project { code name } ${ERRORS} } }`, {
      i: { id: project.id, version: project.version, name: '金桂园二期' },
    });
    expect(updated.data.updateProject.project).toEqual({ code: 'C03', name: '金桂园二期' });
  });

  it('should refuse projects and departments to other roles (FORBIDDEN)', async () => {
    expect((await supervisor.gql(CREATE, { i: { code: 'D04', name: 'x' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await supervisor.gql(DEPARTMENT, { i: { projectId: app.projectA, name: '保洁部' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('call scripts (规范用语)', () => {
  let app: TestApp;
  let admin: Client;
  let clerk: Client;
  const SCRIPTS = `query ($p: ID!) { callScripts(projectId: $p) { kind greeting questions closing busyReply version standard updatedBy { username } } }`;
  const UPDATE = `mutation ($i: UpdateCallScriptInput!) { updateCallScript(input: $i) { callScript { kind greeting version standard } ${ERRORS} } }`;

  beforeAll(async () => {
    app = await initTestApp();
    [admin, clerk] = await Promise.all([app.as('admin'), app.as('zhangli')]);
  });
  afterAll(() => app.close());

  const repairOf = async (who: Client, project = app.projectA) =>
    (await who.gql(SCRIPTS, { p: project })).data.callScripts.find((s: { kind: string }) => s.kind === 'REPAIR');

  it('should give the clerk a script per kind in the standard wording of the procedures', async () => {
    const res = await clerk.gql(SCRIPTS, { p: app.projectA });
    expect(res.data.callScripts.map((s: { kind: string }) => s.kind)).toEqual(['COMPLAINT', 'REPAIR', 'SPECIAL_SERVICE', 'HELP', 'EMERGENCY', 'ACTIVITY', 'OTHER']);
    const repair = await repairOf(clerk);
    expect(repair).toMatchObject({ version: 0, standard: true, updatedBy: null });
    expect(repair.greeting).toContain('请问您现在方便接电话吗');
    expect(repair.busyReply).toContain('那请问什么时候方便接听电话呢');
    expect(repair.closing).toContain('祝您生活愉快，再见');
  });

  it('should let the administrator change one project\'s script, refuse a stale version and an empty closing, and refuse a clerk', async () => {
    const repair = await repairOf(admin);
    const input = { projectId: app.projectA, kind: 'REPAIR', version: 0, greeting: '您好，我是阳光花园客服中心{回访人}。', questions: repair.questions, closing: repair.closing, busyReply: repair.busyReply };
    const empty = await admin.gql(UPDATE, { i: { ...input, closing: '  ' } });
    expect(empty.data.updateCallScript.userErrors).toEqual([expect.objectContaining({ field: ['closing'], code: 'BAD_USER_INPUT', messageKey: 'callScript.required' })]);
    expect((await clerk.gql(UPDATE, { i: input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const saved = await admin.gql(UPDATE, { i: input });
    expect(saved.data.updateCallScript).toMatchObject({ userErrors: [], callScript: { kind: 'REPAIR', version: 1, standard: false, greeting: '您好，我是阳光花园客服中心{回访人}。' } });
    const stale = await admin.gql(UPDATE, { i: { ...input, greeting: '旧版本' } });
    expect(stale.data.updateCallScript.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['version'] })]);

    expect(await repairOf(clerk)).toMatchObject({ greeting: '您好，我是阳光花园客服中心{回访人}。', version: 1, updatedBy: { username: 'admin' } });
    expect((await repairOf(admin, app.projectB)).standard).toBe(true);
    const history = await app.orm.em.getConnection().execute(`select count(*) as n from change_record where entity_type = 'CallScript'`);
    expect(Number(history[0].n)).toBeGreaterThan(0);
  });

  it('should not show a clerk the scripts of another project (FORBIDDEN)', async () => {
    expect((await clerk.gql(SCRIPTS, { p: app.projectB })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
