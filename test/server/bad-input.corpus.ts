/**
 * Malformed requests, each with the code it must be answered with. Data, not code: add a line to add a case.
 * `as` is who sends it; `vars` builds the variables from the fixture (ids and versions of real rows).
 */
export interface Fixture {
  projectA: string;
  projectB: string;
  ticketA: { id: string; version: number };
  openTicketA: { id: string; version: number };
  ticketB: { id: string; version: number };
  callbackA: { id: string; version: number };
  callbackB: { id: string; version: number };
  policyA: { id: string; version: number };
  policyB: { id: string; version: number };
  userB: string;
  tokenId: string;
  /** a draft quarterly report of project B (2026Q2) */
  reportB: { id: string; version: number };
}

export type Sender = 'clerk' | 'supervisor' | 'admin' | 'anonymous' | 'token';

export interface BadInput {
  name: string;
  as: Sender;
  query?: string;
  vars?: (f: Fixture) => Record<string, unknown>;
  /** a raw HTTP body (and content type) instead of a GraphQL document */
  raw?: { body: string; contentType?: string; method?: 'GET' | 'POST'; path?: string; headers?: Record<string, string> };
  code: string;
  /** for userErrors: the field path expected */
  field?: string[];
  /** the message of that error must say why (e.g. 长度不能超过 2000 字) */
  message?: RegExp;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const long = (n: number, c = '长') => c.repeat(n);

const CREATE = `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } userErrors { field code message } } }`;
const UPDATE = `mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { id } userErrors { field code message } } }`;
const COMPLETE = `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } userErrors { field code message } } }`;
const VOID_TICKET = `mutation ($i: VoidInput!) { voidTicket(input: $i) { ticket { id } userErrors { field code message } } }`;
const REASSIGN = `mutation ($i: ReassignCallbackInput!) { reassignCallback(input: $i) { callback { id } userErrors { field code message } } }`;
const PLAN_SPOT_CHECKS = `mutation ($i: PlanSpotChecksInput!) { planSpotChecks(input: $i) { spotChecks { id } userErrors { field code message } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id } userErrors { field code message } } }`;
const ATTEMPT = `mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id } userErrors { field code message } } }`;
const ADD_CALLBACK = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id } userErrors { field code message } } }`;
const UPDATE_CALLBACKS = `mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount userErrors { field code message } } }`;
const REVIEW = `mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { id } userErrors { field code message } } }`;
const ESCALATE = `mutation ($i: CallbackActionInput!) { escalateCallback(input: $i) { callback { id } userErrors { field code message } } }`;
const POLICY = `mutation ($i: UpdateCallbackPolicyInput!) { updateCallbackPolicy(input: $i) { policy { id } userErrors { field code message } } }`;
const PRESET = `mutation ($i: ApplyPolicyPresetInput!) { applyPolicyPreset(input: $i) { policies { id } userErrors { field code message } } }`;
const TOKEN = `mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret userErrors { field code message } } }`;
const REVOKE = `mutation ($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiToken { id } userErrors { field code message } } }`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { field code message } } }`;
const TICKETS = `query ($first: Int, $after: String, $filter: TicketFilter, $orderBy: TicketOrder) { tickets(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount } }`;
const CALLBACKS = `query ($first: Int, $after: String, $filter: CallbackFilter, $orderBy: CallbackOrder) { callbacks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
const ARCHIVE = `mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { archive { period } userErrors { field code message } } }`;
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl userErrors { field code message } } }`;
const SAVE_REPORT = `mutation ($i: SaveQuarterlyReportInput!) { saveQuarterlyReport(input: $i) { report { id } userErrors { field code message } } }`;
const reportAction = (name: string) => `mutation ($i: QuarterlyReportActionInput!) { ${name}(input: $i) { report { id } userErrors { field code message } } }`;
const SETTINGS = `mutation ($i: UpdateProjectSettingsInput!) { updateProjectSettings(input: $i) { project { id } userErrors { field code message } } }`;
const STATISTICS = `query ($p: ID!, $period: String) { quarterlyStatistics(projectId: $p, period: $period) { period } }`;

/** a valid ticket input to spoil one field of */
const ticket = (f: Fixture, spoil: Record<string, unknown>) => ({
  i: { projectId: f.projectA, kind: 'HELP', ownerName: '赵六', unit: '2-1-301', phone: '13812345678', channel: 'PHONE', summary: '求助', ...spoil },
});
const record = (f: Fixture, spoil: Record<string, unknown>) => ({
  i: { id: f.callbackA.id, version: f.callbackA.version, methods: ['PHONE'], satisfaction: 'SATISFIED', result: 'QUALIFIED', performedAt: new Date().toISOString(), ...spoil },
});

