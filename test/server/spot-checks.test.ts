import { completeTestTicket, createTestCallback, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 抽查回访 (issue 14 item 5; seed 004, 回訪管理規定 三: 主任每季度對報修記錄抽查回訪20%)

const SPOT_FIELDS = 'id serialCode status purpose anchorDate assignee { username } spotCheckAgreement spotCheckOf { id serialCode }';
const PROPOSE = `query ($p: ID!, $period: String!) { proposeSpotChecks(projectId: $p, period: $period) {
  period ratePercent records repairRecords quota notYetRecorded planned stillToPlan proposed { id serialCode } others { id serialCode } spotChecks { ${SPOT_FIELDS} } } }`;
const PLAN = `mutation ($i: PlanSpotChecksInput!) { planSpotChecks(input: $i) {
  spotChecks { ${SPOT_FIELDS} } userErrors { field code message messageKey } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) {
  callback { id version status spotCheckAgreement } userErrors { field code message } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Callback { id version status } } }`;

/** the current quarter, as the business calendar (UTC+8) names it */
const quarterOf = (date: Date) => {
  const local = new Date(date.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
};

describe('spot checks (抽查回访)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let period: string;
  /** the finished regular repair records of the quarter */
  let records: { id: string; serialCode: string }[];
  let stillPlanned: { id: string };
  let otherProject: { id: string };

  const record = async (who: Client, id: string, satisfaction: string, result: string, shortcomings: string | null = null) => {
    const read = await who.gql(READ, { id });
    const res = await who.gql(RECORD, {
      i: { id, version: read.data.node.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction, result, shortcomings },
    });
    expect(res.data.recordCallbackResult.userErrors).toEqual([]);
    return res.data.recordCallbackResult.callback;
  };

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
    period = quarterOf(new Date(Date.now() - 86_400_000));
    // twenty repairs completed: the policy's 30 % sampling calls six of them back (REGULAR); the clerk records those
    records = [];
    for (let i = 0; i < 20; i += 1) {
      const { ticket } = await createTestTicket(clerk, app.projectA);
      const done = await completeTestTicket(clerk, ticket);
      for (const c of done.callbacks.filter((c: any) => c.purpose === 'REGULAR')) {
        await record(clerk, c.id, 'SATISFIED', 'QUALIFIED');
        records.push({ id: c.id, serialCode: c.serialCode });
      }
    }
    stillPlanned = await createTestCallback(clerk, app.projectA);
    otherProject = await createTestCallback(await app.as('liumei'), app.projectB);
  });
  afterAll(() => app.close());

  it('should propose 20 % of the quarter\'s finished repair records, the same ones every time, to the supervisor only', async () => {
    const first = await supervisor.gql(PROPOSE, { p: app.projectA, period });
    expect(first.errors).toBeUndefined();
    expect(records).toHaveLength(6);
    // the quota is the statistics' one: 20 % of the 21 repair tickets completed (the 20 and the one still planned) = 5,
    // drawn from the six finished records
    const stats = (await supervisor.gql(`query ($p: ID!, $period: String) { quarterlyStatistics(projectId: $p, period: $period) { spotCheck { repairRecords required planned } } }`, { p: app.projectA, period })).data.quarterlyStatistics.spotCheck;
    expect(stats).toEqual({ repairRecords: 21, required: 5, planned: 0 });
    expect(first.data.proposeSpotChecks).toMatchObject({ period, ratePercent: 20, records: 6, repairRecords: 21, quota: 5, notYetRecorded: 0, planned: 0, stillToPlan: 5, spotChecks: [] });
    expect(first.data.proposeSpotChecks.proposed).toHaveLength(5);
    // the sixth, in draw order, is there to swap in
    const offered = [...first.data.proposeSpotChecks.proposed, ...first.data.proposeSpotChecks.others].map((c: any) => c.id);
    expect([...offered].sort()).toEqual(records.map((r) => r.id).sort());
    const again = await supervisor.gql(PROPOSE, { p: app.projectA, period });
    expect(again.data.proposeSpotChecks.proposed).toEqual(first.data.proposeSpotChecks.proposed);

    const byClerk = await clerk.gql(PROPOSE, { p: app.projectA, period });
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse a clerk planning spot checks (FORBIDDEN) and change nothing', async () => {
    const res = await clerk.gql(PLAN, { i: { projectId: app.projectA, period, callbackIds: [records[0].id] } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = await supervisor.gql(PROPOSE, { p: app.projectA, period });
    expect(after.data.proposeSpotChecks.spotChecks).toEqual([]);
  });

  it('should name every refused record by its place in the list and plan none of the batch', async () => {
    const res = await supervisor.gql(PLAN, {
      i: { projectId: app.projectA, period, callbackIds: [records[0].id, 'not-an-id', stillPlanned.id, otherProject.id, records[0].id] },
    });
    const errors = res.data.planSpotChecks.userErrors;
    expect(errors.map((e: any) => [e.field, e.code])).toEqual([
      [['callbackIds', '1'], 'BAD_USER_INPUT'],
    ]);
    // the ids decode; now the records themselves
    const second = await supervisor.gql(PLAN, {
      i: { projectId: app.projectA, period, callbackIds: [records[0].id, stillPlanned.id, otherProject.id, records[0].id] },
    });
    expect(second.data.planSpotChecks.spotChecks).toEqual([]);
    expect(second.data.planSpotChecks.userErrors.map((e: any) => [e.field, e.code, e.messageKey])).toEqual([
      [['callbackIds', '1'], 'INVALID_STATE', 'spotCheck.notEligible'],
      [['callbackIds', '2'], 'NOT_FOUND', 'spotCheck.notFound'],
      [['callbackIds', '3'], 'CONFLICT', 'spotCheck.alreadyPlanned'],
    ]);
    const wrongPeriod = await supervisor.gql(PLAN, { i: { projectId: app.projectA, period: '2020Q1', callbackIds: [records[0].id] } });
    expect(wrongPeriod.data.planSpotChecks.userErrors.map((e: any) => [e.field, e.code])).toEqual([[['callbackIds', '0'], 'BAD_USER_INPUT']]);
    const after = await supervisor.gql(PROPOSE, { p: app.projectA, period });
    expect(after.data.proposeSpotChecks).toMatchObject({ planned: 0, spotChecks: [] });
  });

  it('should plan the proposed record and one the supervisor swapped in, then show each spot check\'s agreement once recorded', async () => {
    const proposal = (await supervisor.gql(PROPOSE, { p: app.projectA, period })).data.proposeSpotChecks;
    const proposedId = proposal.proposed[0].id;
    const swapped = records.find((r) => r.id === proposal.others[0].id)!;

    const res = await supervisor.gql(PLAN, { i: { projectId: app.projectA, period, callbackIds: [proposedId, swapped.id] } });
    expect(res.data.planSpotChecks.userErrors).toEqual([]);
    const [same, different] = res.data.planSpotChecks.spotChecks;
    expect(same).toMatchObject({ purpose: 'SPOT_CHECK', status: 'PLANNED', assignee: { username: 'liqiang' }, spotCheckOf: { id: proposedId }, spotCheckAgreement: 'PENDING' });
    expect(different).toMatchObject({ purpose: 'SPOT_CHECK', spotCheckOf: { id: swapped.id, serialCode: swapped.serialCode }, spotCheckAgreement: 'PENDING' });
    expect(same.serialCode).not.toBe(different.serialCode);

    // planned once only
    const twice = await supervisor.gql(PLAN, { i: { projectId: app.projectA, period, callbackIds: [swapped.id] } });
    expect(twice.data.planSpotChecks.userErrors.map((e: any) => e.code)).toEqual(['CONFLICT']);
    const planned = (await supervisor.gql(PROPOSE, { p: app.projectA, period })).data.proposeSpotChecks;
    expect(planned).toMatchObject({ planned: 2, stillToPlan: 3, proposed: proposal.proposed.slice(1, 4), others: [proposal.proposed[4]] });
    // the statistics count the same two
    const stats = (await supervisor.gql(`query ($p: ID!, $period: String) { quarterlyStatistics(projectId: $p, period: $period) { spotCheck { required planned } } }`, { p: app.projectA, period })).data.quarterlyStatistics.spotCheck;
    expect(stats).toEqual({ required: planned.quota, planned: planned.planned });
    expect(planned.spotChecks.map((c: any) => c.id)).toEqual([same.id, different.id]);

    // the supervisor records them the normal way: the owner says the same once, something else the other time
    expect((await record(supervisor, same.id, 'SATISFIED', 'QUALIFIED')).spotCheckAgreement).toBe('SAME');
    expect((await record(supervisor, different.id, 'UNSATISFIED', 'UNQUALIFIED', '维修后仍漏水')).spotCheckAgreement).toBe('DIFFERENT');
    const done = (await supervisor.gql(PROPOSE, { p: app.projectA, period })).data.proposeSpotChecks;
    expect(done.spotChecks.map((c: any) => [c.status, c.spotCheckAgreement])).toEqual([['DONE', 'SAME'], ['DONE', 'DIFFERENT']]);
  });
});