export const BAD_INPUTS: BadInput[] = [
  // ── wrong types ─────────────────────────────────────────────────────────────
  { name: 'kind as a number', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 123 }), code: 'BAD_USER_INPUT' },
  { name: 'enum as a string literal in the document', as: 'clerk', query: `mutation { createTicket(input: { projectId: "x", kind: "HELP", ownerName: "a", unit: "1", channel: PHONE, summary: "s" }) { ticket { id } } }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'first as a string literal', as: 'clerk', query: `{ tickets(first: "ten") { totalCount } }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'first as a fraction', as: 'clerk', query: TICKETS, vars: () => ({ first: 1.5 }), code: 'BAD_USER_INPUT' },
  { name: 'version as a string', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: f.ticketA.id, version: '1', summary: 'x' } }), code: 'BAD_USER_INPUT' },
  { name: 'version beyond 32 bits', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: f.ticketA.id, version: 2 ** 31, summary: 'x' } }), code: 'BAD_USER_INPUT' },
  { name: 'receivedAt as a boolean', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: true }), code: 'BAD_USER_INPUT' },
  { name: 'input null', as: 'clerk', query: CREATE, vars: () => ({ i: null }), code: 'BAD_USER_INPUT' },
  { name: 'required projectId missing', as: 'clerk', query: CREATE, vars: (f) => { const v = ticket(f, {}); delete (v.i as Record<string, unknown>).projectId; return v; }, code: 'BAD_USER_INPUT' },
  { name: 'unknown input field', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { isAdmin: true }), code: 'BAD_USER_INPUT' },
  { name: 'satisfaction as a number', as: 'clerk', query: RECORD, vars: (f) => record(f, { satisfaction: 5 }), code: 'BAD_USER_INPUT' },
  { name: 'methods as numbers', as: 'clerk', query: RECORD, vars: (f) => record(f, { methods: [1, 2] }), code: 'BAD_USER_INPUT' },
  { name: 'overdue as a string', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { overdue: 'yes' } }), code: 'BAD_USER_INPUT' },
  { name: 'id as an object', as: 'clerk', query: NODE, vars: () => ({ id: { $ne: null } }), code: 'BAD_USER_INPUT' },
  { name: 'id as a bare number', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: 1, version: f.ticketA.version, summary: 'x' } }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'satisfactionScore as a string', as: 'clerk', query: RECORD, vars: (f) => record(f, { satisfactionScore: 'ten' }), code: 'BAD_USER_INPUT' },
  { name: 'stages as an object', as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyA.id, version: f.policyA.version, stages: { rate: 50 } } }), code: 'BAD_USER_INPUT' },
  { name: 'ratePercent as a string', as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyA.id, version: f.policyA.version, stages: [{ anchor: 'COMPLETED', fromOffset: 0, toOffset: 7, unit: 'DAY', ratePercent: '50%', performerRole: 'CLERK' }] } }), code: 'BAD_USER_INPUT' },
  { name: 'variables not an object', as: 'clerk', raw: { body: JSON.stringify({ query: TICKETS, variables: 'first=10' }) }, code: 'BAD_REQUEST' },
  { name: 'query not a string', as: 'clerk', raw: { body: JSON.stringify({ query: 42 }) }, code: 'BAD_REQUEST' },
  { name: 'no query at all', as: 'clerk', raw: { body: JSON.stringify({ variables: {} }) }, code: 'BAD_REQUEST' },
  { name: 'body is not JSON', as: 'clerk', raw: { body: 'query { tickets { totalCount } }' }, code: 'BAD_REQUEST' },
  { name: 'body is a JSON string', as: 'clerk', raw: { body: JSON.stringify('{ tickets { totalCount } }') }, code: 'BAD_REQUEST' },

  // ── huge strings ────────────────────────────────────────────────────────────
  { name: 'summary of 2,001 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { summary: long(2001) }), code: 'BAD_USER_INPUT' },
  { name: 'summary of 100,000 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { summary: long(100_000, 'x') }), code: 'BAD_USER_INPUT' },
  { name: 'owner name of 51 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: long(51) }), code: 'BAD_USER_INPUT' },
  { name: 'unit of 31 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { unit: long(31, '1') }), code: 'BAD_USER_INPUT' },
  { name: 'phone of 31 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { phone: long(31, '1') }), code: 'BAD_USER_INPUT' },
  { name: 'category of 51 characters', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'REPAIR', category: long(51) }), code: 'BAD_USER_INPUT' },
  { name: 'handler of 51 characters', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: f.ticketA.id, version: f.ticketA.version, handler: long(51) } }), code: 'BAD_USER_INPUT' },
  { name: 'search text of 101 characters', as: 'clerk', query: TICKETS, vars: () => ({ filter: { text: long(101) } }), code: 'BAD_USER_INPUT' },
  { name: 'callback search text of 1,000 characters', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { text: long(1000) } }), code: 'BAD_USER_INPUT' },
  { name: 'username of 51 characters', as: 'anonymous', query: LOGIN, vars: () => ({ u: long(51, 'a'), p: 'x' }), code: 'BAD_USER_INPUT' },
  { name: 'password of 201 characters', as: 'anonymous', query: LOGIN, vars: () => ({ u: 'zhangli', p: long(201, 'p') }), code: 'BAD_USER_INPUT' },
  { name: 'reassign reason of 501 characters', as: 'supervisor', query: REASSIGN, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, assigneeIds: [f.userB], reason: long(501) } }), code: 'BAD_USER_INPUT' },
  { name: 'reassign to a ticket id', as: 'supervisor', query: REASSIGN, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, assigneeIds: [f.ticketA.id] } }), code: 'BAD_USER_INPUT', field: ['assigneeIds', '0'] },
  { name: 'reassign to 1,000 people', as: 'supervisor', query: REASSIGN, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, assigneeIds: Array(1000).fill(f.userB) } }), code: 'BAD_USER_INPUT', field: ['assigneeIds'] },
  { name: "reassign project B's callback", as: 'supervisor', query: REASSIGN, vars: (f) => ({ i: { id: f.callbackB.id, version: f.callbackB.version, assigneeIds: [f.userB] } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'spot checks of no record', as: 'supervisor', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q4', callbackIds: [] } }), code: 'BAD_USER_INPUT', field: ['callbackIds'] },
  { name: 'spot checks of 1,000 records', as: 'supervisor', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q4', callbackIds: Array(1000).fill(f.callbackA.id) } }), code: 'BAD_USER_INPUT', field: ['callbackIds'] },
  { name: 'spot check of a ticket id', as: 'supervisor', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q4', callbackIds: [f.ticketA.id] } }), code: 'BAD_USER_INPUT', field: ['callbackIds', '0'] },
  { name: "spot check of project B's callback", as: 'supervisor', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q4', callbackIds: [f.callbackB.id] } }), code: 'NOT_FOUND', field: ['callbackIds', '0'] },
  { name: 'spot checks in a period of no form', as: 'supervisor', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026-Q9', callbackIds: [f.callbackA.id] } }), code: 'BAD_USER_INPUT', field: ['period'] },
  { name: 'spot checks planned by a clerk', as: 'clerk', query: PLAN_SPOT_CHECKS, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q4', callbackIds: [f.callbackA.id] } }), code: 'FORBIDDEN' },
  { name: 'void reason of 501 characters', as: 'supervisor', query: VOID_TICKET, vars: (f) => ({ i: { id: f.ticketA.id, version: f.ticketA.version, reason: long(501) } }), code: 'BAD_USER_INPUT' },
  { name: 'token name of 101 characters', as: 'admin', query: TOKEN, vars: () => ({ i: { name: long(101), scopes: ['TICKETS_READ'] } }), code: 'BAD_USER_INPUT' },
  { name: 'visitors of 101 characters', as: 'clerk', query: RECORD, vars: (f) => record(f, { visitors: long(101) }), code: 'BAD_USER_INPUT' },
  { name: 'suggestions of 2,001 characters', as: 'clerk', query: RECORD, vars: (f) => record(f, { suggestions: long(2001) }), code: 'BAD_USER_INPUT' },
  { name: 'cursor of 10,000 characters', as: 'clerk', query: TICKETS, vars: () => ({ after: long(10_000, 'A') }), code: 'BAD_USER_INPUT' },
  { name: 'period of 1,000 characters', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { period: long(1000, '9') } }), code: 'BAD_USER_INPUT' },
  { name: 'attempt note of 501 characters', as: 'clerk', query: ATTEMPT, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, outcome: 'NO_ANSWER', note: long(501) } }), code: 'BAD_USER_INPUT' },
  { name: 'a document of 6,000 tokens', as: 'clerk', query: `{ ${'__typename '.repeat(6000)} }`, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a body over 1 MB', as: 'clerk', raw: { body: JSON.stringify({ query: '{ __typename }', variables: { pad: long(1_100_000, 'x') } }) }, code: 'BAD_REQUEST' },
  { name: '1,001 rows in one paste', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: Array.from({ length: 1001 }, () => ({ id: f.callbackA.id, version: f.callbackA.version, patch: { suggestions: 'x' } })) } }), code: 'BAD_USER_INPUT', field: ['rows'], message: /最多修改 1000 行/ },

  // ── grid edits (updateCallbacks): every refusal names its cell ["rows", i, column] and says why ──────────────
  { name: 'pasted suggestions of 2,001 characters', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { suggestions: long(2001) } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'suggestions'], message: /^长度不能超过 2000 字 \(at most 2000 characters\)$/ },
  { name: 'pasted visitors of 101 characters in the second row', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version + 7, patch: { suggestions: '好' } }, { id: f.callbackB.id, version: f.callbackB.version, patch: { visitors: long(101) } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '1', 'visitors'], message: /长度不能超过 100 字/ },
  { name: 'pasted follow-up and quality text both too long', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { followUp: long(2001), qualityEvaluation: long(2500) } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'qualityEvaluation'], message: /长度不能超过 2000 字/ },
  { name: 'a NUL pasted into a cell', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { suggestions: '门口\u0000有积水' } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'suggestions'], message: /含有控制字符或无效字符/ },
  { name: 'a bidi override pasted into the second row', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version + 7, patch: { suggestions: '好' } }, { id: f.callbackB.id, version: f.callbackB.version, patch: { visitors: '张\u202E三' } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '1', 'visitors'], message: /含有控制字符或无效字符/ },
  { name: 'four methods in one pasted cell', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { methods: ['PHONE', 'FACE_TO_FACE', 'ON_SITE', 'PHONE'] } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'methods'], message: /最多 3 项/ },
  { name: 'a malformed row id', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: 'not-an-id!', version: 1, patch: { suggestions: '改' } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'id'], message: /Callback id/ },
  { name: 'a ticket id as a row id', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.ticketA.id, version: f.ticketA.version, patch: { suggestions: '改' } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'id'] },
  { name: 'a row id that does not exist', as: 'clerk', query: UPDATE_CALLBACKS, vars: () => ({ i: { rows: [{ id: b64('Callback:999999'), version: 1, patch: { suggestions: '改' } }] } }), code: 'NOT_FOUND', field: ['rows', '0', 'id'], message: /not found/ },
  { name: 'a malformed id in the third row', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackB.id, version: f.callbackB.version, patch: { suggestions: '改' } }, { id: b64('Callback:999999'), version: 1, patch: {} }, { id: 'x', version: 1, patch: {} }] } }), code: 'BAD_USER_INPUT', field: ['rows', '2', 'id'] },
  { name: 'the same row twice in one paste', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version + 7, patch: { suggestions: '一' } }, { id: f.callbackA.id, version: f.callbackA.version, patch: { suggestions: '二' } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '1', 'id'], message: /与第 1 行是同一条记录/ },
  { name: 'a stale version in a pasted row', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version + 7, patch: { suggestions: '改' } }] } }), code: 'CONFLICT', field: ['rows', '0', 'version'], message: /已被他人修改/ },
  { name: 'a pasted score of 11', as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { satisfactionScore: 11 } }] } }), code: 'BAD_USER_INPUT', field: ['rows', '0', 'satisfactionScore'], message: /1–10/ },
  { name: "a supervisor's column pasted by a clerk", as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackA.id, version: f.callbackA.version, patch: { reviewOpinion: '好' } }] } }), code: 'FORBIDDEN', field: ['rows', '0', 'reviewOpinion'] },

  // ── invalid enums ───────────────────────────────────────────────────────────
  { name: 'unknown ticket kind', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'FIRE' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown channel', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { channel: 'EMAIL' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown severity', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'COMPLAINT', severity: 'MINOR', department: '工程部' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown satisfaction', as: 'clerk', query: RECORD, vars: (f) => record(f, { satisfaction: 'HAPPY' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown result', as: 'clerk', query: RECORD, vars: (f) => record(f, { result: 'PASS' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown owner confirmation', as: 'clerk', query: RECORD, vars: (f) => record(f, { ownerConfirmation: 'MAYBE' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown attempt outcome', as: 'clerk', query: ATTEMPT, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, outcome: 'HANGUP' } }), code: 'BAD_USER_INPUT' },
  { name: 'order by a personal field', as: 'clerk', query: TICKETS, vars: () => ({ orderBy: { field: 'ownerName' } }), code: 'BAD_USER_INPUT' },
  { name: 'unknown sort direction', as: 'clerk', query: CALLBACKS, vars: () => ({ orderBy: { field: 'SERIAL_CODE', direction: 'UP' } }), code: 'BAD_USER_INPUT' },
  { name: 'unknown status in a filter', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { statuses: ['DELETED'] } }), code: 'BAD_USER_INPUT' },
  { name: 'unknown API scope', as: 'admin', query: TOKEN, vars: () => ({ i: { name: 'x', scopes: ['ADMIN'] } }), code: 'BAD_USER_INPUT' },
  { name: 'scope spelled as in HTTP', as: 'admin', query: TOKEN, vars: () => ({ i: { name: 'x', scopes: ['tickets:read'] } }), code: 'BAD_USER_INPUT' },
  { name: 'unknown policy preset', as: 'admin', query: PRESET, vars: (f) => ({ i: { projectId: f.projectA, preset: 'NONE' } }), code: 'BAD_USER_INPUT' },
  { name: 'unknown role', as: 'clerk', query: `query ($p: ID!, $r: Role) { staff(projectId: $p, role: $r) { id } }`, vars: (f) => ({ p: f.projectA, r: 'ROOT' }), code: 'BAD_USER_INPUT' },
  { name: 'kind in lower case', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'help' }), code: 'BAD_USER_INPUT' },
  { name: 'kind with SQL appended', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: "HELP' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'kind with a zero-width space', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'HELP\u200B' }), code: 'BAD_USER_INPUT' },
  { name: 'unknown offset unit', as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyA.id, version: f.policyA.version, stages: [{ anchor: 'COMPLETED', fromOffset: 0, toOffset: 7, unit: 'YEAR', ratePercent: 50, performerRole: 'CLERK' }] } }), code: 'BAD_USER_INPUT' },
  { name: 'a performer role that does not call', as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyA.id, version: f.policyA.version, stages: [{ anchor: 'COMPLETED', fromOffset: 0, toOffset: 7, unit: 'DAY', ratePercent: 50, performerRole: 'AUDITOR' }] } }), code: 'BAD_USER_INPUT', field: ['stages.0.performerRole'] },
  { name: 'a rate of 150%', as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyA.id, version: f.policyA.version, stages: [{ anchor: 'COMPLETED', fromOffset: 0, toOffset: 7, unit: 'DAY', ratePercent: 150, performerRole: 'CLERK' }] } }), code: 'BAD_USER_INPUT', field: ['stages.0.ratePercent'] },

  // ── impossible dates ────────────────────────────────────────────────────────
  { name: '30 February', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '2026-02-30T10:00:00Z' }), code: 'BAD_USER_INPUT' },
  { name: 'month 13', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '2026-13-01T00:00:00Z' }), code: 'BAD_USER_INPUT' },
  { name: 'hour 25', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '2026-01-01T25:00:00Z' }), code: 'BAD_USER_INPUT' },
  { name: 'not a date at all', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: 'yesterday' }), code: 'BAD_USER_INPUT' },
  { name: 'received in the year 2999', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '2999-01-01T00:00:00Z' }), code: 'BAD_USER_INPUT', field: ['receivedAt'] },
  { name: 'received in the year 1900', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '1900-01-01T00:00:00Z' }), code: 'BAD_USER_INPUT', field: ['receivedAt'] },
  { name: 'time zone offset +25:00', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: '2026-01-01T10:00:00+25:00' }), code: 'BAD_USER_INPUT' },
  { name: 'contract starting 29 February 2026', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'SPECIAL_SERVICE', contractStart: '2026-02-29', contractEnd: '2026-12-31' }), code: 'BAD_USER_INPUT' },
  { name: 'contract ending before it starts', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'SPECIAL_SERVICE', contractStart: '2026-06-01', contractEnd: '2026-01-01' }), code: 'BAD_USER_INPUT', field: ['contractEnd'] },
  { name: 'contract date with a time', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'SPECIAL_SERVICE', contractStart: '2026-06-01T00:00:00Z', contractEnd: '2026-12-01' }), code: 'BAD_USER_INPUT' },
  { name: 'completed before it was received', as: 'clerk', query: COMPLETE, vars: (f) => ({ i: { id: f.openTicketA.id, version: f.openTicketA.version, completedAt: '2001-01-01T00:00:00Z' } }), code: 'BAD_USER_INPUT', field: ['completedAt'] },
  { name: 'completed in the future', as: 'clerk', query: COMPLETE, vars: (f) => ({ i: { id: f.openTicketA.id, version: f.openTicketA.version, completedAt: '2999-01-01T00:00:00Z' } }), code: 'BAD_USER_INPUT', field: ['completedAt'] },
  { name: 'callback performed before the ticket was completed', as: 'clerk', query: RECORD, vars: (f) => record(f, { performedAt: '2001-01-01T00:00:00Z' }), code: 'BAD_USER_INPUT', field: ['performedAt'] },
  { name: 'callback performed on 31 June', as: 'clerk', query: RECORD, vars: (f) => record(f, { performedAt: '2026-06-31T10:00:00Z' }), code: 'BAD_USER_INPUT' },
  { name: 'window that closes before it opens', as: 'clerk', query: ADD_CALLBACK, vars: (f) => ({ i: { ticketId: f.ticketA.id, windowFrom: '2026-12-31', windowTo: '2026-01-01' } }), code: 'BAD_USER_INPUT' },
  { name: 'window opening in month 0', as: 'clerk', query: ADD_CALLBACK, vars: (f) => ({ i: { ticketId: f.ticketA.id, windowFrom: '2026-00-10', windowTo: '2026-01-20' } }), code: 'BAD_USER_INPUT' },
  { name: 'quarter 5', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { period: '2026Q5' } }), code: 'BAD_USER_INPUT' },
  { name: 'month 13 as a period', as: 'clerk', query: TICKETS, vars: () => ({ filter: { period: '2026-13' } }), code: 'BAD_USER_INPUT' },
  { name: 'token that expired before it was made', as: 'admin', query: TOKEN, vars: () => ({ i: { name: 'x', scopes: ['TICKETS_READ'], expiresAt: '2020-01-01T00:00:00Z' } }), code: 'BAD_USER_INPUT', field: ['expiresAt'] },
  { name: 'next attempt on 32 January', as: 'clerk', query: ATTEMPT, vars: (f) => ({ i: { id: f.callbackA.id, version: f.callbackA.version, outcome: 'CALL_LATER', nextAttemptAt: '2026-01-32T09:00:00Z' } }), code: 'BAD_USER_INPUT' },
  { name: 'date as a number', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { receivedAt: 1e20 }), code: 'BAD_USER_INPUT' },

  // ── injection strings ───────────────────────────────────────────────────────
  { name: 'SQL in an id', as: 'clerk', query: NODE, vars: () => ({ id: "1' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'SQL inside a base64 id', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: b64('Ticket:1 OR 1=1'), version: f.ticketA.version, summary: 'x' } }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'SQL inside a project id', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { projectId: b64('Project:1;DROP TABLE ticket') }), code: 'BAD_USER_INPUT', field: ['projectId'] },
  { name: 'SQL in a phone number', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { phone: "138' OR '1'='1" }), code: 'BAD_USER_INPUT', field: ['phone'] },
  { name: 'SQL in a department name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { kind: 'COMPLAINT', severity: 'GENERAL', department: "工程部' OR '1'='1" }), code: 'BAD_USER_INPUT', field: ['department'] },
  { name: 'SQL in a cursor value', as: 'clerk', query: TICKETS, vars: () => ({ after: b64(JSON.stringify(["2026-01-01' OR 1=1 --", 1])), orderBy: { field: 'CREATED_AT' } }), code: 'BAD_USER_INPUT', field: ['after'] },
  { name: 'cursor with an id beyond integers', as: 'clerk', query: CALLBACKS, vars: () => ({ after: b64(JSON.stringify(['HF', 99_999_999_999])) }), code: 'BAD_USER_INPUT', field: ['after'] },
  { name: 'cursor with a date that does not exist', as: 'clerk', query: CALLBACKS, vars: () => ({ after: b64(JSON.stringify(['2026-02-30', 1])), orderBy: { field: 'WINDOW_TO' } }), code: 'BAD_USER_INPUT', field: ['after'] },
  { name: 'SQL comment as a username', as: 'anonymous', query: LOGIN, vars: () => ({ u: "admin' --", p: 'x' }), code: 'UNAUTHENTICATED', field: ['password'] },
  { name: 'operator object as a username', as: 'anonymous', query: LOGIN, vars: () => ({ u: { $ne: null }, p: 'x' }), code: 'BAD_USER_INPUT' },
  { name: 'SQL in a period', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { period: "2026Q1'; DROP TABLE callback; --" } }), code: 'BAD_USER_INPUT' },
  { name: 'path traversal as an assignee', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { assigneeId: '../../etc/passwd' } }), code: 'BAD_USER_INPUT' },
  { name: 'an id beyond integers', as: 'clerk', query: NODE, vars: () => ({ id: b64('Ticket:99999999999999') }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'operation name not in the document', as: 'clerk', raw: { body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) }, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two anonymous operations', as: 'clerk', query: `{ __typename } { __typename }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'directive with a string for a boolean', as: 'clerk', query: `{ __typename @skip(if: "yes") }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'undefined variable', as: 'clerk', query: `{ tickets(first: $n) { totalCount } }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'fragment cycle', as: 'clerk', query: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'persisted query hash only', as: 'clerk', raw: { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) }, code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
  { name: 'mutation over GET', as: 'clerk', raw: { method: 'GET', body: '', path: `/graphql?query=${encodeURIComponent('mutation { logout { ok } }')}`, headers: { 'apollo-require-preflight': 'true' } }, code: 'BAD_REQUEST' },
  { name: 'mutation sent as a subscription', as: 'clerk', query: `subscription { tickets { totalCount } }`, code: 'GRAPHQL_VALIDATION_FAILED' },

  // ── unicode edge cases ──────────────────────────────────────────────────────
  { name: 'NUL in an owner name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: '张\u0000三' }), code: 'BAD_USER_INPUT' },
  { name: 'right-to-left override in a name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: '\u202E三张' }), code: 'BAD_USER_INPUT' },
  { name: 'only zero-width spaces as a name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: '\u200B\u200B' }), code: 'BAD_USER_INPUT' },
  { name: 'only blanks as a name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: '   ' }), code: 'BAD_USER_INPUT', field: ['ownerName'] },
  { name: 'ideographic spaces as a summary', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { summary: '\u3000\u3000' }), code: 'BAD_USER_INPUT', field: ['summary'] },
  { name: 'unpaired surrogate in a summary', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { summary: '漏水\uD83D' }), code: 'BAD_USER_INPUT' },
  { name: '51 emoji as a name', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { ownerName: '😀'.repeat(51) }), code: 'BAD_USER_INPUT' },
  { name: 'full-width digits as a phone', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { phone: '１３８１２３４５６７８' }), code: 'BAD_USER_INPUT', field: ['phone'] },
  { name: 'phone with words', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { phone: '+86 138 1234 5678 ext' }), code: 'BAD_USER_INPUT', field: ['phone'] },
  { name: 'accented letters in an id', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: 'Tícket:1', version: f.ticketA.version, summary: 'x' } }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'full-width digits in a period', as: 'clerk', query: CALLBACKS, vars: () => ({ filter: { period: '２０２６Q1' } }), code: 'BAD_USER_INPUT' },
  { name: 'NUL in a search text', as: 'clerk', query: TICKETS, vars: () => ({ filter: { text: 'a\u0000b' } }), code: 'BAD_USER_INPUT' },
  { name: 'NUL in a password', as: 'anonymous', query: LOGIN, vars: () => ({ u: 'zhangli', p: 'demo\u00001234' }), code: 'BAD_USER_INPUT' },
  { name: 'escape character in a literal', as: 'clerk', query: `{ tickets(filter: { text: "\\u001b[31m" }) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'C1 control in a void reason', as: 'supervisor', query: VOID_TICKET, vars: (f) => ({ i: { id: f.ticketA.id, version: f.ticketA.version, reason: '重复\u0085登记' } }), code: 'BAD_USER_INPUT' },
  { name: 'byte-order mark as a unit', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { unit: '\uFEFF' }), code: 'BAD_USER_INPUT' },
  { name: 'NUL in a variable name key', as: 'clerk', query: CREATE, vars: (f) => ({ i: { ...ticket(f, {}).i, 'owner\u0000Name': 'x' } }), code: 'BAD_USER_INPUT' },

  // ── oversize pages ──────────────────────────────────────────────────────────
  { name: '501 tickets for staff', as: 'clerk', query: TICKETS, vars: () => ({ first: 501 }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: 'zero tickets', as: 'clerk', query: TICKETS, vars: () => ({ first: 0 }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: 'minus one callbacks', as: 'clerk', query: CALLBACKS, vars: () => ({ first: -1 }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: '100,000 callbacks', as: 'clerk', query: CALLBACKS, vars: () => ({ first: 100_000 }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: '101 tickets for a token', as: 'token', query: TICKETS, vars: () => ({ first: 101 }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: '501 history entries', as: 'clerk', query: `query ($id: ID!) { node(id: $id) { ... on Ticket { history(first: 501) { totalCount } } } }`, vars: (f) => ({ id: f.ticketA.id }), code: 'BAD_USER_INPUT', field: ['first'] },
  { name: 'a page size beyond integers', as: 'clerk', query: TICKETS, vars: () => ({ first: 2 ** 31 }), code: 'BAD_USER_INPUT' },
  { name: 'first as a literal over the limit', as: 'clerk', query: `{ callbacks(first: 1000) { totalCount } }`, code: 'BAD_USER_INPUT', field: ['first'] },

  // ── forged ids of another project ───────────────────────────────────────────
  { name: "update project B's ticket", as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: f.ticketB.id, version: f.ticketB.version, summary: '改' } }), code: 'NOT_FOUND', field: ['id'] },
  { name: "complete project B's ticket", as: 'clerk', query: COMPLETE, vars: (f) => ({ i: { id: f.ticketB.id, version: f.ticketB.version } }), code: 'NOT_FOUND', field: ['id'] },
  { name: "record project B's callback", as: 'clerk', query: RECORD, vars: (f) => ({ i: { ...record(f, {}).i, id: f.callbackB.id, version: f.callbackB.version } }), code: 'NOT_FOUND' },
  { name: "an attempt on project B's callback", as: 'clerk', query: ATTEMPT, vars: (f) => ({ i: { id: f.callbackB.id, version: f.callbackB.version, outcome: 'NO_ANSWER' } }), code: 'NOT_FOUND' },
  { name: "add a callback to project B's ticket", as: 'clerk', query: ADD_CALLBACK, vars: (f) => ({ i: { ticketId: f.ticketB.id } }), code: 'NOT_FOUND' },
  { name: "void project B's ticket", as: 'supervisor', query: VOID_TICKET, vars: (f) => ({ i: { id: f.ticketB.id, version: f.ticketB.version, reason: '重复' } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'create a ticket in project B', as: 'clerk', query: CREATE, vars: (f) => ticket(f, { projectId: f.projectB }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: "change project B's policy", as: 'supervisor', query: POLICY, vars: (f) => ({ i: { id: f.policyB.id, version: f.policyB.version, stages: [{ anchor: 'COMPLETED', fromOffset: 0, toOffset: 7, unit: 'DAY', ratePercent: 50, performerRole: 'CLERK' }] } }), code: 'NOT_FOUND', field: ['id'] },
  { name: "review project B's callback", as: 'supervisor', query: REVIEW, vars: (f) => ({ i: { id: f.callbackB.id, version: f.callbackB.version, opinion: '好' } }), code: 'NOT_FOUND' },
  { name: "escalate project B's callback", as: 'supervisor', query: ESCALATE, vars: (f) => ({ i: { id: f.callbackB.id, version: f.callbackB.version } }), code: 'NOT_FOUND' },
  { name: "paste into project B's callback", as: 'clerk', query: UPDATE_CALLBACKS, vars: (f) => ({ i: { rows: [{ id: f.callbackB.id, version: f.callbackB.version, patch: { suggestions: '改' } }] } }), code: 'NOT_FOUND', field: ['rows', '0', 'id'] },
  { name: 'list project B', as: 'clerk', query: TICKETS, vars: (f) => ({ filter: { projectId: f.projectB } }), code: 'FORBIDDEN' },
  { name: "project B's staff", as: 'clerk', query: `query ($p: ID!) { staff(projectId: $p) { id } }`, vars: (f) => ({ p: f.projectB }), code: 'FORBIDDEN' },
  { name: "project B's policies", as: 'clerk', query: `query ($p: ID) { callbackPolicies(projectId: $p) { id } }`, vars: (f) => ({ p: f.projectB }), code: 'FORBIDDEN' },
  { name: 'a callback id where a ticket id belongs', as: 'clerk', query: UPDATE, vars: (f) => ({ i: { id: f.callbackA.id, version: 1, summary: 'x' } }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'a ticket id that does not exist', as: 'clerk', query: UPDATE, vars: () => ({ i: { id: b64('Ticket:999999'), version: 1, summary: 'x' } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'assign a callback to a user of project B', as: 'clerk', query: ADD_CALLBACK, vars: (f) => ({ i: { ticketId: f.ticketA.id, assigneeId: f.userB } }), code: 'BAD_USER_INPUT' },
  { name: 'a project-A token writing into project B', as: 'token', query: CREATE, vars: (f) => ticket(f, { projectId: f.projectB }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: 'a project-A token listing project B', as: 'token', query: TICKETS, vars: (f) => ({ filter: { projectId: f.projectB } }), code: 'FORBIDDEN' },
  { name: 'revoke a token that does not exist', as: 'admin', query: REVOKE, vars: () => ({ i: { id: b64('ApiToken:99999'), version: 1 } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'a clerk revoking a token', as: 'clerk', query: REVOKE, vars: (f) => ({ i: { id: f.tokenId, version: 1 } }), code: 'FORBIDDEN' },
  { name: 'a clerk applying a preset', as: 'clerk', query: PRESET, vars: (f) => ({ i: { projectId: f.projectA, preset: 'RAISED_001' } }), code: 'FORBIDDEN' },
  // ── statistics, reports, archiving, workbooks, project settings ─────────────
  { name: 'archive a fifth quarter', as: 'supervisor', query: ARCHIVE, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q5' } }), code: 'BAD_USER_INPUT', field: ['period'] },
  { name: 'archive a period of 5,000 characters', as: 'supervisor', query: ARCHIVE, vars: (f) => ({ i: { projectId: f.projectA, period: long(5000, 'Q') } }), code: 'BAD_USER_INPUT' },
  { name: "archive project B's quarter", as: 'supervisor', query: ARCHIVE, vars: (f) => ({ i: { projectId: f.projectB, period: '2026Q1' } }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: 'a clerk archiving', as: 'clerk', query: ARCHIVE, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q1' } }), code: 'FORBIDDEN' },
  { name: 'export quarter zero', as: 'supervisor', query: EXPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q0' } }), code: 'BAD_USER_INPUT', field: ['period'] },
  { name: "export project B's quarter", as: 'supervisor', query: EXPORT, vars: (f) => ({ i: { projectId: f.projectB, period: '2026Q1' } }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: 'export a period of 10,000 characters', as: 'supervisor', query: EXPORT, vars: (f) => ({ i: { projectId: f.projectA, period: long(10_000, '9') } }), code: 'BAD_USER_INPUT' },
  { name: 'export with a ticket id as the project', as: 'supervisor', query: EXPORT, vars: (f) => ({ i: { projectId: f.ticketA.id, period: '2026Q1' } }), code: 'BAD_USER_INPUT', field: ['projectId'] },
  { name: 'a token exporting a workbook', as: 'token', query: EXPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q1' } }), code: 'FORBIDDEN' },
  { name: 'a report for a lower-case quarter', as: 'clerk', query: SAVE_REPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026q1', analysis: '分析' } }), code: 'BAD_USER_INPUT', field: ['period'] },
  { name: 'a report analysis of 100,000 characters', as: 'clerk', query: SAVE_REPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q1', analysis: long(100_000) } }), code: 'BAD_USER_INPUT' },
  { name: 'a report analysis with a NUL character', as: 'clerk', query: SAVE_REPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q1', analysis: '分\u0000析' } }), code: 'BAD_USER_INPUT' },
  { name: 'a report for project B', as: 'clerk', query: SAVE_REPORT, vars: (f) => ({ i: { projectId: f.projectB, period: '2026Q1', analysis: '分析' } }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: 'a version for a report never drafted', as: 'clerk', query: SAVE_REPORT, vars: (f) => ({ i: { projectId: f.projectA, period: '2026Q2', version: f.reportB.version, analysis: '改' } }), code: 'NOT_FOUND', field: ['version'] },
  { name: "submit project B's report", as: 'clerk', query: reportAction('submitQuarterlyReport'), vars: (f) => ({ i: { id: f.reportB.id, version: f.reportB.version } }), code: 'NOT_FOUND', field: ['id'] },
  { name: "send back project B's report", as: 'supervisor', query: reportAction('returnQuarterlyReport'), vars: (f) => ({ i: { id: f.reportB.id, version: f.reportB.version, opinion: '退回' } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'review a report by a ticket id', as: 'supervisor', query: reportAction('reviewQuarterlyReport'), vars: (f) => ({ i: { id: f.ticketA.id, version: 1 } }), code: 'BAD_USER_INPUT', field: ['id'] },
  { name: 'submit a report that does not exist', as: 'clerk', query: reportAction('submitQuarterlyReport'), vars: () => ({ i: { id: b64('QuarterlyReport:999999'), version: 1 } }), code: 'NOT_FOUND', field: ['id'] },
  { name: 'a token submitting a report', as: 'token', query: reportAction('submitQuarterlyReport'), vars: (f) => ({ i: { id: f.reportB.id, version: f.reportB.version } }), code: 'FORBIDDEN' },
  { name: 'keep records for one year', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, retentionYears: 1 } }), code: 'BAD_USER_INPUT' },
  { name: 'keep records for 2^31 years', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, retentionYears: 2 ** 31 } }), code: 'BAD_USER_INPUT' },
  { name: 'a yearly statistics period', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, statisticsPeriod: 'YEAR' } }), code: 'BAD_USER_INPUT' },
  { name: 'a minimum gap of -1 day', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, minGapDays: -1 } }), code: 'BAD_USER_INPUT', field: ['minGapDays'], message: /0–365/ },
  { name: 'an attempt cap of 0', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, maxAttempts: 0 } }), code: 'BAD_USER_INPUT', field: ['maxAttempts'] },
  { name: 'a correction window of 169 hours', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, correctionHours: 169 } }), code: 'BAD_USER_INPUT', field: ['correctionHours'], message: /168/ },
  { name: 'a common reason of 51 characters', as: 'admin', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, commonShortcomings: [long(51)] } }), code: 'BAD_USER_INPUT', field: ['commonShortcomings.0'] },
  { name: 'project settings by a supervisor', as: 'supervisor', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, maxAttempts: 5 } }), code: 'FORBIDDEN' },
  { name: 'a user created by a supervisor', as: 'supervisor', query: `mutation ($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword userErrors { field code message } } }`, vars: (f) => ({ i: { username: 'x1', displayName: 'x', role: 'CLERK', projectIds: [f.projectA] } }), code: 'FORBIDDEN' },
  { name: 'a username with a space', as: 'admin', query: `mutation ($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword userErrors { field code message } } }`, vars: (f) => ({ i: { username: 'li si', displayName: '李四', role: 'CLERK', projectIds: [f.projectA] } }), code: 'BAD_USER_INPUT', field: ['username'] },
  { name: 'settings of a project that does not exist', as: 'admin', query: SETTINGS, vars: () => ({ i: { projectId: b64('Project:999999'), retentionYears: 3 } }), code: 'NOT_FOUND', field: ['projectId'] },
  { name: 'a supervisor changing project settings', as: 'supervisor', query: SETTINGS, vars: (f) => ({ i: { projectId: f.projectA, statisticsPeriod: 'MONTH' } }), code: 'FORBIDDEN' },
  { name: 'statistics of a period of 5,000 characters', as: 'clerk', query: STATISTICS, vars: (f) => ({ p: f.projectA, period: long(5000, '2') }), code: 'BAD_USER_INPUT', field: ['period'] },
  { name: 'statistics for a token without statistics:read', as: 'token', query: STATISTICS, vars: (f) => ({ p: f.projectA, period: '2026Q1' }), code: 'FORBIDDEN' },
  { name: 'anonymous ticket registration', as: 'anonymous', query: CREATE, vars: (f) => ticket(f, {}), code: 'UNAUTHENTICATED' },
  { name: 'a forged session token', as: 'anonymous', raw: { body: JSON.stringify({ query: '{ tickets { totalCount } }' }), headers: { authorization: 'Bearer forged-session-token' } }, code: 'UNAUTHENTICATED' },
];
