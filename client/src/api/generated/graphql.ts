/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AddCallbackInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
  windowFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  windowTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type Anchor =
  | 'COMPLETED'
  | 'CONTRACT_END'
  | 'CONTRACT_MIDPOINT'
  | 'RECEIVED'
  | 'STARTED';

/** what an API token may do */
export type ApiScope =
  /** callbacks:read — read callbacks */
  | 'CALLBACKS_READ'
  /** owner-links:write — ask for an owner's survey or confirmation link (SMS gateway) */
  | 'OWNER_LINKS_WRITE'
  /** pii:read — residents' name, phone and unit unmasked */
  | 'PII_READ'
  /** statistics:read — read statistics */
  | 'STATISTICS_READ'
  /** tickets:read — read tickets */
  | 'TICKETS_READ'
  /** tickets:write — register tickets (call centre) */
  | 'TICKETS_WRITE';

/** API 令牌 (API token of another system) */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** last request made with it (at most a minute old) */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 名称, e.g. 呼叫中心 (call centre) */
  name: Scalars['String']['output'];
  /** the projects it is restricted to; null: every project */
  projects?: Maybe<Array<Project>>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<User>;
  scopes: Array<ApiScope>;
  /** the prefix and last 4 characters, to recognise a token without its secret */
  tokenHint: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ApiTokenPayload = {
  __typename?: 'ApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  userErrors: Array<UserError>;
};

export type ApplyPolicyPresetInput = {
  preset: PolicyPresetName;
  projectId: Scalars['ID']['input'];
};

export type ApplyPolicyPresetPayload = {
  __typename?: 'ApplyPolicyPresetPayload';
  policies: Array<CallbackPolicy>;
  userErrors: Array<UserError>;
};

export type ArchivePeriodInput = {
  /** 2026Q3, or 2026-07 for monthly projects */
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type ArchivePeriodPayload = {
  __typename?: 'ArchivePeriodPayload';
  archive?: Maybe<ArchiveStatus>;
  userErrors: Array<UserError>;
};

/** 封存: the period as it was archived — the history chain head and the digest of its records */
export type ArchiveSeal = {
  __typename?: 'ArchiveSeal';
  callbacks: Scalars['Int']['output'];
  /** 跨期: callbacks still open at archiving; the records digest covers only what never changes of them (code, ticket, anchor, window) */
  carriedOver: Scalars['Int']['output'];
  /** SHA-256 (hex) of that link */
  chainHash: Scalars['String']['output'];
  /** length of the project history chain at archiving */
  chainLength: Scalars['Int']['output'];
  /** recomputed now: the records and the history up to archiving are as sealed */
  intact: Scalars['Boolean']['output'];
  /** 补录: carried-over callbacks recorded since archiving (listed in archiveStatus.lateRecordings) */
  lateRecordings: Scalars['Int']['output'];
  /** SHA-256 (hex) of the late-recorded rows now; printed on a workbook exported after them */
  lateRecordsDigest: Scalars['String']['output'];
  /** the same as catalogue messages (key and arguments), for a client that shows them in its own language */
  problemTexts: Array<CatalogueText>;
  /** why the seal does not hold (empty when intact): zh-CN, then the English in brackets */
  problems: Array<Scalars['String']['output']>;
  /** SHA-256 (hex) of the period records at archiving */
  recordsDigest: Scalars['String']['output'];
  tickets: Scalars['Int']['output'];
};

/** 存档状态 of one project and period */
export type ArchiveStatus = {
  __typename?: 'ArchiveStatus';
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  archivedBy?: Maybe<User>;
  /** 于下一季度10日前存档: the 10th day of the next period */
  dueDate: Scalars['LocalDate']['output'];
  from: Scalars['LocalDate']['output'];
  /** kept at least until this day */
  keepUntil: Scalars['LocalDate']['output'];
  /** 补录: callbacks carried over at archiving and recorded after it, oldest first (empty while not archived) */
  lateRecordings: Array<LateRecording>;
  period: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** reminder: the period has ended, the due date has passed and it is not archived */
  reminder: Scalars['Boolean']['output'];
  /** 保管2年: years the records are kept (project setting); nothing is deleted automatically */
  retentionYears: Scalars['Int']['output'];
  /** null while not archived, for periods archived before seals existed, and in the 待办 queue (ask archiveStatus) */
  seal?: Maybe<ArchiveSeal>;
  to: Scalars['LocalDate']['output'];
};

export type AttemptOutcome =
  | 'BUSY'
  | 'CALL_LATER'
  | 'NO_ANSWER'
  | 'WRONG_NUMBER';

/** 链条中第一个不成立的环节 */
export type BrokenHistoryLink = {
  __typename?: 'BrokenHistoryLink';
  /** the change record at that position (its database id) */
  changeId: Scalars['ID']['output'];
  /** zh-CN, then the English in brackets */
  message: Scalars['String']['output'];
  /** the message in the shared catalogue (chain.*), for a client that shows it in its own language */
  messageKey: Scalars['String']['output'];
  /** MISSING, CONTENT or LINK */
  problem: Scalars['String']['output'];
  /** position in the project chain, from 1 */
  sequence: Scalars['Int']['output'];
};

export type CallScriptPayload = {
  __typename?: 'CallScriptPayload';
  callScript?: Maybe<CallScriptType>;
  userErrors: Array<UserError>;
};

/** 规范用语: what a clerk says on a callback of this kind; {业主} {项目} {回访人} {事项} are filled beside the row */
export type CallScriptType = {
  __typename?: 'CallScriptType';
  /** 业主不方便时 */
  busyReply: Scalars['String']['output'];
  /** 结束语 */
  closing: Scalars['String']['output'];
  /** 开场白 */
  greeting: Scalars['String']['output'];
  kind: TicketKind;
  /** 回访问题, one per line */
  questions: Scalars['String']['output'];
  /** the standard wording of the procedures (seed 000, 003), not changed for this project */
  standard: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** who changed it last */
  updatedBy?: Maybe<User>;
  /** 0 while the project uses the standard wording */
  version: Scalars['Int']['output'];
};

/** 回访记录 */
export type Callback = Node & {
  __typename?: 'Callback';
  /** the event the window is counted from */
  anchor: Anchor;
  /** the anchor event date (usually completion); decides the period */
  anchorDate: Scalars['LocalDate']['output'];
  assignee?: Maybe<User>;
  attemptCount: Scalars['Int']['output'];
  attempts: Array<CallbackAttempt>;
  /** 跨期: the archived period this callback was carried over from (still open when it was archived; recordable until done, voided or its window closes), else null */
  carriedOverFrom?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  coAssignee?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** the ticket's department as it was when the callback was done */
  departmentAtRecording?: Maybe<Scalars['String']['output']>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  escalatedTo?: Maybe<User>;
  /** 跟进情况 */
  followUp?: Maybe<Scalars['String']['output']>;
  /** the ticket's handler as it was when the callback was done */
  handlerAtRecording?: Maybe<Scalars['String']['output']>;
  handlingAt?: Maybe<Scalars['DateTime']['output']>;
  handlingBy?: Maybe<User>;
  /** 处理意见 (project manager) */
  handlingOpinion?: Maybe<Scalars['String']['output']>;
  /** 变更历史: every change of this record (who, when, field, old → new), oldest first */
  history: ChangeRecordConnection;
  id: Scalars['ID']['output'];
  /** 导入来源: the ledger file and row, with 原编号 (the paper form's code) */
  importedFrom?: Maybe<ImportSourceInfo>;
  /** 电话 / 面谈 / 现场查看, usually combined */
  methods: Array<CallbackMethod>;
  /** when the owner asked to be called again */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** window passed without being done (derived) */
  overdue: Scalars['Boolean']['output'];
  /** 签名确认 */
  ownerConfirmation?: Maybe<OwnerConfirmation>;
  /** 业主回访链接 sent for this callback, newest first */
  ownerLinks: Array<OwnerLink>;
  /** 业主确认: the owner confirmed or disputed the recorded result through a confirmation link; null: not asked or not answered */
  ownerVerdict?: Maybe<OwnerVerdict>;
  ownerVerdictAt?: Maybe<Scalars['DateTime']['output']>;
  /** 业主确认: the owner's comment (a dispute's reason) */
  ownerVerdictComment?: Maybe<Scalars['String']['output']>;
  performedAt?: Maybe<Scalars['DateTime']['output']>;
  project: Project;
  purpose: CallbackPurpose;
  /** 质量评价 */
  qualityEvaluation?: Maybe<Scalars['String']['output']>;
  /** 改派原因 (the last reassignment) */
  reassignReason?: Maybe<Scalars['String']['output']>;
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  recordedBy?: Maybe<User>;
  /** 合格 / 不合格 */
  result?: Maybe<CallbackResult>;
  /** 审核意见 */
  reviewOpinion?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 审核人 */
  reviewedBy?: Maybe<User>;
  /** 满意程度 */
  satisfaction?: Maybe<Satisfaction>;
  /** optional score 1–10 */
  satisfactionScore?: Maybe<Scalars['Int']['output']>;
  /** 编码, e.g. HF-A01-2026-000001 */
  serialCode: Scalars['String']['output'];
  /** 服务效果评价 */
  serviceEvaluation?: Maybe<Scalars['String']['output']>;
  /** 缺点与不足 */
  shortcomings?: Maybe<Scalars['String']['output']>;
  /** 抽查回访: 一致 / 不一致 with the re-checked record (satisfaction and result), 待回访 until recorded; null for other callbacks */
  spotCheckAgreement?: Maybe<SpotCheckAgreement>;
  /** 抽查回访: the record this spot check re-checks */
  spotCheckOf?: Maybe<Callback>;
  /** index of the policy stage that scheduled it */
  stageIndex?: Maybe<Scalars['Int']['output']>;
  status: CallbackStatus;
  /** 住户建议 */
  suggestions?: Maybe<Scalars['String']['output']>;
  ticket: Ticket;
  updatedAt: Scalars['DateTime']['output'];
  /** send back with every edit (optimistic locking) */
  version: Scalars['Int']['output'];
  /** 回访人 */
  visitors?: Maybe<Scalars['String']['output']>;
  voidReason?: Maybe<Scalars['String']['output']>;
  voided: Scalars['Boolean']['output'];
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** planned window: first day */
  windowFrom: Scalars['LocalDate']['output'];
  /** planned window: last day (inclusive) */
  windowTo: Scalars['LocalDate']['output'];
};


/** 回访记录 */
export type CallbackHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CallbackActionInput = {
  followUp?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 回访尝试 */
export type CallbackAttempt = {
  __typename?: 'CallbackAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  outcome: AttemptOutcome;
};

export type CallbackConnection = {
  __typename?: 'CallbackConnection';
  edges: Array<CallbackEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type CallbackEdge = {
  __typename?: 'CallbackEdge';
  cursor: Scalars['String']['output'];
  node: Callback;
};

export type CallbackFilter = {
  /** assigned to (or co-assigned to) this user */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** only callbacks whose window is open today or already passed */
  due?: InputMaybe<Scalars['Boolean']['input']>;
  /** 回访计划 ahead: only planned callbacks whose window opens on or before this day (e.g. today + 7) */
  dueBy?: InputMaybe<Scalars['LocalDate']['input']>;
  kinds?: InputMaybe<Array<TicketKind>>;
  /** only callbacks whose window has passed without being done */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** anchor date in this period: 2026Q3 or 2026-07 */
  period?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  purposes?: InputMaybe<Array<CallbackPurpose>>;
  statuses?: InputMaybe<Array<CallbackStatus>>;
  /** serial code, ticket number, owner, unit or summary contains */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type CallbackMethod =
  | 'FACE_TO_FACE'
  | 'ONLINE'
  | 'ON_SITE'
  | 'PHONE';

export type CallbackOrder = {
  direction?: SortDirection;
  field: CallbackOrderField;
};

export type CallbackOrderField =
  | 'CREATED_AT'
  | 'SERIAL_CODE'
  | 'UPDATED_AT'
  | 'WINDOW_TO';

export type CallbackPatch = {
  followUp?: InputMaybe<Scalars['String']['input']>;
  /** project manager: writing it closes an escalated callback */
  handlingOpinion?: InputMaybe<Scalars['String']['input']>;
  methods?: InputMaybe<Array<CallbackMethod>>;
  ownerConfirmation?: InputMaybe<OwnerConfirmation>;
  performedAt?: InputMaybe<Scalars['DateTime']['input']>;
  qualityEvaluation?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<CallbackResult>;
  /** supervisor: writing it reviews a done callback */
  reviewOpinion?: InputMaybe<Scalars['String']['input']>;
  satisfaction?: InputMaybe<Satisfaction>;
  satisfactionScore?: InputMaybe<Scalars['Int']['input']>;
  serviceEvaluation?: InputMaybe<Scalars['String']['input']>;
  shortcomings?: InputMaybe<Scalars['String']['input']>;
  suggestions?: InputMaybe<Scalars['String']['input']>;
  visitors?: InputMaybe<Scalars['String']['input']>;
};

export type CallbackPayload = {
  __typename?: 'CallbackPayload';
  callback?: Maybe<Callback>;
  userErrors: Array<UserError>;
};

/** 回访政策 */
export type CallbackPolicy = Node & {
  __typename?: 'CallbackPolicy';
  /** 变更历史: every change of this record (who, when, field, old → new), oldest first */
  history: ChangeRecordConnection;
  id: Scalars['ID']['output'];
  kind: TicketKind;
  /** the preset it was created from */
  preset?: Maybe<Scalars['String']['output']>;
  severity?: Maybe<ComplaintSeverity>;
  stages: Array<PolicyStage>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** 回访政策 */
export type CallbackPolicyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CallbackPolicyPayload = {
  __typename?: 'CallbackPolicyPayload';
  policy?: Maybe<CallbackPolicy>;
  userErrors: Array<UserError>;
};

export type CallbackPurpose =
  | 'MANUAL'
  | 'REGULAR'
  | 'SPOT_CHECK';

/** a page of a callback work queue */
export type CallbackQueueConnection = {
  __typename?: 'CallbackQueueConnection';
  edges: Array<CallbackQueueEdge>;
  pageInfo: PageInfo;
  /** items in the queue (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

/** a callback in a work queue, with what makes it due or how long it has waited */
export type CallbackQueueEdge = {
  __typename?: 'CallbackQueueEdge';
  /** days it has waited, in calendar days of Asia/Shanghai (0 = since today) */
  ageDays?: Maybe<Scalars['Int']['output']>;
  /** corrections: the visitor may correct the record until then */
  correctableUntil?: Maybe<Scalars['DateTime']['output']>;
  cursor: Scalars['String']['output'];
  /** planned callbacks: days from today to the last day of the window (0 = today, negative = overdue) */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  /** overdue callbacks: whole days past the window */
  daysOverdue?: Maybe<Scalars['Int']['output']>;
  node: Callback;
  /** since when it waits: recorded (review, correction), escalated, or the agreed call-back time */
  waitingSince?: Maybe<Scalars['DateTime']['output']>;
};

export type CallbackResult =
  | 'QUALIFIED'
  | 'UNQUALIFIED';

export type CallbackRowEdit = {
  id: Scalars['ID']['input'];
  patch: CallbackPatch;
  /** the version the edit is based on */
  version: Scalars['Int']['input'];
};

export type CallbackStatus =
  | 'CLOSED'
  | 'DONE'
  | 'ESCALATED'
  | 'PLANNED'
  | 'REVIEWED'
  | 'UNREACHABLE'
  | 'VOIDED';

/** a callback as the supervisor saw it */
export type CallbackVersionInput = {
  id: Scalars['ID']['input'];
  /** the version read: a record changed since is reported, not reviewed */
  version: Scalars['Int']['input'];
};

/** a message of the shared catalogue: the API text, and its key and arguments for a client in another language */
export type CatalogueText = {
  __typename?: 'CatalogueText';
  args: Array<MessageArgument>;
  /** zh-CN, then the English in brackets */
  message: Scalars['String']['output'];
  messageKey: Scalars['String']['output'];
};

/** 变更记录 */
export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  /** CREATE or UPDATE */
  action: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  /** the member of staff who made the change */
  changedBy?: Maybe<User>;
  /** the other system (API token name) that made the change */
  changedByApiToken?: Maybe<Scalars['String']['output']>;
  /** the owner made the change through this one-time link (OwnerLink id; the secret is never kept) */
  changedByOwnerLink?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** for CREATE: the row as first written */
  newValue?: Maybe<Scalars['JSON']['output']>;
  /** personal data masked like the field itself */
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

export type ChangeRecordConnection = {
  __typename?: 'ChangeRecordConnection';
  edges: Array<ChangeRecordEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type ChangeRecordEdge = {
  __typename?: 'ChangeRecordEdge';
  cursor: Scalars['String']['output'];
  node: ChangeRecord;
};

export type Channel =
  | 'FAX'
  | 'LETTER'
  | 'ONLINE'
  | 'PHONE'
  | 'VISIT';

export type CommitLedgerImportInput = {
  /** write nothing while a row has errors */
  allOrNothing?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type ComplaintSeverity =
  | 'GENERAL'
  | 'MAJOR';

export type CompleteTicketInput = {
  /** defaults to now */
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  handler?: InputMaybe<Scalars['String']['input']>;
  handlingResult?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CompleteTicketPayload = {
  __typename?: 'CompleteTicketPayload';
  /** the callbacks scheduled by the policy and sampling */
  callbacks: Array<Callback>;
  /** why: each stage's sampling decision (empty when the kind has no policy) */
  sampling: Array<SamplingDecision>;
  ticket?: Maybe<Ticket>;
  userErrors: Array<UserError>;
};

export type CreateApiTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 名称, e.g. 呼叫中心 */
  name: Scalars['String']['input'];
  /** only these projects; omit for every project */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scopes: Array<ApiScope>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  /** the secret, shown this once: send as "Authorization: Bearer <secret>" */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateDepartmentInput = {
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type CreateOwnerLinkInput = {
  /** the Callback */
  callbackId: Scalars['ID']['input'];
  /** SURVEY for a planned callback; CONFIRM for a result recorded by phone */
  purpose: OwnerLinkPurpose;
};

export type CreateOwnerLinkPayload = {
  __typename?: 'CreateOwnerLinkPayload';
  link?: Maybe<OwnerLink>;
  /** the link as a QR code, PNG as a data: URL */
  qrCodePng?: Maybe<Scalars['String']['output']>;
  /** the link as a QR code, SVG (to print on the work order) */
  qrCodeSvg?: Maybe<Scalars['String']['output']>;
  /** a ready SMS in Chinese, at most 70 characters with the link */
  smsText?: Maybe<Scalars['String']['output']>;
  /** the link for the owner (shown once: the secret in it is not kept) */
  url?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateProjectInput = {
  /** 项目编码, e.g. C03: printed in every number, it never changes */
  code: Scalars['String']['input'];
  /** the company; the first project's when omitted */
  companyName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** the callback policies it starts with (STANDARD_000 by default) */
  preset?: InputMaybe<PolicyPresetName>;
};

export type CreateTicketInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Channel>;
  contractEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  contractStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** department name (被投诉部门 for complaints) */
  department?: InputMaybe<Scalars['String']['input']>;
  handler?: InputMaybe<Scalars['String']['input']>;
  handlingResult?: InputMaybe<Scalars['String']['input']>;
  kind: TicketKind;
  ownerName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /** defaults to now */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  severity?: InputMaybe<ComplaintSeverity>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** 楼栋-单元-房号 */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** 新增用户: the temporary password comes back in the payload, once */
export type CreateUserInput = {
  /** a department supervisor: the department they lead */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** 姓名 */
  displayName: Scalars['String']['input'];
  /** the projects they work in; none for auditors and admins (they see every project) */
  projectIds: Array<Scalars['ID']['input']>;
  role: Role;
  /** lower-case letters, digits, . _ - */
  username: Scalars['String']['input'];
};

export type CreateWebhookInput = {
  events: Array<WebhookEvent>;
  name: Scalars['String']['input'];
  piiRead?: InputMaybe<Scalars['Boolean']['input']>;
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** HMAC-SHA256 signing secret, at least 16 characters (never shown again) */
  secret: Scalars['String']['input'];
  /** http(s) URL of the receiver */
  url: Scalars['String']['input'];
};

/** 部门 */
export type Department = Node & {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 部门主管: the active department supervisors who lead it */
  supervisors: Array<User>;
};

export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  department?: Maybe<Department>;
  userErrors: Array<UserError>;
};

export type ErrorCode =
  | 'ARCHIVED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED';

export type ExportJobState =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type ExportQuarterlyWorkbookInput = {
  /** the quarter, e.g. 2026Q3 (or a month, 2026-07, where the project compiles monthly) */
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type ExportQuarterlyWorkbookPayload = {
  __typename?: 'ExportQuarterlyWorkbookPayload';
  /** path of the download on this server, e.g. /files/workbooks/HFB-A01-2026Q3-01.xlsx */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  workbook?: Maybe<WorkbookExport>;
};

/** 考核: one ticket handler (经办人) within a department, or a department's total, from the snapshot kept at recording */
export type HandlerResult = {
  __typename?: 'HandlerResult';
  /** done callbacks of tickets they handled */
  callbacksRecorded: Scalars['Int']['output'];
  /** the department as it was when the callback was recorded (null: none given) */
  department?: Maybe<Scalars['String']['output']>;
  /** the department's total over its handlers */
  departmentTotal: Scalars['Boolean']['output'];
  /** the handler as it was when the callback was recorded (null: none given, or the department total) */
  handler?: Maybe<Scalars['String']['output']>;
  rated: Scalars['Int']['output'];
  /** 满意率 %: (非常满意 + 满意) ÷ rated */
  satisfiedRatePercent?: Maybe<Scalars['Float']['output']>;
  /** 回访不合格 */
  unqualified: Scalars['Int']['output'];
};

/** 变更记录防篡改链: each change record of a project hashes its content and the previous link */
export type HistoryChainStatus = {
  __typename?: 'HistoryChainStatus';
  firstBrokenLink?: Maybe<BrokenHistoryLink>;
  /** SHA-256 (hex) of the last link that holds */
  headHash: Scalars['String']['output'];
  /** every link recomputes to what is stored */
  intact: Scalars['Boolean']['output'];
  /** links that hold, from the first */
  length: Scalars['Int']['output'];
};

/** a column of the file and the column of ours it is imported as (null: not imported) */
export type ImportColumnMapping = {
  __typename?: 'ImportColumnMapping';
  /** 0-based */
  column: Scalars['Int']['output'];
  field?: Maybe<Scalars['String']['output']>;
  header: Scalars['String']['output'];
};

/** one of our columns a ledger column can be */
export type ImportColumnOption = {
  __typename?: 'ImportColumnOption';
  field: Scalars['String']['output'];
  help: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type ImportRowCounts = {
  __typename?: 'ImportRowCounts';
  /** rows this file imported before (skipped) */
  alreadyImported: Scalars['Int']['output'];
  duplicate: Scalars['Int']['output'];
  invalid: Scalars['Int']['output'];
  valid: Scalars['Int']['output'];
  written: Scalars['Int']['output'];
};

export type ImportRowProblem = {
  __typename?: 'ImportRowProblem';
  code: Scalars['String']['output'];
  /** the file's column (0-based); null: the row as a whole */
  column?: Maybe<Scalars['Int']['output']>;
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  messageKey?: Maybe<Scalars['String']['output']>;
};

export type ImportRowStatus =
  | 'DUPLICATE'
  | 'IMPORTED'
  | 'INVALID'
  | 'VALID'
  | 'WRITTEN';

/** 导入来源: the ledger file and row a ticket or callback was imported from */
export type ImportSourceInfo = {
  __typename?: 'ImportSourceInfo';
  fileName: Scalars['String']['output'];
  /** the LedgerImport */
  importId: Scalars['ID']['output'];
  importedAt: Scalars['DateTime']['output'];
  /** 原编号: the number or code on the ledger, when ours differs */
  originalCode?: Maybe<Scalars['String']['output']>;
  /** its row in the file (1 = the header) */
  row: Scalars['Int']['output'];
  /** SHA-256 of the file's bytes */
  sha256: Scalars['String']['output'];
};

/** 按工单类别统计 (one row per ticket kind; the totals row has no kind) */
export type KindStatistics = {
  __typename?: 'KindStatistics';
  /** 实际回访率 %: done ÷ anchored tickets */
  achievedRatePercent?: Maybe<Scalars['Float']['output']>;
  /** 已回访数 (recorded, reviewed, escalated or closed with a result) */
  callbacksDone: Scalars['Int']['output'];
  /** 已安排回访数 (not voided, spot checks excluded) */
  callbacksPlanned: Scalars['Int']['output'];
  /** 应回访数: ceil(rate × anchored tickets) per policy stage */
  callbacksRequired: Scalars['Int']['output'];
  /** 时效内完成: performed within the planned window */
  doneWithinWindow: Scalars['Int']['output'];
  /** null on the totals row (合计) */
  kind?: Maybe<TicketKind>;
  /** 逾期: still planned after the window */
  overdue: Scalars['Int']['output'];
  /** 达标: done ≥ required (totals: every kind) */
  targetMet: Scalars['Boolean']['output'];
  /** 目标回访率 % (the policy; lowest rate of its stages) */
  targetRatePercent?: Maybe<Scalars['Float']['output']>;
  /** 完成工单数: completed in the period, voided excluded */
  ticketsCompleted: Scalars['Int']['output'];
  /** 无法联系: attempts cap reached */
  unreachable: Scalars['Int']['output'];
};

/** 补录: a callback carried over at archiving and recorded after it — the addendum of the frozen report */
export type LateRecording = {
  __typename?: 'LateRecording';
  callbackId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<User>;
  /** 编码 */
  serialCode: Scalars['String']['output'];
  /** DONE, or UNREACHABLE after the attempt cap */
  status: CallbackStatus;
};

/** 台账导入 (an uploaded ledger, checked row by row before anything is written) */
export type LedgerImport = Node & {
  __typename?: 'LedgerImport';
  byteSize: Scalars['Int']['output'];
  /** our columns for this kind of ledger, in the paper form's order */
  columns: Array<ImportColumnOption>;
  counts: ImportRowCounts;
  /** GET: the rows not written with a column 错误 (.xlsx), to fix in Excel and upload again */
  errorReportUrl: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  /** the file's header row */
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importedAt?: Maybe<Scalars['DateTime']['output']>;
  /** rows written */
  importedRows?: Maybe<Scalars['Int']['output']>;
  kind: LedgerKind;
  mapping: Array<ImportColumnMapping>;
  /** what the mapping lacks or repeats; the rows are checked once there is none */
  mappingProblems: Array<Scalars['String']['output']>;
  project: Project;
  /** rows in file order, e.g. only those with errors or duplicates */
  rows: Array<LedgerImportRow>;
  /** data rows in the file (blank rows left out) */
  rowsTotal: Scalars['Int']['output'];
  /** SHA-256 of the file's bytes */
  sha256: Scalars['String']['output'];
  state: LedgerImportState;
  uploadedAt: Scalars['DateTime']['output'];
};


/** 台账导入 (an uploaded ledger, checked row by row before anything is written) */
export type LedgerImportRowsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ImportRowStatus>>;
};

export type LedgerImportPayload = {
  __typename?: 'LedgerImportPayload';
  ledgerImport?: Maybe<LedgerImport>;
  userErrors: Array<UserError>;
  /** rows written */
  written?: Maybe<Scalars['Int']['output']>;
};

/** one row of the file as read, with what its check found */
export type LedgerImportRow = {
  __typename?: 'LedgerImportRow';
  /** the cells as text, in the order of the file */
  cells: Array<Scalars['String']['output']>;
  problems: Array<ImportRowProblem>;
  /** the row's number in the file (1 = the header) */
  rowNumber: Scalars['Int']['output'];
  /** null: not checked yet (the mapping lacks a required column) */
  status?: Maybe<ImportRowStatus>;
};

export type LedgerImportState =
  | 'IMPORTED'
  | 'STAGED';

export type LedgerKind =
  | 'CALLBACKS'
  | 'TICKETS';

export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** for scripts: send as "Authorization: Bearer <token>"; browsers get an httpOnly cookie */
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

export type MarkNotificationsReadInput = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** these; omit (or all: true) for every unread one */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  markedCount?: Maybe<Scalars['Int']['output']>;
  unreadCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type Me = {
  __typename?: 'Me';
  projects: Array<Project>;
  user: User;
};

export type MessageArgument = {
  __typename?: 'MessageArgument';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** 回访方式: recorded results per method (a callback by phone and on site counts under both) */
export type MethodCount = {
  __typename?: 'MethodCount';
  count: Scalars['Int']['output'];
  method: CallbackMethod;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** add a callback for any ticket by hand */
  addCallback: CallbackPayload;
  applyPolicyPreset: ApplyPolicyPresetPayload;
  /** 存档: every record of the period becomes read-only (mutations answer ARCHIVED) */
  archivePeriod: ArchivePeriodPayload;
  /** 关闭: reviewed or unreachable (supervisor); escalated with its handling opinion (project manager) */
  closeCallback: CallbackPayload;
  closeTicket: TicketPayload;
  /** 导入: writes the valid rows in one transaction (none while a row has errors, with allOrNothing) */
  commitLedgerImport: LedgerImportPayload;
  /** 处理完毕: schedules the callbacks its policy and sampling call for */
  completeTicket: CompleteTicketPayload;
  /** the secret is in the payload this once and is stored only as a hash */
  createApiToken: CreateApiTokenPayload;
  createDepartment: DepartmentPayload;
  /** 发送回访链接 / 发送确认链接: a one-time link for the owner (replaces the previous unused one of the same purpose), with the SMS text and a QR code */
  createOwnerLink: CreateOwnerLinkPayload;
  /** 新建项目, with the callback policies of a preset */
  createProject: ProjectPayload;
  /** also for a call-centre system with an API token holding tickets:write */
  createTicket: TicketPayload;
  createUser: UserPasswordPayload;
  createWebhook: WebhookPayload;
  /** 上报项目经理 */
  escalateCallback: CallbackPayload;
  /** 导出季度工作簿: numbers, registers and stores the quarter as an .xlsx */
  exportQuarterlyWorkbook: ExportQuarterlyWorkbookPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  /** 标为已读: these of your notifications, or all of them */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** 安排抽查: one SPOT_CHECK callback for the supervisor per chosen record; all or nothing */
  planSpotChecks: PlanSpotChecksPayload;
  /** 导出季度工作簿 (in the background): takes the workbook number at once and returns the job QUEUED; follow it with node(id) or exportJobs */
  queueQuarterlyWorkbookExport: QueueQuarterlyWorkbookExportPayload;
  /** 改派: gives a planned callback to other clerks of its project, with an optional reason */
  reassignCallback: CallbackPayload;
  /** an attempt that reached nobody, or an owner who asked to be called later */
  recordCallbackAttempt: CallbackPayload;
  /** record the result of a callback (the whole row) */
  recordCallbackResult: CallbackPayload;
  /** 重新发送: the same delivery (same id) goes out again */
  redeliverWebhook: RedeliverWebhookPayload;
  renameDepartment: DepartmentPayload;
  /** 上报 to the project manager (who receives it) */
  reportQuarterlyReport: QuarterlyReportPayload;
  /** 重置密码: a temporary password, shown once; open sessions end */
  resetUserPassword: UserPasswordPayload;
  /** 退回 to draft with a reason; the snapshot is dropped */
  returnQuarterlyReport: QuarterlyReportPayload;
  /** 审核: qualified → REVIEWED, unqualified → ESCALATED to the project manager */
  reviewCallback: CallbackPayload;
  /** 审核 of many records at once, one opinion; a record changed meanwhile is reported, not reviewed */
  reviewCallbacks: ReviewCallbacksPayload;
  /** 审核 */
  reviewQuarterlyReport: QuarterlyReportPayload;
  /** 吊销: the token stops working at once; it is kept, never deleted */
  revokeApiToken: ApiTokenPayload;
  /** 撤销: the link stops working at once */
  revokeOwnerLink: RevokeOwnerLinkPayload;
  /** 起草/修改 the analysis and improvement measures of a draft */
  saveQuarterlyReport: QuarterlyReportPayload;
  /** the clerk's mapping of the file's columns to ours; every row is checked again */
  setLedgerImportMapping: LedgerImportPayload;
  /** 停用 / 启用 an account (never deleted: the records keep their author) */
  setUserActive: UserPayload;
  /** 提交: freezes the figures */
  submitQuarterlyReport: QuarterlyReportPayload;
  /** admin: forget the failed sign-ins of a username on every address (after a lock-out) */
  unlockLogin: UnlockLoginPayload;
  /** the administrator changes the script of a kind */
  updateCallScript: CallScriptPayload;
  /** the supervisor sets rates (e.g. OTHER); the admin maintains policies */
  updateCallbackPolicy: CallbackPolicyPayload;
  /** many cell edits at once (grid paste); each row with its version */
  updateCallbacks: UpdateCallbacksPayload;
  /** the name (the code stays: it is printed in every number issued) */
  updateProject: ProjectPayload;
  /** the administrator sets the statistics period, the retention, the unit format and the callback rules */
  updateProjectSettings: ProjectSettingsPayload;
  updateTicket: TicketPayload;
  /** name, role, projects, department; a new role or projects end the open sessions */
  updateUser: UserPayload;
  /** change it, or switch it off with active: false (kept, never deleted) */
  updateWebhook: WebhookPayload;
  /** 作废: kept with its serial code and the reason */
  voidCallback: CallbackPayload;
  /** 作废 with a reason; the ticket and its number are kept */
  voidTicket: TicketPayload;
  /** 提交处理意见并关闭: writes the handling opinion (and follow-up) and closes the escalated callback */
  writeHandlingOpinion: CallbackPayload;
};


export type MutationAddCallbackArgs = {
  input: AddCallbackInput;
};


export type MutationApplyPolicyPresetArgs = {
  input: ApplyPolicyPresetInput;
};


export type MutationArchivePeriodArgs = {
  input: ArchivePeriodInput;
};


export type MutationCloseCallbackArgs = {
  input: CallbackActionInput;
};


export type MutationCloseTicketArgs = {
  input: TicketActionInput;
};


export type MutationCommitLedgerImportArgs = {
  input: CommitLedgerImportInput;
};


export type MutationCompleteTicketArgs = {
  input: CompleteTicketInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateOwnerLinkArgs = {
  input: CreateOwnerLinkInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationEscalateCallbackArgs = {
  input: CallbackActionInput;
};


export type MutationExportQuarterlyWorkbookArgs = {
  input: ExportQuarterlyWorkbookInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationPlanSpotChecksArgs = {
  input: PlanSpotChecksInput;
};


export type MutationQueueQuarterlyWorkbookExportArgs = {
  input: ExportQuarterlyWorkbookInput;
};


export type MutationReassignCallbackArgs = {
  input: ReassignCallbackInput;
};


export type MutationRecordCallbackAttemptArgs = {
  input: RecordAttemptInput;
};


export type MutationRecordCallbackResultArgs = {
  input: RecordCallbackResultInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationRenameDepartmentArgs = {
  input: RenameDepartmentInput;
};


export type MutationReportQuarterlyReportArgs = {
  input: QuarterlyReportActionInput;
};


export type MutationResetUserPasswordArgs = {
  input: UserVersionInput;
};


export type MutationReturnQuarterlyReportArgs = {
  input: QuarterlyReportActionInput;
};


export type MutationReviewCallbackArgs = {
  input: CallbackActionInput;
};


export type MutationReviewCallbacksArgs = {
  input: ReviewCallbacksInput;
};


export type MutationReviewQuarterlyReportArgs = {
  input: QuarterlyReportActionInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRevokeOwnerLinkArgs = {
  input: RevokeOwnerLinkInput;
};


export type MutationSaveQuarterlyReportArgs = {
  input: SaveQuarterlyReportInput;
};


export type MutationSetLedgerImportMappingArgs = {
  input: SetLedgerImportMappingInput;
};


export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


export type MutationSubmitQuarterlyReportArgs = {
  input: QuarterlyReportActionInput;
};


export type MutationUnlockLoginArgs = {
  input: UnlockLoginInput;
};


export type MutationUpdateCallScriptArgs = {
  input: UpdateCallScriptInput;
};


export type MutationUpdateCallbackPolicyArgs = {
  input: UpdateCallbackPolicyInput;
};


export type MutationUpdateCallbacksArgs = {
  input: UpdateCallbacksInput;
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


export type MutationUpdateProjectSettingsArgs = {
  input: UpdateProjectSettingsInput;
};


export type MutationUpdateTicketArgs = {
  input: UpdateTicketInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};


export type MutationVoidCallbackArgs = {
  input: VoidInput;
};


export type MutationVoidTicketArgs = {
  input: VoidInput;
};


export type MutationWriteHandlingOpinionArgs = {
  input: CallbackActionInput;
};

/** An object with a global ID */
export type Node = {
  id: Scalars['ID']['output'];
};

/** 提醒 (a notification to the person who must act) */
export type Notification = {
  __typename?: 'Notification';
  args: Array<MessageArgument>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ReminderKind;
  /** zh-CN, then the English in brackets */
  message: Scalars['String']['output'];
  /** the catalogue message (shared/src/messages.ts) */
  messageKey: Scalars['String']['output'];
  /** the project, as its global ID */
  projectId?: Maybe<Scalars['ID']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** the cause went away (done, reviewed, archived …) */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** the row to open (a Callback, QuarterlyReport or Project), as its global ID */
  targetId?: Maybe<Scalars['ID']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type OffsetUnit =
  | 'DAY'
  | 'MONTH';

/** 业主 */
export type Owner = Node & {
  __typename?: 'Owner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** 楼栋-单元-房号, e.g. 3-2-1502 */
  unit: Scalars['String']['output'];
};

/** 业主确认: how the results of the period were confirmed by the owners themselves */
export type OwnerAnswerStatistics = {
  __typename?: 'OwnerAnswerStatistics';
  /** phone results the owner confirmed through a confirmation link */
  confirmed: Scalars['Int']['output'];
  /** phone results the owner disputed (each opened a spot check) */
  disputed: Scalars['Int']['output'];
  /** links sent in the period (survey and confirmation), used or not */
  linksSent: Scalars['Int']['output'];
  /** results the owner gave online (method 线上, through a survey link) */
  online: Scalars['Int']['output'];
  /** phone results the owner has not confirmed or disputed (not asked, or no answer yet) */
  unconfirmed: Scalars['Int']['output'];
};

export type OwnerConfirmation =
  | 'CONFIRMED_BY_PHONE'
  | 'OWNER_ONLINE'
  | 'REFUSED'
  | 'SIGNED'
  | 'UNREACHABLE';

/** 业主回访链接 (the secret itself is shown only once, when it is made) */
export type OwnerLink = Node & {
  __typename?: 'OwnerLink';
  callback: Callback;
  createdAt: Scalars['DateTime']['output'];
  /** the end of the callback window (survey) or 7 days after sending (confirmation) */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** SURVEY: the owner fills the form; CONFIRM: the owner confirms or disputes a phone result */
  purpose: OwnerLinkPurpose;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  state: OwnerLinkState;
  /** when the owner answered (a link answers once) */
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type OwnerLinkPurpose =
  | 'CONFIRM'
  | 'SURVEY';

export type OwnerLinkState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  | 'USED';

export type OwnerVerdict =
  | 'CONFIRMED'
  | 'DISPUTED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** one period of a project in the archive overview */
export type PeriodArchiveState = {
  __typename?: 'PeriodArchiveState';
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** the 10th day of the next period */
  dueDate: Scalars['LocalDate']['output'];
  from: Scalars['LocalDate']['output'];
  period: Scalars['String']['output'];
  /** not archived and the due date has passed */
  reminder: Scalars['Boolean']['output'];
  /** the period's report (null: none started) */
  reportStatus?: Maybe<QuarterlyReportStatus>;
  to: Scalars['LocalDate']['output'];
};

export type PlanSpotChecksInput = {
  /** the records to re-check, 1–500: any checkable record of the period, proposed or not */
  callbackIds: Array<Scalars['ID']['input']>;
  /** the period of the records, e.g. 2026Q4 */
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type PlanSpotChecksPayload = {
  __typename?: 'PlanSpotChecksPayload';
  /** the spot checks created (none when any record was refused) */
  spotChecks: Array<Callback>;
  /** field ["callbackIds", index] of each refused record */
  userErrors: Array<UserError>;
};

/** STANDARD_000 (default), RAISED_001, DAILY_REPAIR_004 */
export type PolicyPresetName =
  | 'DAILY_REPAIR_004'
  | 'RAISED_001'
  | 'STANDARD_000';

/** when (anchor + window), how many (rate) and by whom */
export type PolicyStage = {
  __typename?: 'PolicyStage';
  anchor: Anchor;
  fromOffset: Scalars['Int']['output'];
  performerRole: Role;
  purpose: CallbackPurpose;
  /** target rate in percent */
  ratePercent: Scalars['Int']['output'];
  toOffset: Scalars['Int']['output'];
  unit: OffsetUnit;
};

export type PolicyStageInput = {
  anchor: Anchor;
  fromOffset: Scalars['Int']['input'];
  performerRole: Role;
  purpose?: CallbackPurpose;
  ratePercent: Scalars['Int']['input'];
  toOffset: Scalars['Int']['input'];
  unit: OffsetUnit;
};

/** 物业项目 */
export type Project = Node & {
  __typename?: 'Project';
  /** short code used in every number, e.g. A01 */
  code: Scalars['String']['output'];
  /** 缺点与不足: the common reasons the record form offers (项目设置; the standard list by default) */
  commonShortcomings: Array<Scalars['String']['output']>;
  companyName: Scalars['String']['output'];
  /** hours during which the visitor may correct a recorded result */
  correctionHours: Scalars['Int']['output'];
  departments: Array<Department>;
  id: Scalars['ID']['output'];
  /** attempts before a callback is marked unreachable (无法联系) */
  maxAttempts: Scalars['Int']['output'];
  /** minimum days between two callbacks to the same owner (complaints excepted) */
  minGapDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** days before a planned callback's window closes when its clerk is reminded (default 2) */
  reminderDays: Scalars['Int']['output'];
  /** 保管2年: years records are kept; nothing is deleted automatically */
  retentionYears: Scalars['Int']['output'];
  /** quarter by default; seed 001 compiles monthly */
  statisticsPeriod: StatisticsPeriod;
  /** a unit in that format, shown in the form and in the refusal, e.g. 3-2-1502 */
  unitExample: Scalars['String']['output'];
  /** 房号 format: a regular expression every new or changed unit must match (楼栋-单元-房号 by default) */
  unitPattern: Scalars['String']['output'];
  /** sent back with a settings change, so two administrators never overwrite each other */
  version: Scalars['Int']['output'];
};

/** a project with its recent periods, archived or not (品质管理部) */
export type ProjectArchiveOverview = {
  __typename?: 'ProjectArchiveOverview';
  archivedCount: Scalars['Int']['output'];
  notArchivedCount: Scalars['Int']['output'];
  /** the last four ended periods, newest first */
  periods: Array<PeriodArchiveState>;
  project: Project;
};

/** the archive overview, a project per edge (by project code) */
export type ProjectArchiveOverviewConnection = {
  __typename?: 'ProjectArchiveOverviewConnection';
  edges: Array<ProjectArchiveOverviewEdge>;
  pageInfo: PageInfo;
  /** projects in scope */
  totalCount: Scalars['Int']['output'];
};

export type ProjectArchiveOverviewEdge = {
  __typename?: 'ProjectArchiveOverviewEdge';
  cursor: Scalars['String']['output'];
  node: ProjectArchiveOverview;
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  project?: Maybe<Project>;
  userErrors: Array<UserError>;
};

export type ProjectSettingsPayload = {
  __typename?: 'ProjectSettingsPayload';
  project?: Maybe<Project>;
  userErrors: Array<UserError>;
};

/** 季度统计分析报告 */
export type QuarterlyReport = Node & {
  __typename?: 'QuarterlyReport';
  /** 补录: the addendum of the frozen report — callbacks of the period still open at its archiving and recorded after it (who, when); counted in the figures of this period */
  addenda: Array<LateRecording>;
  /** 统计分析 */
  analysis?: Maybe<Scalars['String']['output']>;
  /** records of the period changed after submission: the live figures differ from the snapshot */
  changedSinceSubmission: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** the snapshot taken at submission; the live figures while a draft */
  figures: QuarterlyStatistics;
  /** the figures are the snapshot taken at submission */
  figuresFrozen: Scalars['Boolean']['output'];
  fromDate: Scalars['LocalDate']['output'];
  /** 变更历史: every change of this record (who, when, field, old → new), oldest first */
  history: ChangeRecordConnection;
  id: Scalars['ID']['output'];
  /** 改进措施 */
  improvementMeasures?: Maybe<Scalars['String']['output']>;
  /** 2026Q3, or 2026-07 for monthly projects */
  period: Scalars['String']['output'];
  project: Project;
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 接收的项目经理 */
  reportedBy?: Maybe<User>;
  /** 退回原因 */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** last time it was sent back to draft */
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  returnedBy?: Maybe<User>;
  /** 审核意见 */
  reviewOpinion?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 审核人 */
  reviewedBy?: Maybe<User>;
  status: QuarterlyReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 提交人 */
  submittedBy?: Maybe<User>;
  toDate: Scalars['LocalDate']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** 季度统计分析报告 */
export type QuarterlyReportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuarterlyReportActionInput = {
  id: Scalars['ID']['input'];
  /** review opinion, or the reason for sending it back */
  opinion?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type QuarterlyReportPayload = {
  __typename?: 'QuarterlyReportPayload';
  report?: Maybe<QuarterlyReport>;
  userErrors: Array<UserError>;
};

export type QuarterlyReportStatus =
  | 'DRAFT'
  | 'REPORTED'
  | 'REVIEWED'
  | 'SUBMITTED';

/** 季度(月度)统计分析 of one project and period */
export type QuarterlyStatistics = {
  __typename?: 'QuarterlyStatistics';
  /** OVERDUE is judged as of this day */
  asOf: Scalars['LocalDate']['output'];
  computedAt: Scalars['DateTime']['output'];
  /** 回访率预测: per kind, whether the target rate will still be met at the period end, judged as of asOf; null unless asOf is within the period */
  forecast?: Maybe<Array<QuotaForecast>>;
  from: Scalars['LocalDate']['output'];
  /** one row per ticket kind, in the order of TicketKind */
  kinds: Array<KindStatistics>;
  /** 回访方式: recorded results per method (电话 / 面谈 / 现场查看 / 线上) */
  methods: Array<MethodCount>;
  /** 业主确认: results given online, confirmed, disputed and unconfirmed */
  ownerAnswers: OwnerAnswerStatistics;
  /** 2026Q3, or 2026-07 for monthly projects */
  period: Scalars['String']['output'];
  periodKind: StatisticsPeriod;
  projectCode: Scalars['String']['output'];
  /** the Project id */
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  repeatedComplaints: Array<RepeatedComplaint>;
  repeatedRepairs: Array<RepeatedRepair>;
  satisfaction: SatisfactionStatistics;
  spotCheck: SpotCheckProgress;
  to: Scalars['LocalDate']['output'];
  /** 合计 */
  totals: KindStatistics;
  unqualifiedCallbacks: Array<UnqualifiedCallback>;
};

export type Query = {
  __typename?: 'Query';
  /** API tokens of other systems, revoked ones included (never the secret) */
  apiTokens: Array<ApiToken>;
  /** 存档状态; by default the period due for archiving now (the previous one) */
  archiveStatus: ArchiveStatus;
  /** 规范用语 of a project, one per ticket kind */
  callScripts: Array<CallScriptType>;
  /** the callback policies of a project (回访时效 and 回访率 per kind) */
  callbackPolicies: Array<CallbackPolicy>;
  /** 《业主回访记录表》 rows, in serial order by default */
  callbacks: CallbackConnection;
  /** 导出任务: exports queued, running, done and failed, newest first */
  exportJobs: WorkbookExportJobConnection;
  /** 导出登记: every exported workbook, newest first */
  exportRegister: WorkbookExportConnection;
  /** 品质管理部: recompute a project history chain and name the first broken link */
  historyChain: HistoryChainStatus;
  /** 台账导入: an uploaded ledger (POST /files/imports), its mapping and its rows as checked */
  ledgerImport: LedgerImport;
  /** the signed-in person and the projects they may see */
  me: Me;
  /** any object by its global ID; null when it does not exist or is not yours to see */
  node?: Maybe<Node>;
  /** your notifications, newest first: the open ones unless includeResolved */
  notifications: NotificationConnection;
  /** the projects the viewer (or API token) may see */
  projects: Array<Project>;
  /** 抽查回访: the period's quota of repair records to re-check, the system's reproducible proposal, and the spot checks planned */
  proposeSpotChecks: SpotCheckProposal;
  /** 季度统计分析报告 of a project and period (null before the first draft) */
  quarterlyReport?: Maybe<QuarterlyReport>;
  /** the reports of a project, latest period first */
  quarterlyReports: Array<QuarterlyReport>;
  /** 季度统计分析 of one project; the current period (project setting) when none is given */
  quarterlyStatistics: QuarterlyStatistics;
  /** staff of a project, e.g. to pick an assignee */
  staff: Array<User>;
  /** 考核: per clerk and per handler/department for a project and period (the current one when none is given); supervisors, project managers, auditors and admins see every row, a clerk their own row only */
  staffResults: StaffResults;
  /** 工单登记 (incl. the complaint register) */
  tickets: TicketConnection;
  /** your open, unread notifications (the bell) */
  unreadNotificationCount: Scalars['Int']['output'];
  /** 用户: every account, disabled ones included, in the order they were created */
  users: UserConnection;
  /** the delivery log of one webhook, newest first */
  webhookDeliveries: Array<WebhookDelivery>;
  /** every webhook, switched-off ones included (never the secret) */
  webhooks: Array<Webhook>;
  /** 待办 counts for the navigation badges, in one statement */
  workQueueCounts: WorkQueueCounts;
  /** 待办: the work queues of the signed-in person (or, for an API token, of the user named) */
  workQueues: WorkQueues;
};


export type QueryArchiveStatusArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryCallScriptsArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryCallbackPoliciesArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCallbacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CallbackOrder>;
};


export type QueryExportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportRegisterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHistoryChainArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryLedgerImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProposeSpotChecksArgs = {
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type QueryQuarterlyReportArgs = {
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type QueryQuarterlyReportsArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryQuarterlyStatisticsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryStaffArgs = {
  projectId: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
};


export type QueryStaffResultsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};


export type QueryWorkQueueCountsArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkQueuesArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueueQuarterlyWorkbookExportPayload = {
  __typename?: 'QueueQuarterlyWorkbookExportPayload';
  /** the job, QUEUED, with its workbook number */
  job?: Maybe<WorkbookExportJob>;
  userErrors: Array<UserError>;
};

/** 回访率预测: whether a kind's target rate will still be met at the end of the current period (model: README "Quota forecast") */
export type QuotaForecast = {
  __typename?: 'QuotaForecast';
  /** 预计不达标: expectedDone < required */
  atRisk: Scalars['Boolean']['output'];
  /** expectedDone + lastAttempt + endsAfterPeriod + overdue */
  bestCase: Scalars['Int']['output'];
  /** bestCase ≥ required: the planned callbacks alone can still meet the target */
  canStillBeMet: Scalars['Boolean']['output'];
  /** days from the day judged on to the period's last day, both counted */
  daysLeft: Scalars['Int']['output'];
  /** 已回访数 so far */
  done: Scalars['Int']['output'];
  /** planned, window closes by the period end, two attempts or more left: likely done */
  dueInPeriod: Scalars['Int']['output'];
  /** planned, window opens before the period end and closes after it: possible */
  endsAfterPeriod: Scalars['Int']['output'];
  /** 预计完成: done + dueInPeriod */
  expectedDone: Scalars['Int']['output'];
  kind: TicketKind;
  /** planned and in reach, but failed attempts ≥ the cap − 1: possible */
  lastAttempt: Scalars['Int']['output'];
  /** planned, window opens after the period end: not counted */
  opensAfterPeriod: Scalars['Int']['output'];
  /** planned, window passed: a late record still counts, possible */
  overdue: Scalars['Int']['output'];
  /** 应回访数 so far */
  required: Scalars['Int']['output'];
  /** required − expectedDone (0 when not at risk) */
  shortBy: Scalars['Int']['output'];
  /** 目标回访率 % (null: the kind has no policy) */
  targetRatePercent?: Maybe<Scalars['Float']['output']>;
  /** a few of those, most recently completed first (kinds at risk only; empty otherwise) */
  ticketsToAdd: Array<Ticket>;
  /** completed tickets of the kind in the period without a callback (any not voided): could be added by hand */
  ticketsWithoutCallback: Scalars['Int']['output'];
};

/** 改派: the people who call (the assignee, then a co-assignee for a joint callback) */
export type ReassignCallbackInput = {
  /** clerks of the project (1 or 2); someone who has the callback already may stay */
  assigneeIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** 改派原因 */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type RecordAttemptInput = {
  /** defaults to now */
  attemptedAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  /** 请问什么时候方便接听电话呢? — the time agreed */
  nextAttemptAt?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: AttemptOutcome;
  version: Scalars['Int']['input'];
};

export type RecordCallbackResultInput = {
  followUp?: InputMaybe<Scalars['String']['input']>;
  /** project manager: writing it closes an escalated callback */
  handlingOpinion?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  methods?: InputMaybe<Array<CallbackMethod>>;
  ownerConfirmation?: InputMaybe<OwnerConfirmation>;
  performedAt?: InputMaybe<Scalars['DateTime']['input']>;
  qualityEvaluation?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<CallbackResult>;
  /** supervisor: writing it reviews a done callback */
  reviewOpinion?: InputMaybe<Scalars['String']['input']>;
  satisfaction?: InputMaybe<Satisfaction>;
  satisfactionScore?: InputMaybe<Scalars['Int']['input']>;
  serviceEvaluation?: InputMaybe<Scalars['String']['input']>;
  shortcomings?: InputMaybe<Scalars['String']['input']>;
  suggestions?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  visitors?: InputMaybe<Scalars['String']['input']>;
};

export type RecordWarningCode =
  | 'AFTER_WINDOW'
  | 'BEFORE_WINDOW'
  | 'NOT_ASSIGNEE'
  | 'SHORTCOMINGS_REQUIRED';

export type RecordWarningType = {
  __typename?: 'RecordWarningType';
  args: Array<MessageArgument>;
  code: RecordWarningCode;
  /** the cell: ["rows", index, column] */
  field: Array<Scalars['String']['output']>;
  /** zh-CN, then the English in brackets */
  message: Scalars['String']['output'];
  /** the message in the shared catalogue (shared/src/messages.ts), for a client that shows it in its own language */
  messageKey?: Maybe<Scalars['String']['output']>;
};

export type RedeliverWebhookInput = {
  /** the delivery */
  id: Scalars['ID']['input'];
};

export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  delivery?: Maybe<WebhookDelivery>;
  userErrors: Array<UserError>;
};

/** 提醒: why someone is notified */
export type ReminderKind =
  | 'ARCHIVE_DUE'
  | 'CALLBACK_OVERDUE'
  | 'CALL_LATER_DUE'
  | 'ESCALATION_WAITING'
  | 'REPORT_WAITING'
  | 'REVIEW_WAITING'
  | 'WINDOW_CLOSING';

export type RenameDepartmentInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** 重复投诉: same unit (so same owner), same matter, ≥ 2 in the period */
export type RepeatedComplaint = {
  __typename?: 'RepeatedComplaint';
  count: Scalars['Int']['output'];
  firstReceivedOn: Scalars['LocalDate']['output'];
  lastReceivedOn: Scalars['LocalDate']['output'];
  /** the matter: the complaint category, or the department complained about */
  matter: Scalars['String']['output'];
  ownerNames: Array<Scalars['String']['output']>;
  /** in order of receipt */
  ticketNumbers: Array<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
};

/** 重复维修: same unit, same repair category, ≥ 3 in the period */
export type RepeatedRepair = {
  __typename?: 'RepeatedRepair';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  firstReceivedOn: Scalars['LocalDate']['output'];
  lastReceivedOn: Scalars['LocalDate']['output'];
  ownerNames: Array<Scalars['String']['output']>;
  /** in order of receipt */
  ticketNumbers: Array<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
};

/** a page of a report work queue */
export type ReportQueueConnection = {
  __typename?: 'ReportQueueConnection';
  edges: Array<ReportQueueEdge>;
  pageInfo: PageInfo;
  /** reports in the queue (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

/** a quarterly report waiting for the next step */
export type ReportQueueEdge = {
  __typename?: 'ReportQueueEdge';
  /** days it has waited (Asia/Shanghai calendar days) */
  ageDays: Scalars['Int']['output'];
  cursor: Scalars['String']['output'];
  node: QuarterlyReport;
  /** submitted (to review) or reviewed (to report) */
  waitingSince: Scalars['DateTime']['output'];
};

/** how many quarterly reports are in a state */
export type ReportStateCount = {
  __typename?: 'ReportStateCount';
  count: Scalars['Int']['output'];
  status: QuarterlyReportStatus;
};

export type ReviewCallbacksInput = {
  /** 审核意见 written on every record of the batch */
  opinion?: InputMaybe<Scalars['String']['input']>;
  /** the records to review, 1–500 */
  rows: Array<CallbackVersionInput>;
};

export type ReviewCallbacksPayload = {
  __typename?: 'ReviewCallbacksPayload';
  /** every record named in the input, as stored now (reviewed or not) */
  callbacks: Array<Callback>;
  /** of which escalated to the project manager (unqualified) */
  escalatedCount: Scalars['Int']['output'];
  /** records reviewed (qualified → REVIEWED, unqualified → ESCALATED) */
  reviewedCount: Scalars['Int']['output'];
  /** the records not reviewed: field ["rows", index, "version" | "id"] */
  userErrors: Array<UserError>;
};

export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RevokeOwnerLinkInput = {
  id: Scalars['ID']['input'];
};

export type RevokeOwnerLinkPayload = {
  __typename?: 'RevokeOwnerLinkPayload';
  link?: Maybe<OwnerLink>;
  userErrors: Array<UserError>;
};

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'CLERK'
  | 'DEPARTMENT_SUPERVISOR'
  | 'PROJECT_MANAGER'
  | 'SUPERVISOR';

/** one stage of the ticket's policy at completion: whether sampling called it back, and the period's tally */
export type SamplingDecision = {
  __typename?: 'SamplingDecision';
  /** tickets of this kind completed in the period, this one included */
  completed: Scalars['Int']['output'];
  outcome: SamplingOutcome;
  /** the period of the tally, e.g. 2026Q4 */
  period: Scalars['String']['output'];
  purpose: CallbackPurpose;
  /** 回访率 of the stage */
  ratePercent: Scalars['Int']['output'];
  /** callbacks selected in the period, after this decision */
  selected: Scalars['Int']['output'];
  stageIndex: Scalars['Int']['output'];
};

export type SamplingOutcome =
  | 'MINIMUM_GAP'
  | 'NOT_SAMPLED'
  | 'SELECTED';

export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'SATISFIED'
  | 'UNSATISFIED'
  | 'VERY_SATISFIED'
  | 'VERY_UNSATISFIED';

/** 满意程度分布 */
export type SatisfactionCount = {
  __typename?: 'SatisfactionCount';
  count: Scalars['Int']['output'];
  level: Satisfaction;
};

/** 满意度 */
export type SatisfactionStatistics = {
  __typename?: 'SatisfactionStatistics';
  /** every level, best first */
  distribution: Array<SatisfactionCount>;
  /** done callbacks with a satisfaction level */
  rated: Scalars['Int']['output'];
  /** 满意率 %: (非常满意 + 满意) ÷ rated */
  satisfiedRatePercent?: Maybe<Scalars['Float']['output']>;
};

/** 起草或修改草稿 (only a DRAFT can be edited) */
export type SaveQuarterlyReportInput = {
  /** 统计分析 */
  analysis?: InputMaybe<Scalars['String']['input']>;
  /** 改进措施 */
  improvementMeasures?: InputMaybe<Scalars['String']['input']>;
  /** 2026Q3, or 2026-07 for monthly projects */
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  /** the version read; required when the report exists */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SetLedgerImportMappingInput = {
  id: Scalars['ID']['input'];
  /** one per column of the file: our column, or null to leave it out */
  mapping: Array<InputMaybe<Scalars['String']['input']>>;
};

export type SetUserActiveInput = {
  /** false: 停用 (cannot sign in, sessions end); true: 启用 */
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 工作表行数 */
export type SheetRowCount = {
  __typename?: 'SheetRowCount';
  rows: Scalars['Int']['output'];
  /** sheet name, e.g. 业主回访记录表 */
  sheet: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 抽查回访 against the clerk’s record: 一致 / 不一致 (satisfaction or result) / 待回访 */
export type SpotCheckAgreement =
  | 'DIFFERENT'
  | 'PENDING'
  | 'SAME';

/** 抽查回访 (seed 004): the supervisor re-checks a share of the repair records */
export type SpotCheckProgress = {
  __typename?: 'SpotCheckProgress';
  done: Scalars['Int']['output'];
  /** spot-check callbacks planned (not voided) */
  planned: Scalars['Int']['output'];
  /** the policy spot-check stage of repairs, else 20% */
  ratePercent: Scalars['Float']['output'];
  remaining: Scalars['Int']['output'];
  /** repair tickets completed in the period */
  repairRecords: Scalars['Int']['output'];
  required: Scalars['Int']['output'];
};

/** 抽查回访 of one project and period: the quota, the proposal and the spot checks planned */
export type SpotCheckProposal = {
  __typename?: 'SpotCheckProposal';
  /** of stillToPlan, how many have no finished record to check yet (the clerks must record more first) */
  notYetRecorded: Scalars['Int']['output'];
  /** the other checkable records not checked yet, in draw order: what the supervisor may swap in */
  others: Array<Callback>;
  period: Scalars['String']['output'];
  /** the period's spot checks not voided (from a record or by the policy), as the statistics count them (spotCheck.planned) */
  planned: Scalars['Int']['output'];
  project: Project;
  /** the reproducible sample (hash order of project, period and record) that tops the quota up; the supervisor may plan others */
  proposed: Array<Callback>;
  /** ceil(rate × repairRecords): the same figure as the statistics (spotCheck.required) */
  quota: Scalars['Int']['output'];
  /** the project's spot-check rate (seed 004: 20 %) */
  ratePercent: Scalars['Float']['output'];
  /** the period's finished regular repair callback records (DONE, REVIEWED, CLOSED) */
  records: Scalars['Int']['output'];
  /** the period's completed repair tickets: the quota's base, as in the statistics (spotCheck.repairRecords) */
  repairRecords: Scalars['Int']['output'];
  /** the period's planned spot checks (spotCheckOf names the record), in serial order */
  spotChecks: Array<Callback>;
  stillToPlan: Scalars['Int']['output'];
};

/** 抽查回访 quota of a project and period (seed 004: 20 % of the repair records) */
export type SpotCheckQuota = {
  __typename?: 'SpotCheckQuota';
  done: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  /** spot checks planned (not voided) */
  planned: Scalars['Int']['output'];
  project: Project;
  ratePercent: Scalars['Float']['output'];
  /** required but not done yet */
  remaining: Scalars['Int']['output'];
  /** repair tickets completed in the period */
  repairRecords: Scalars['Int']['output'];
  required: Scalars['Int']['output'];
  /** required but not planned yet */
  stillToPlan: Scalars['Int']['output'];
};

/** 考核: one member of staff — the callbacks assigned to them (assignee or co-assignee) and those they recorded */
export type StaffResult = {
  __typename?: 'StaffResult';
  /** 分配回访数: assignee or co-assignee, anchor date in the period, spot checks and voided excluded */
  callbacksAssigned: Scalars['Int']['output'];
  /** 已回访: of those, recorded (DONE, REVIEWED, ESCALATED, CLOSED) */
  callbacksDone: Scalars['Int']['output'];
  /** 本人回访数: done callbacks this person recorded (recordedBy) */
  callbacksPerformed: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  /** 时效内完成: of those, performed within the planned window */
  doneWithinWindow: Scalars['Int']['output'];
  /** 逾期: still planned after the window */
  overdue: Scalars['Int']['output'];
  /** of the callbacks performed, those with a satisfaction level */
  rated: Scalars['Int']['output'];
  role: Role;
  /** 满意率 % of the callbacks performed: (非常满意 + 满意) ÷ rated */
  satisfiedRatePercent?: Maybe<Scalars['Float']['output']>;
  /** of those, the spot check found the same satisfaction and result (一致) */
  spotCheckAgreed: Scalars['Int']['output'];
  /** 抽查一致率 %: agreed ÷ spot checked */
  spotCheckAgreementPercent?: Maybe<Scalars['Float']['output']>;
  /** 抽查: recorded spot checks of this person's records */
  spotChecked: Scalars['Int']['output'];
  /** 无法联系: attempts cap reached */
  unreachable: Scalars['Int']['output'];
  /** the User id */
  userId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

/** 考核: per-staff and per-handler results of one project and period */
export type StaffResults = {
  __typename?: 'StaffResults';
  /** OVERDUE is judged as of this day */
  asOf: Scalars['LocalDate']['output'];
  computedAt: Scalars['DateTime']['output'];
  from: Scalars['LocalDate']['output'];
  /** by department, its handlers and then its total */
  handlers: Array<HandlerResult>;
  /** the caller sees only their own row (a clerk): colleagues' rows and the handler rows are left out */
  ownRowOnly: Scalars['Boolean']['output'];
  /** 2026Q3, or 2026-07 for monthly projects */
  period: Scalars['String']['output'];
  periodKind: StatisticsPeriod;
  /** the Project id */
  projectId: Scalars['ID']['output'];
  /** clerks first, then others named by the callbacks; by name */
  staff: Array<StaffResult>;
  to: Scalars['LocalDate']['output'];
};

export type StatisticsPeriod =
  | 'MONTH'
  | 'QUARTER';

export type Subscription = {
  __typename?: 'Subscription';
  /** 《业主回访记录表》 rows as they are saved (by anyone), in your projects or the one named */
  callbacksChanged: Array<Callback>;
  /** 工单 rows as they are saved (by anyone), in your projects or the one named */
  ticketsChanged: Array<Ticket>;
  /** your unread notifications, each time they change (the bell) */
  unreadNotificationCountChanged: Scalars['Int']['output'];
};


export type SubscriptionCallbacksChangedArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTicketsChangedArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** a kind whose achieved callback rate is below its target (回访率未达标) */
export type TargetAtRisk = {
  __typename?: 'TargetAtRisk';
  achievedRatePercent: Scalars['Float']['output'];
  callbacksDone: Scalars['Int']['output'];
  /** planned and not done yet (the ones that can still bring the rate up) */
  callbacksOpen: Scalars['Int']['output'];
  callbacksRequired: Scalars['Int']['output'];
  /** 回访率预测: will the target still be met at the period end (atRisk, shortBy), with tickets that could be added by hand */
  forecast?: Maybe<QuotaForecast>;
  kind: TicketKind;
  overdue: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  project: Project;
  targetRatePercent: Scalars['Float']['output'];
};

/** 工单 */
export type Ticket = Node & {
  __typename?: 'Ticket';
  callbacks: Array<Callback>;
  /** e.g. 水管漏水; used to find repeated repairs */
  category?: Maybe<Scalars['String']['output']>;
  channel: Channel;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** special services: contract end */
  contractEnd?: Maybe<Scalars['LocalDate']['output']>;
  /** special services: contract start */
  contractStart?: Maybe<Scalars['LocalDate']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** department involved (被投诉部门 for complaints) */
  department?: Maybe<Scalars['String']['output']>;
  /** 处理人 */
  handler?: Maybe<Scalars['String']['output']>;
  /** 处理结果 */
  handlingResult?: Maybe<Scalars['String']['output']>;
  /** 变更历史: every change of this record (who, when, field, old → new), oldest first */
  history: ChangeRecordConnection;
  id: Scalars['ID']['output'];
  /** 导入来源: the ledger file and row it was imported from (null: typed) */
  importedFrom?: Maybe<ImportSourceInfo>;
  kind: TicketKind;
  /** 工单编号, e.g. A01-20260214-001 */
  number: Scalars['String']['output'];
  /** 业主/住户姓名 (masked, e.g. 张**, unless you are staff of the project or hold pii:read) */
  ownerName: Scalars['String']['output'];
  /** masked, e.g. 138****5678, unless you are staff of the project or hold pii:read */
  phone?: Maybe<Scalars['String']['output']>;
  project: Project;
  receivedAt: Scalars['DateTime']['output'];
  /** complaints only: 重大 / 一般 */
  severity?: Maybe<ComplaintSeverity>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  /** 内容摘要 */
  summary: Scalars['String']['output'];
  /** 楼栋-单元-房号 (masked, e.g. 3-*-****, unless you are staff of the project or hold pii:read) */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** send back with every edit (optimistic locking) */
  version: Scalars['Int']['output'];
  voidReason?: Maybe<Scalars['String']['output']>;
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** 工单 */
export type TicketHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TicketActionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketFilter = {
  kinds?: InputMaybe<Array<TicketKind>>;
  /** received in this period: 2026Q3 or 2026-07 */
  period?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** number, owner, unit, category or summary contains */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type TicketKind =
  | 'ACTIVITY'
  | 'COMPLAINT'
  | 'EMERGENCY'
  | 'HELP'
  | 'OTHER'
  | 'REPAIR'
  | 'SPECIAL_SERVICE';

export type TicketOrder = {
  direction?: SortDirection;
  field: TicketOrderField;
};

export type TicketOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'RECEIVED_AT'
  | 'UPDATED_AT';

export type TicketPayload = {
  __typename?: 'TicketPayload';
  ticket?: Maybe<Ticket>;
  userErrors: Array<UserError>;
};

export type TicketStatus =
  | 'CLOSED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'VOIDED';

export type UnlockLoginInput = {
  username: Scalars['String']['input'];
};

export type UnlockLoginPayload = {
  __typename?: 'UnlockLoginPayload';
  /** addresses whose failed sign-ins of this username were forgotten */
  unlockedAddresses: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** 回访不合格 */
export type UnqualifiedCallback = {
  __typename?: 'UnqualifiedCallback';
  /** the Callback id */
  callbackId: Scalars['ID']['output'];
  /** 上报项目经理 */
  escalatedTo?: Maybe<Scalars['String']['output']>;
  followUp?: Maybe<Scalars['String']['output']>;
  /** 处理意见 */
  handlingOpinion?: Maybe<Scalars['String']['output']>;
  kind: TicketKind;
  ownerName: Scalars['String']['output'];
  performedAt?: Maybe<Scalars['DateTime']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  purpose: CallbackPurpose;
  /** 审核意见 */
  reviewOpinion?: Maybe<Scalars['String']['output']>;
  satisfaction?: Maybe<Satisfaction>;
  serialCode: Scalars['String']['output'];
  /** 缺点与不足 */
  shortcomings?: Maybe<Scalars['String']['output']>;
  status: CallbackStatus;
  /** 住户建议 */
  suggestions?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  ticketNumber: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  visitors?: Maybe<Scalars['String']['output']>;
};

export type UpdateCallScriptInput = {
  busyReply: Scalars['String']['input'];
  closing: Scalars['String']['input'];
  greeting: Scalars['String']['input'];
  kind: TicketKind;
  projectId: Scalars['ID']['input'];
  questions: Scalars['String']['input'];
  /** the version read (0: the standard wording) */
  version: Scalars['Int']['input'];
};

export type UpdateCallbackPolicyInput = {
  id: Scalars['ID']['input'];
  stages: Array<PolicyStageInput>;
  version: Scalars['Int']['input'];
};

export type UpdateCallbacksInput = {
  /** up to 1000 rows, e.g. a block pasted into the grid */
  rows: Array<CallbackRowEdit>;
};

export type UpdateCallbacksPayload = {
  __typename?: 'UpdateCallbacksPayload';
  /** every row named in the input, as stored now (saved or not) */
  callbacks: Array<Callback>;
  savedCount: Scalars['Int']['output'];
  /** field paths are ["rows", index, column] */
  userErrors: Array<UserError>;
  /** saved rows with a caveat: before/after the window, not the assignee, 不满意 without 缺点与不足 */
  warnings: Array<RecordWarningType>;
};

export type UpdateProjectInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** 项目设置 of statistics, archiving, the unit format and the callback rules; absent fields stay as they are */
export type UpdateProjectSettingsInput = {
  /** 缺点与不足: the common reasons the record form offers, in order */
  commonShortcomings?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 更正时限: hours the visitor may correct a record, 0–168 */
  correctionHours?: InputMaybe<Scalars['Int']['input']>;
  /** 尝试上限: failed attempts before 无法联系, 1–20 */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** 最短间隔: days between two callbacks to one owner (complaints excepted), 0–365; 0 turns it off */
  minGapDays?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  /** days before a window closes when the clerk is reminded: 0–30 */
  reminderDays?: InputMaybe<Scalars['Int']['input']>;
  /** 保管2年: at least 2 */
  retentionYears?: InputMaybe<Scalars['Int']['input']>;
  /** quarter by default; seed 001 compiles monthly */
  statisticsPeriod?: InputMaybe<StatisticsPeriod>;
  /** a unit in that format (it must match), shown in the form and in refusals */
  unitExample?: InputMaybe<Scalars['String']['input']>;
  /** 房号 format as a regular expression, e.g. ^\d{1,3}-\d{1,2}-\d{3,4}$ for 楼栋-单元-房号 */
  unitPattern?: InputMaybe<Scalars['String']['input']>;
  /** the version read; a change based on an older one is a CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateTicketInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Channel>;
  contractEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  contractStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** department name (被投诉部门 for complaints) */
  department?: InputMaybe<Scalars['String']['input']>;
  handler?: InputMaybe<Scalars['String']['input']>;
  handlingResult?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  ownerName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  severity?: InputMaybe<ComplaintSeverity>;
  /** mark the work as started (IN_PROGRESS) */
  start?: InputMaybe<Scalars['Boolean']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** 楼栋-单元-房号 */
  unit?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']>;
  role: Role;
  version: Scalars['Int']['input'];
};

export type UpdateWebhookInput = {
  /** false: no more deliveries (kept, never deleted) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<WebhookEvent>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  piiRead?: InputMaybe<Scalars['Boolean']['input']>;
  /** omit to keep; [] is refused, send null for every project */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  secret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 员工 */
export type User = Node & {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** a department supervisor: the department they lead */
  department?: Maybe<Department>;
  departmentName?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the projects the person works in (administrator) */
  projects: Array<Project>;
  role: Role;
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserError = {
  __typename?: 'UserError';
  /** the values the catalogue message puts in its placeholders */
  args: Array<MessageArgument>;
  code: ErrorCode;
  /** path to the input field, e.g. ["rows", "3", "satisfaction"] */
  field: Array<Scalars['String']['output']>;
  /** for people reading the API: zh-CN, then the English in brackets */
  message: Scalars['String']['output'];
  /** the message in the shared catalogue (shared/src/messages.ts), for a client that shows it in its own language */
  messageKey?: Maybe<Scalars['String']['output']>;
};

export type UserPasswordPayload = {
  __typename?: 'UserPasswordPayload';
  /** the temporary password, shown this once (only its hash is stored) */
  temporaryPassword?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type UserPayload = {
  __typename?: 'UserPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type UserVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type VoidInput = {
  id: Scalars['ID']['input'];
  /** 作废原因 */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** Webhook: another system told of events (signed JSON POSTs) */
export type Webhook = {
  __typename?: 'Webhook';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  events: Array<WebhookEvent>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** pii:read — residents' name, phone and unit in full (masked otherwise) */
  piiRead: Scalars['Boolean']['output'];
  /** only events of these projects; null: every project */
  projectIds?: Maybe<Array<Scalars['ID']['output']>>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** 投递记录: one event to one webhook, with every attempt counted */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  /** the JSON sent (without the delivery id) */
  body: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  event: WebhookEvent;
  /** also the body's "id" and the X-Delivery-Id header: the same on retries and re-sends */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'RETRYING';

/** what a webhook can hear; the body names it as ticket.created, callback.recorded … */
export type WebhookEvent =
  | 'CALLBACK_ESCALATED'
  | 'CALLBACK_OVERDUE'
  | 'CALLBACK_RECORDED'
  | 'PERIOD_ARCHIVED'
  | 'REPORT_REPORTED'
  | 'REPORT_REVIEWED'
  | 'REPORT_SUBMITTED'
  | 'TICKET_COMPLETED'
  | 'TICKET_CREATED';

export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  userErrors: Array<UserError>;
  webhook?: Maybe<Webhook>;
};

/** the count of one queue (navigation badges) */
export type WorkQueueCount = {
  __typename?: 'WorkQueueCount';
  count: Scalars['Int']['output'];
  kind: WorkQueueKind;
};

/** 待办 counts of a person, for the navigation badges: one statement */
export type WorkQueueCounts = {
  __typename?: 'WorkQueueCounts';
  /** the person's counted queues (spot-check quota and targets at risk are figures, not counted) */
  queues: Array<WorkQueueCount>;
  /** the business day (Asia/Shanghai) the queues are judged on */
  today: Scalars['LocalDate']['output'];
  /** sum of the counts */
  total: Scalars['Int']['output'];
  user: User;
};

/** 待办: one kind of thing a person has to do next */
export type WorkQueueKind =
  | 'ARCHIVE_DUE'
  | 'ARCHIVE_OVERVIEW'
  | 'CALLBACKS_DUE_SOON'
  | 'CALLBACKS_DUE_TODAY'
  | 'CALLBACKS_OVERDUE'
  | 'CALL_LATER_DUE'
  | 'CORRECTIONS_OPEN'
  | 'ESCALATIONS_WITHOUT_OPINION'
  | 'JOINT_COMPLAINT_CALLBACKS'
  | 'MAJOR_COMPLAINTS_TO_ORGANISE'
  | 'OWNER_DISPUTES'
  | 'RECORDS_TO_REVIEW'
  | 'REPORTS_BY_STATE'
  | 'REPORTS_TO_MARK_REPORTED'
  | 'REPORTS_TO_REVIEW'
  | 'SPOT_CHECK_QUOTA'
  | 'TARGETS_AT_RISK';

/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueues = {
  __typename?: 'WorkQueues';
  /** 客户服务部主管: per project, the period due for archiving now, its due date and reminder */
  archiveDue?: Maybe<Array<ArchiveStatus>>;
  /** 品质管理部: every project with its last four ended periods, archived or not */
  archiveOverview?: Maybe<ProjectArchiveOverviewConnection>;
  /** 客服管家: owners who asked to be called later, and the agreed time has come */
  callLaterDue?: Maybe<CallbackQueueConnection>;
  /** 客服管家: … whose window closes within the next 2 days */
  callbacksDueSoon?: Maybe<CallbackQueueConnection>;
  /** 客服管家: my planned callbacks whose window closes today */
  callbacksDueToday?: Maybe<CallbackQueueConnection>;
  /** 客服管家: … whose window has closed, most overdue first */
  callbacksOverdue?: Maybe<CallbackQueueConnection>;
  /** 客服管家: my records still within the correction window */
  correctionsOpen?: Maybe<CallbackQueueConnection>;
  /** 项目经理: escalated callbacks without a handling opinion, oldest first */
  escalationsWithoutOpinion?: Maybe<CallbackQueueConnection>;
  /** 部门主管: general complaints against my department waiting for the joint callback */
  jointComplaintCallbacks?: Maybe<CallbackQueueConnection>;
  /** the queues of this person's role, in the order the 待办 screen shows them */
  kinds: Array<WorkQueueKind>;
  /** 项目经理: callbacks of major complaints to organise */
  majorComplaintsToOrganise?: Maybe<CallbackQueueConnection>;
  /** 客户服务部主管: spot checks opened by an owner disputing a phone result (业主有异议), by the end of their window */
  ownerDisputes?: Maybe<CallbackQueueConnection>;
  /** 客户服务部主管: done records waiting for review, oldest first */
  recordsToReview?: Maybe<CallbackQueueConnection>;
  /** 品质管理部: quarterly reports per state */
  reportsByState?: Maybe<Array<ReportStateCount>>;
  /** 项目经理: reviewed reports to receive (mark REPORTED), oldest first */
  reportsToMarkReported?: Maybe<ReportQueueConnection>;
  /** 客户服务部主管: submitted reports to review, oldest first */
  reportsToReview?: Maybe<ReportQueueConnection>;
  /** 客户服务部主管: the current period's spot-check quota per project */
  spotCheckQuota?: Maybe<Array<SpotCheckQuota>>;
  /** 客户服务部主管: kinds whose achieved rate is below the target this period */
  targetsAtRisk?: Maybe<Array<TargetAtRisk>>;
  /** the business day (Asia/Shanghai) the queues are judged on */
  today: Scalars['LocalDate']['output'];
  user: User;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesArchiveOverviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesCallLaterDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesCallbacksDueSoonArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesCallbacksDueTodayArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesCallbacksOverdueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesCorrectionsOpenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesEscalationsWithoutOpinionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesJointComplaintCallbacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesMajorComplaintsToOrganiseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesOwnerDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesRecordsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesReportsToMarkReportedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 待办: the work of one person — the signed-in one, or for an API token the user it names */
export type WorkQueuesReportsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 工作簿导出登记 */
export type WorkbookExport = Node & {
  __typename?: 'WorkbookExport';
  /** 期间已存档: whether the period was archived when this workbook was exported; false = 未存档（草稿）, a draft whose records may still change (every page says so) */
  archived: Scalars['Boolean']['output'];
  /** file size in bytes */
  byteSize: Scalars['Int']['output'];
  /** path of the download on this server (send the session cookie or bearer token) */
  downloadUrl: Scalars['String']['output'];
  exportedAt: Scalars['DateTime']['output'];
  /** 导出人 */
  exportedBy: User;
  id: Scalars['ID']['output'];
  /** 工作簿编号, e.g. HFB-A01-2026Q3-01 */
  number: Scalars['String']['output'];
  /** the period exported, e.g. 2026Q3 */
  period: Scalars['String']['output'];
  project: Project;
  /** data rows per sheet */
  rowCounts: Array<SheetRowCount>;
  /** counts exports of this project and period, from 1 */
  sequence: Scalars['Int']['output'];
  /** SHA-256 of the file (hex); a re-download hashes the same */
  sha256: Scalars['String']['output'];
};

export type WorkbookExportConnection = {
  __typename?: 'WorkbookExportConnection';
  edges: Array<WorkbookExportEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type WorkbookExportEdge = {
  __typename?: 'WorkbookExportEdge';
  cursor: Scalars['String']['output'];
  node: WorkbookExport;
};

/** 导出任务 (a workbook export running in the background) */
export type WorkbookExportJob = Node & {
  __typename?: 'WorkbookExportJob';
  /** attempts started (a job whose process stopped is run again, up to 3 times) */
  attempts: Scalars['Int']['output'];
  /** why it failed (or why the last attempt failed while it is retried) */
  error?: Maybe<Scalars['String']['output']>;
  /** when it ended, DONE or FAILED */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 工作簿编号, e.g. HFB-A01-2026Q3-02, reserved when queued */
  number: Scalars['String']['output'];
  /** the period, e.g. 2026Q3 */
  period: Scalars['String']['output'];
  /** rows written / rows total, 0–1 */
  progress?: Maybe<Scalars['Float']['output']>;
  project: Project;
  requestedAt: Scalars['DateTime']['output'];
  /** 导出人 (who asked for it) */
  requestedBy: User;
  /** record rows the workbook will hold, once counted */
  rowsTotal?: Maybe<Scalars['Int']['output']>;
  /** record rows written so far (业主回访记录表 and 客户投诉登记表) */
  rowsWritten: Scalars['Int']['output'];
  /** counts exports of this project and period, from 1 (shared with exportQuarterlyWorkbook) */
  sequence: Scalars['Int']['output'];
  /** when the first attempt started */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: ExportJobState;
  /** the registered workbook, once DONE */
  workbook?: Maybe<WorkbookExport>;
};

export type WorkbookExportJobConnection = {
  __typename?: 'WorkbookExportJobConnection';
  edges: Array<WorkbookExportJobEdge>;
  pageInfo: PageInfo;
  /** rows matching the filter (costs a count query) */
  totalCount: Scalars['Int']['output'];
};

export type WorkbookExportJobEdge = {
  __typename?: 'WorkbookExportJobEdge';
  cursor: Scalars['String']['output'];
  node: WorkbookExportJob;
};

export type CallbackRowFragment = { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } };

export type CallbacksQueryVariables = Exact<{
  filter?: InputMaybe<CallbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<CallbackOrder>;
}>;


export type CallbacksQuery = { __typename?: 'Query', callbacks: { __typename?: 'CallbackConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CallbackEdge', node: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } }> } };

export type UpdateCallbacksMutationVariables = Exact<{
  input: UpdateCallbacksInput;
}>;


export type UpdateCallbacksMutation = { __typename?: 'Mutation', updateCallbacks: { __typename?: 'UpdateCallbacksPayload', savedCount: number, callbacks: Array<{ __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } }>, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }>, warnings: Array<{ __typename?: 'RecordWarningType', field: Array<string>, code: RecordWarningCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CloseCallbackMutationVariables = Exact<{
  input: CallbackActionInput;
}>;


export type CloseCallbackMutation = { __typename?: 'Mutation', closeCallback: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type RecordCallbackAttemptMutationVariables = Exact<{
  input: RecordAttemptInput;
}>;


export type RecordCallbackAttemptMutation = { __typename?: 'Mutation', recordCallbackAttempt: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CallbacksChangedSubscriptionVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CallbacksChangedSubscription = { __typename?: 'Subscription', callbacksChanged: Array<{ __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } }> };

export type CallScriptsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type CallScriptsQuery = { __typename?: 'Query', callScripts: Array<{ __typename?: 'CallScriptType', kind: TicketKind, greeting: string, questions: string, closing: string, busyReply: string, version: number, standard: boolean, updatedAt?: string | null, updatedBy?: { __typename?: 'User', displayName: string } | null }> };

export type WriteHandlingOpinionMutationVariables = Exact<{
  input: CallbackActionInput;
}>;


export type WriteHandlingOpinionMutation = { __typename?: 'Mutation', writeHandlingOpinion: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ExportRegisterQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportRegisterQuery = { __typename?: 'Query', exportRegister: { __typename?: 'WorkbookExportConnection', totalCount: number, edges: Array<{ __typename?: 'WorkbookExportEdge', node: { __typename?: 'WorkbookExport', id: string, period: string, sequence: number, number: string, archived: boolean, exportedAt: string, byteSize: number, sha256: string, downloadUrl: string, exportedBy: { __typename?: 'User', displayName: string }, rowCounts: Array<{ __typename?: 'SheetRowCount', sheet: string, rows: number }> } }> } };

export type QueueQuarterlyWorkbookExportMutationVariables = Exact<{
  input: ExportQuarterlyWorkbookInput;
}>;


export type QueueQuarterlyWorkbookExportMutation = { __typename?: 'Mutation', queueQuarterlyWorkbookExport: { __typename?: 'QueueQuarterlyWorkbookExportPayload', job?: { __typename?: 'WorkbookExportJob', id: string, number: string, state: ExportJobState } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ExportJobsQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportJobsQuery = { __typename?: 'Query', exportJobs: { __typename?: 'WorkbookExportJobConnection', edges: Array<{ __typename?: 'WorkbookExportJobEdge', node: { __typename?: 'WorkbookExportJob', id: string, number: string, period: string, state: ExportJobState, progress?: number | null, rowsWritten: number, rowsTotal?: number | null, error?: string | null, requestedAt: string, requestedBy: { __typename?: 'User', displayName: string }, workbook?: { __typename?: 'WorkbookExport', id: string, number: string, downloadUrl: string } | null } }> } };

export type HistoryEntryFragment = { __typename?: 'ChangeRecord', action: string, field?: string | null, oldValue?: any | null, newValue?: any | null, changedAt: string, changedByApiToken?: string | null, changedBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type RecordHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecordHistoryQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken', id: string } | { __typename?: 'Callback', id: string, history: { __typename?: 'ChangeRecordConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeRecordEdge', node: { __typename?: 'ChangeRecord', action: string, field?: string | null, oldValue?: any | null, newValue?: any | null, changedAt: string, changedByApiToken?: string | null, changedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } } | { __typename?: 'CallbackPolicy', id: string } | { __typename?: 'Department', id: string } | { __typename?: 'LedgerImport', id: string } | { __typename?: 'Owner', id: string } | { __typename?: 'OwnerLink', id: string } | { __typename?: 'Project', id: string } | { __typename?: 'QuarterlyReport', id: string, history: { __typename?: 'ChangeRecordConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeRecordEdge', node: { __typename?: 'ChangeRecord', action: string, field?: string | null, oldValue?: any | null, newValue?: any | null, changedAt: string, changedByApiToken?: string | null, changedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } } | { __typename?: 'Ticket', id: string, history: { __typename?: 'ChangeRecordConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeRecordEdge', node: { __typename?: 'ChangeRecord', action: string, field?: string | null, oldValue?: any | null, newValue?: any | null, changedAt: string, changedByApiToken?: string | null, changedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } } | { __typename?: 'User', id: string } | { __typename?: 'WorkbookExport', id: string } | { __typename?: 'WorkbookExportJob', id: string } | null };

export type LedgerImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  statuses?: InputMaybe<Array<ImportRowStatus> | ImportRowStatus>;
}>;


export type LedgerImportQuery = { __typename?: 'Query', ledgerImport: { __typename?: 'LedgerImport', id: string, kind: LedgerKind, fileName: string, rowsTotal: number, state: LedgerImportState, importedRows?: number | null, errorReportUrl: string, mappingProblems: Array<string>, mapping: Array<{ __typename?: 'ImportColumnMapping', column: number, header: string, field?: string | null }>, columns: Array<{ __typename?: 'ImportColumnOption', field: string, label: string, help: string }>, counts: { __typename?: 'ImportRowCounts', valid: number, invalid: number, duplicate: number, alreadyImported: number, written: number }, rows: Array<{ __typename?: 'LedgerImportRow', rowNumber: number, status?: ImportRowStatus | null, cells: Array<string>, problems: Array<{ __typename?: 'ImportRowProblem', column?: number | null, field: string, code: string, message: string, messageKey?: string | null }> }> } };

export type SetLedgerImportMappingMutationVariables = Exact<{
  input: SetLedgerImportMappingInput;
}>;


export type SetLedgerImportMappingMutation = { __typename?: 'Mutation', setLedgerImportMapping: { __typename?: 'LedgerImportPayload', ledgerImport?: { __typename?: 'LedgerImport', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CommitLedgerImportMutationVariables = Exact<{
  input: CommitLedgerImportInput;
}>;


export type CommitLedgerImportMutation = { __typename?: 'Mutation', commitLedgerImport: { __typename?: 'LedgerImportPayload', written?: number | null, ledgerImport?: { __typename?: 'LedgerImport', id: string, state: LedgerImportState, importedRows?: number | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: ReminderKind, message: string, messageKey: string, projectId?: string | null, targetId?: string | null, targetType?: string | null, createdAt: string, readAt?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> } }> } };

export type UnreadCountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountChangedSubscription = { __typename?: 'Subscription', unreadNotificationCountChanged: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', markedCount?: number | null, unreadCount?: number | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CreateOwnerLinkMutationVariables = Exact<{
  input: CreateOwnerLinkInput;
}>;


export type CreateOwnerLinkMutation = { __typename?: 'Mutation', createOwnerLink: { __typename?: 'CreateOwnerLinkPayload', url?: string | null, smsText?: string | null, qrCodeSvg?: string | null, qrCodePng?: string | null, link?: { __typename?: 'OwnerLink', id: string, purpose: OwnerLinkPurpose, state: OwnerLinkState, createdAt: string, expiresAt: string, usedAt?: string | null, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type OwnerLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OwnerLinksQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Callback', id: string, ownerLinks: Array<{ __typename?: 'OwnerLink', id: string, purpose: OwnerLinkPurpose, state: OwnerLinkState, createdAt: string, expiresAt: string, usedAt?: string | null, revokedAt?: string | null }> } | { __typename?: 'CallbackPolicy' } | { __typename?: 'Department' } | { __typename?: 'LedgerImport' } | { __typename?: 'Owner' } | { __typename?: 'OwnerLink' } | { __typename?: 'Project' } | { __typename?: 'QuarterlyReport' } | { __typename?: 'Ticket' } | { __typename?: 'User' } | { __typename?: 'WorkbookExport' } | { __typename?: 'WorkbookExportJob' } | null };

export type RevokeOwnerLinkMutationVariables = Exact<{
  input: RevokeOwnerLinkInput;
}>;


export type RevokeOwnerLinkMutation = { __typename?: 'Mutation', revokeOwnerLink: { __typename?: 'RevokeOwnerLinkPayload', link?: { __typename?: 'OwnerLink', id: string, state: OwnerLinkState, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type PlanElsewhereQueryVariables = Exact<{
  filter?: InputMaybe<CallbackFilter>;
}>;


export type PlanElsewhereQuery = { __typename?: 'Query', callbacks: { __typename?: 'CallbackConnection', totalCount: number } };

export type VoidCallbackMutationVariables = Exact<{
  input: VoidInput;
}>;


export type VoidCallbackMutation = { __typename?: 'Mutation', voidCallback: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ReassignCallbackMutationVariables = Exact<{
  input: ReassignCallbackInput;
}>;


export type ReassignCallbackMutation = { __typename?: 'Mutation', reassignCallback: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type VoidTicketMutationVariables = Exact<{
  input: VoidInput;
}>;


export type VoidTicketMutation = { __typename?: 'Mutation', voidTicket: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CloseTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type CloseTicketMutation = { __typename?: 'Mutation', closeTicket: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ProjectStaffQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectStaffQuery = { __typename?: 'Query', staff: Array<{ __typename?: 'User', id: string, displayName: string, role: Role }> };

export type ReportFiguresFragment = { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> };

export type ReportFieldsFragment = { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } };

export type QuarterlyReportQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type QuarterlyReportQuery = { __typename?: 'Query', quarterlyReport?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null };

export type LiveReportFiguresQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type LiveReportFiguresQuery = { __typename?: 'Query', quarterlyStatistics: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } };

export type SaveQuarterlyReportMutationVariables = Exact<{
  input: SaveQuarterlyReportInput;
}>;


export type SaveQuarterlyReportMutation = { __typename?: 'Mutation', saveQuarterlyReport: { __typename?: 'QuarterlyReportPayload', report?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type SubmitQuarterlyReportMutationVariables = Exact<{
  input: QuarterlyReportActionInput;
}>;


export type SubmitQuarterlyReportMutation = { __typename?: 'Mutation', submitQuarterlyReport: { __typename?: 'QuarterlyReportPayload', report?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ReviewQuarterlyReportMutationVariables = Exact<{
  input: QuarterlyReportActionInput;
}>;


export type ReviewQuarterlyReportMutation = { __typename?: 'Mutation', reviewQuarterlyReport: { __typename?: 'QuarterlyReportPayload', report?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ReportQuarterlyReportMutationVariables = Exact<{
  input: QuarterlyReportActionInput;
}>;


export type ReportQuarterlyReportMutation = { __typename?: 'Mutation', reportQuarterlyReport: { __typename?: 'QuarterlyReportPayload', report?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ReturnQuarterlyReportMutationVariables = Exact<{
  input: QuarterlyReportActionInput;
}>;


export type ReturnQuarterlyReportMutation = { __typename?: 'Mutation', returnQuarterlyReport: { __typename?: 'QuarterlyReportPayload', report?: { __typename?: 'QuarterlyReport', id: string, version: number, period: string, fromDate: string, toDate: string, status: QuarterlyReportStatus, analysis?: string | null, improvementMeasures?: string | null, figuresFrozen: boolean, changedSinceSubmission: boolean, updatedAt: string, submittedAt?: string | null, reviewedAt?: string | null, reviewOpinion?: string | null, reportedAt?: string | null, returnedAt?: string | null, returnReason?: string | null, createdBy?: { __typename?: 'User', displayName: string } | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, reportedBy?: { __typename?: 'User', displayName: string } | null, returnedBy?: { __typename?: 'User', displayName: string } | null, figures: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string }> } } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ReviewCallbacksMutationVariables = Exact<{
  input: ReviewCallbacksInput;
}>;


export type ReviewCallbacksMutation = { __typename?: 'Mutation', reviewCallbacks: { __typename?: 'ReviewCallbacksPayload', reviewedCount: number, escalatedCount: number, callbacks: Array<{ __typename?: 'Callback', id: string, serialCode: string, version: number, status: CallbackStatus, purpose: CallbackPurpose, overdue: boolean, anchorDate: string, windowFrom: string, windowTo: string, methods: Array<CallbackMethod>, performedAt?: string | null, visitors?: string | null, qualityEvaluation?: string | null, serviceEvaluation?: string | null, satisfaction?: Satisfaction | null, satisfactionScore?: number | null, shortcomings?: string | null, suggestions?: string | null, result?: CallbackResult | null, ownerConfirmation?: OwnerConfirmation | null, ownerVerdict?: OwnerVerdict | null, ownerVerdictComment?: string | null, recordedAt?: string | null, reviewOpinion?: string | null, reviewedAt?: string | null, handlingOpinion?: string | null, followUp?: string | null, attemptCount: number, nextAttemptAt?: string | null, updatedAt: string, carriedOverFrom?: string | null, voidReason?: string | null, voidedAt?: string | null, reassignReason?: string | null, handlerAtRecording?: string | null, departmentAtRecording?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, reviewedBy?: { __typename?: 'User', id: string, displayName: string } | null, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string, completedAt?: string | null } }>, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, departmentName?: string | null }, projects: Array<{ __typename?: 'Project', id: string, code: string, name: string, statisticsPeriod: StatisticsPeriod, correctionHours: number, unitPattern: string, unitExample: string, commonShortcomings: Array<string> }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', user?: { __typename?: 'User', id: string, displayName: string, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type ArchiveStatusQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArchiveStatusQuery = { __typename?: 'Query', archiveStatus: { __typename?: 'ArchiveStatus', period: string, archived: boolean, archivedAt?: string | null, dueDate: string, reminder: boolean, retentionYears: number, keepUntil: string, archivedBy?: { __typename?: 'User', displayName: string } | null, lateRecordings: Array<{ __typename?: 'LateRecording', serialCode: string, recordedAt: string, recordedBy?: { __typename?: 'User', displayName: string } | null }> } };

export type SettingsProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettingsProjectQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'Callback' } | { __typename?: 'CallbackPolicy' } | { __typename?: 'Department' } | { __typename?: 'LedgerImport' } | { __typename?: 'Owner' } | { __typename?: 'OwnerLink' } | { __typename?: 'Project', id: string, version: number, code: string, name: string, minGapDays: number, maxAttempts: number, correctionHours: number, commonShortcomings: Array<string>, unitPattern: string, unitExample: string } | { __typename?: 'QuarterlyReport' } | { __typename?: 'Ticket' } | { __typename?: 'User' } | { __typename?: 'WorkbookExport' } | { __typename?: 'WorkbookExportJob' } | null };

export type UpdateProjectSettingsMutationVariables = Exact<{
  input: UpdateProjectSettingsInput;
}>;


export type UpdateProjectSettingsMutation = { __typename?: 'Mutation', updateProjectSettings: { __typename?: 'ProjectSettingsPayload', project?: { __typename?: 'Project', id: string, version: number, minGapDays: number, maxAttempts: number, correctionHours: number, commonShortcomings: Array<string>, unitPattern: string, unitExample: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type SettingsPoliciesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type SettingsPoliciesQuery = { __typename?: 'Query', callbackPolicies: Array<{ __typename?: 'CallbackPolicy', id: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, preset?: string | null, updatedAt: string, stages: Array<{ __typename?: 'PolicyStage', anchor: Anchor, fromOffset: number, toOffset: number, unit: OffsetUnit, ratePercent: number, performerRole: Role, purpose: CallbackPurpose }> }> };

export type UpdateCallbackPolicyMutationVariables = Exact<{
  input: UpdateCallbackPolicyInput;
}>;


export type UpdateCallbackPolicyMutation = { __typename?: 'Mutation', updateCallbackPolicy: { __typename?: 'CallbackPolicyPayload', policy?: { __typename?: 'CallbackPolicy', id: string, version: number, preset?: string | null, updatedAt: string, stages: Array<{ __typename?: 'PolicyStage', anchor: Anchor, fromOffset: number, toOffset: number, unit: OffsetUnit, ratePercent: number, performerRole: Role, purpose: CallbackPurpose }> } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, version: number, username: string, displayName: string, role: Role, active: boolean, projects: Array<{ __typename?: 'Project', id: string, code: string }>, department?: { __typename?: 'Department', id: string, name: string } | null } }> } };

export type AdminProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', id: string, version: number, code: string, name: string, departments: Array<{ __typename?: 'Department', id: string, name: string, supervisors: Array<{ __typename?: 'User', id: string, displayName: string }> }> }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserPasswordPayload', temporaryPassword?: string | null, user?: { __typename?: 'User', id: string, version: number, username: string, displayName: string, role: Role, active: boolean, projects: Array<{ __typename?: 'Project', id: string, code: string }>, department?: { __typename?: 'Department', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, username: string, displayName: string, role: Role, active: boolean, projects: Array<{ __typename?: 'Project', id: string, code: string }>, department?: { __typename?: 'Department', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: UserVersionInput;
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'UserPasswordPayload', temporaryPassword?: string | null, user?: { __typename?: 'User', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type SetUserActiveMutation = { __typename?: 'Mutation', setUserActive: { __typename?: 'UserPayload', user?: { __typename?: 'User', id: string, version: number, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, version: number, name: string, tokenHint: string, scopes: Array<ApiScope>, createdAt: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, active: boolean, projects?: Array<{ __typename?: 'Project', id: string, code: string }> | null, createdBy?: { __typename?: 'User', displayName: string } | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', secret?: string | null, apiToken?: { __typename?: 'ApiToken', id: string, version: number, name: string, tokenHint: string, scopes: Array<ApiScope>, createdAt: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null, active: boolean, projects?: Array<{ __typename?: 'Project', id: string, code: string }> | null, createdBy?: { __typename?: 'User', displayName: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiTokenPayload', apiToken?: { __typename?: 'ApiToken', id: string, version: number, revokedAt?: string | null, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, version: number, code: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, version: number, code: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'DepartmentPayload', department?: { __typename?: 'Department', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type UpdateCallScriptMutationVariables = Exact<{
  input: UpdateCallScriptInput;
}>;


export type UpdateCallScriptMutation = { __typename?: 'Mutation', updateCallScript: { __typename?: 'CallScriptPayload', callScript?: { __typename?: 'CallScriptType', kind: TicketKind, greeting: string, questions: string, closing: string, busyReply: string, version: number, standard: boolean, updatedAt?: string | null, updatedBy?: { __typename?: 'User', displayName: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type SpotCheckProposalQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type SpotCheckProposalQuery = { __typename?: 'Query', proposeSpotChecks: { __typename?: 'SpotCheckProposal', period: string, ratePercent: number, records: number, repairRecords: number, quota: number, notYetRecorded: number, planned: number, stillToPlan: number, proposed: Array<{ __typename?: 'Callback', id: string, serialCode: string, satisfaction?: Satisfaction | null, result?: CallbackResult | null, performedAt?: string | null, ticket: { __typename?: 'Ticket', id: string, number: string, summary: string, unit: string } }>, others: Array<{ __typename?: 'Callback', id: string, serialCode: string, satisfaction?: Satisfaction | null, result?: CallbackResult | null, performedAt?: string | null, ticket: { __typename?: 'Ticket', id: string, number: string, summary: string, unit: string } }>, spotChecks: Array<{ __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, satisfaction?: Satisfaction | null, result?: CallbackResult | null, spotCheckAgreement?: SpotCheckAgreement | null, spotCheckOf?: { __typename?: 'Callback', id: string, serialCode: string, satisfaction?: Satisfaction | null, result?: CallbackResult | null, ticket: { __typename?: 'Ticket', id: string, number: string } } | null }> } };

export type PlanSpotChecksMutationVariables = Exact<{
  input: PlanSpotChecksInput;
}>;


export type PlanSpotChecksMutation = { __typename?: 'Mutation', planSpotChecks: { __typename?: 'PlanSpotChecksPayload', spotChecks: Array<{ __typename?: 'Callback', id: string, serialCode: string }>, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type QuarterlyStatisticsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuarterlyStatisticsQuery = { __typename?: 'Query', quarterlyStatistics: { __typename?: 'QuarterlyStatistics', period: string, from: string, to: string, asOf: string, computedAt: string, kinds: Array<{ __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }>, totals: { __typename?: 'KindStatistics', kind?: TicketKind | null, ticketsCompleted: number, callbacksRequired: number, targetRatePercent?: number | null, callbacksPlanned: number, callbacksDone: number, achievedRatePercent?: number | null, targetMet: boolean, doneWithinWindow: number, overdue: number, unreachable: number }, satisfaction: { __typename?: 'SatisfactionStatistics', rated: number, satisfiedRatePercent?: number | null, distribution: Array<{ __typename?: 'SatisfactionCount', level: Satisfaction, count: number }> }, unqualifiedCallbacks: Array<{ __typename?: 'UnqualifiedCallback', callbackId: string, serialCode: string, ticketNumber: string, kind: TicketKind, ownerName: string, unit: string, summary: string, status: CallbackStatus, satisfaction?: Satisfaction | null, shortcomings?: string | null, handlingOpinion?: string | null }>, repeatedComplaints: Array<{ __typename?: 'RepeatedComplaint', unit: string, matter: string, count: number, ownerNames: Array<string>, ticketNumbers: Array<string>, firstReceivedOn: string, lastReceivedOn: string }>, repeatedRepairs: Array<{ __typename?: 'RepeatedRepair', unit: string, category: string, count: number, ownerNames: Array<string>, ticketNumbers: Array<string>, firstReceivedOn: string, lastReceivedOn: string }>, spotCheck: { __typename?: 'SpotCheckProgress', ratePercent: number, repairRecords: number, required: number, planned: number, done: number, remaining: number }, methods: Array<{ __typename?: 'MethodCount', method: CallbackMethod, count: number }>, ownerAnswers: { __typename?: 'OwnerAnswerStatistics', online: number, confirmed: number, disputed: number, unconfirmed: number, linksSent: number }, forecast?: Array<{ __typename?: 'QuotaForecast', kind: TicketKind, required: number, done: number, daysLeft: number, dueInPeriod: number, lastAttempt: number, endsAfterPeriod: number, overdue: number, opensAfterPeriod: number, expectedDone: number, bestCase: number, atRisk: boolean, shortBy: number, canStillBeMet: boolean, ticketsWithoutCallback: number, ticketsToAdd: Array<{ __typename?: 'Ticket', id: string, number: string }> }> | null } };

export type ArchivePeriodMutationVariables = Exact<{
  input: ArchivePeriodInput;
}>;


export type ArchivePeriodMutation = { __typename?: 'Mutation', archivePeriod: { __typename?: 'ArchivePeriodPayload', archive?: { __typename?: 'ArchiveStatus', period: string, archived: boolean, archivedAt?: string | null, dueDate: string, reminder: boolean, retentionYears: number, keepUntil: string, archivedBy?: { __typename?: 'User', displayName: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type StaffResultsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffResultsQuery = { __typename?: 'Query', staffResults: { __typename?: 'StaffResults', period: string, ownRowOnly: boolean, staff: Array<{ __typename?: 'StaffResult', userId: string, displayName: string, role: Role, callbacksAssigned: number, callbacksDone: number, doneWithinWindow: number, overdue: number, unreachable: number, callbacksPerformed: number, rated: number, satisfiedRatePercent?: number | null, spotChecked: number, spotCheckAgreed: number, spotCheckAgreementPercent?: number | null }>, handlers: Array<{ __typename?: 'HandlerResult', department?: string | null, handler?: string | null, departmentTotal: boolean, callbacksRecorded: number, rated: number, satisfiedRatePercent?: number | null, unqualified: number }> } };

export type TicketRowFragment = { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null };

export type TicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } }> } };

export type UpdateTicketMutationVariables = Exact<{
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type CompleteTicketMutationVariables = Exact<{
  input: CompleteTicketInput;
}>;


export type CompleteTicketMutation = { __typename?: 'Mutation', completeTicket: { __typename?: 'CompleteTicketPayload', ticket?: { __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null } | null, callbacks: Array<{ __typename?: 'Callback', id: string, serialCode: string }>, sampling: Array<{ __typename?: 'SamplingDecision', stageIndex: number, purpose: CallbackPurpose, ratePercent: number, period: string, completed: number, selected: number, outcome: SamplingOutcome }>, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type AddCallbackByHandMutationVariables = Exact<{
  input: AddCallbackInput;
}>;


export type AddCallbackByHandMutation = { __typename?: 'Mutation', addCallback: { __typename?: 'CallbackPayload', callback?: { __typename?: 'Callback', id: string, serialCode: string, windowFrom: string, windowTo: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, code: ErrorCode, message: string, messageKey?: string | null, args: Array<{ __typename?: 'MessageArgument', name: string, value: string }> }> } };

export type TicketsChangedSubscriptionVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TicketsChangedSubscription = { __typename?: 'Subscription', ticketsChanged: Array<{ __typename?: 'Ticket', id: string, number: string, version: number, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, channel: Channel, receivedAt: string, department?: string | null, category?: string | null, summary: string, handler?: string | null, handlingResult?: string | null, completedAt?: string | null, status: TicketStatus, contractStart?: string | null, contractEnd?: string | null, voidReason?: string | null, voidedAt?: string | null }> };

export type WorkQueueCountsQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WorkQueueCountsQuery = { __typename?: 'Query', workQueueCounts: { __typename?: 'WorkQueueCounts', today: string, total: number, queues: Array<{ __typename?: 'WorkQueueCount', kind: WorkQueueKind, count: number }> } };

export type WorkCallbackEdgeFragment = { __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } };

export type WorkReportEdgeFragment = { __typename?: 'ReportQueueEdge', cursor: string, waitingSince: string, ageDays: number, node: { __typename?: 'QuarterlyReport', id: string, period: string, status: QuarterlyReportStatus, submittedAt?: string | null, reviewedAt?: string | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, project: { __typename?: 'Project', id: string, code: string, name: string } } };

export type ClerkWorkQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Int']['input']>;
  dueToday?: InputMaybe<Scalars['Int']['input']>;
  callLater?: InputMaybe<Scalars['Int']['input']>;
  dueSoon?: InputMaybe<Scalars['Int']['input']>;
  corrections?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ClerkWorkQuery = { __typename?: 'Query', workQueues: { __typename?: 'WorkQueues', today: string, kinds: Array<WorkQueueKind>, callbacksOverdue?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, callbacksDueToday?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, callLaterDue?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, callbacksDueSoon?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, correctionsOpen?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null } };

export type SupervisorWorkQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  review?: InputMaybe<Scalars['Int']['input']>;
  reports?: InputMaybe<Scalars['Int']['input']>;
  disputes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupervisorWorkQuery = { __typename?: 'Query', workQueues: { __typename?: 'WorkQueues', today: string, kinds: Array<WorkQueueKind>, ownerDisputes?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, spotCheckOf?: { __typename?: 'Callback', id: string, serialCode: string, ownerVerdictComment?: string | null } | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, recordsToReview?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, reportsToReview?: { __typename?: 'ReportQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'ReportQueueEdge', cursor: string, waitingSince: string, ageDays: number, node: { __typename?: 'QuarterlyReport', id: string, period: string, status: QuarterlyReportStatus, submittedAt?: string | null, reviewedAt?: string | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, project: { __typename?: 'Project', id: string, code: string, name: string } } }> } | null, spotCheckQuota?: Array<{ __typename?: 'SpotCheckQuota', period: string, ratePercent: number, repairRecords: number, required: number, planned: number, done: number, stillToPlan: number, remaining: number, project: { __typename?: 'Project', id: string, code: string } }> | null, targetsAtRisk?: Array<{ __typename?: 'TargetAtRisk', period: string, kind: TicketKind, targetRatePercent: number, achievedRatePercent: number, callbacksRequired: number, callbacksDone: number, callbacksOpen: number, overdue: number, project: { __typename?: 'Project', id: string, code: string }, forecast?: { __typename?: 'QuotaForecast', daysLeft: number, expectedDone: number, bestCase: number, atRisk: boolean, shortBy: number, canStillBeMet: boolean, ticketsWithoutCallback: number, ticketsToAdd: Array<{ __typename?: 'Ticket', id: string, number: string, completedAt?: string | null, summary: string }> } | null }> | null, archiveDue?: Array<{ __typename?: 'ArchiveStatus', projectId: string, period: string, dueDate: string, reminder: boolean, archived: boolean, archivedAt?: string | null, archivedBy?: { __typename?: 'User', displayName: string } | null }> | null } };

export type DepartmentSupervisorWorkQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  joint?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DepartmentSupervisorWorkQuery = { __typename?: 'Query', workQueues: { __typename?: 'WorkQueues', today: string, kinds: Array<WorkQueueKind>, jointComplaintCallbacks?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null } };

export type ManagerWorkQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  escalations?: InputMaybe<Scalars['Int']['input']>;
  major?: InputMaybe<Scalars['Int']['input']>;
  reports?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ManagerWorkQuery = { __typename?: 'Query', workQueues: { __typename?: 'WorkQueues', today: string, kinds: Array<WorkQueueKind>, escalationsWithoutOpinion?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, majorComplaintsToOrganise?: { __typename?: 'CallbackQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'CallbackQueueEdge', cursor: string, daysLeft?: number | null, daysOverdue?: number | null, waitingSince?: string | null, ageDays?: number | null, correctableUntil?: string | null, node: { __typename?: 'Callback', id: string, serialCode: string, status: CallbackStatus, purpose: CallbackPurpose, anchorDate: string, windowFrom: string, windowTo: string, attemptCount: number, nextAttemptAt?: string | null, recordedAt?: string | null, carriedOverFrom?: string | null, project: { __typename?: 'Project', id: string, code: string, statisticsPeriod: StatisticsPeriod }, ticket: { __typename?: 'Ticket', id: string, number: string, kind: TicketKind, severity?: ComplaintSeverity | null, ownerName: string, unit: string, phone?: string | null, summary: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, coAssignee?: { __typename?: 'User', id: string, displayName: string } | null, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null } }> } | null, reportsToMarkReported?: { __typename?: 'ReportQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'ReportQueueEdge', cursor: string, waitingSince: string, ageDays: number, node: { __typename?: 'QuarterlyReport', id: string, period: string, status: QuarterlyReportStatus, submittedAt?: string | null, reviewedAt?: string | null, submittedBy?: { __typename?: 'User', displayName: string } | null, reviewedBy?: { __typename?: 'User', displayName: string } | null, project: { __typename?: 'Project', id: string, code: string, name: string } } }> } | null } };

export type AuditorWorkQueryVariables = Exact<{
  projects?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditorWorkQuery = { __typename?: 'Query', workQueues: { __typename?: 'WorkQueues', today: string, kinds: Array<WorkQueueKind>, archiveOverview?: { __typename?: 'ProjectArchiveOverviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'ProjectArchiveOverviewEdge', node: { __typename?: 'ProjectArchiveOverview', archivedCount: number, notArchivedCount: number, project: { __typename?: 'Project', id: string, code: string, name: string, statisticsPeriod: StatisticsPeriod }, periods: Array<{ __typename?: 'PeriodArchiveState', period: string, from: string, to: string, archived: boolean, archivedAt?: string | null, dueDate: string, reminder: boolean, reportStatus?: QuarterlyReportStatus | null }> } }> } | null, reportsByState?: Array<{ __typename?: 'ReportStateCount', status: QuarterlyReportStatus, count: number }> | null } };

export const CallbackRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CallbackRowFragment, unknown>;
export const HistoryEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedByApiToken"}}]}}]} as unknown as DocumentNode<HistoryEntryFragment, unknown>;
export const ReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ReportFiguresFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const TicketRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const WorkCallbackEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCallbackEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"correctableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WorkCallbackEdgeFragment, unknown>;
export const WorkReportEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkReportEdgeFragment, unknown>;
export const CallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Callbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CallbacksQuery, CallbacksQueryVariables>;
export const UpdateCallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallbacksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedCount"}},{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateCallbacksMutation, UpdateCallbacksMutationVariables>;
export const CloseCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CloseCallbackMutation, CloseCallbackMutationVariables>;
export const RecordCallbackAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCallbackAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallbackAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<RecordCallbackAttemptMutation, RecordCallbackAttemptMutationVariables>;
export const CallbacksChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallbacksChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbacksChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CallbacksChangedSubscription, CallbacksChangedSubscriptionVariables>;
export const CallScriptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallScripts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callScripts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"busyReply"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CallScriptsQuery, CallScriptsQueryVariables>;
export const WriteHandlingOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteHandlingOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeHandlingOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<WriteHandlingOpinionMutation, WriteHandlingOpinionMutationVariables>;
export const ExportRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"exportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportRegisterQuery, ExportRegisterQueryVariables>;
export const QueueQuarterlyWorkbookExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueQuarterlyWorkbookExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportQuarterlyWorkbookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueQuarterlyWorkbookExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueQuarterlyWorkbookExportMutation, QueueQuarterlyWorkbookExportMutationVariables>;
export const ExportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const RecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedByApiToken"}}]}}]} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const LedgerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"mappingProblems"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"written"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerImportQuery, LedgerImportQueryVariables>;
export const SetLedgerImportMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLedgerImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLedgerImportMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLedgerImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetLedgerImportMappingMutation, SetLedgerImportMappingMutationVariables>;
export const CommitLedgerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitLedgerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitLedgerImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitLedgerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitLedgerImportMutation, CommitLedgerImportMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadCountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnreadCountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCountChanged"}}]}}]} as unknown as DocumentNode<UnreadCountChangedSubscription, UnreadCountChangedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const CreateOwnerLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOwnerLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOwnerLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOwnerLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"smsText"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePng"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateOwnerLinkMutation, CreateOwnerLinkMutationVariables>;
export const OwnerLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerLinksQuery, OwnerLinksQueryVariables>;
export const RevokeOwnerLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOwnerLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeOwnerLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOwnerLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeOwnerLinkMutation, RevokeOwnerLinkMutationVariables>;
export const PlanElsewhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanElsewhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PlanElsewhereQuery, PlanElsewhereQueryVariables>;
export const VoidCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<VoidCallbackMutation, VoidCallbackMutationVariables>;
export const ReassignCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignCallbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<ReassignCallbackMutation, ReassignCallbackMutationVariables>;
export const VoidTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<VoidTicketMutation, VoidTicketMutationVariables>;
export const CloseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<CloseTicketMutation, CloseTicketMutationVariables>;
export const ProjectStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ProjectStaffQuery, ProjectStaffQueryVariables>;
export const QuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<QuarterlyReportQuery, QuarterlyReportQueryVariables>;
export const LiveReportFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveReportFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterlyStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<LiveReportFiguresQuery, LiveReportFiguresQueryVariables>;
export const SaveQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQuarterlyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<SaveQuarterlyReportMutation, SaveQuarterlyReportMutationVariables>;
export const SubmitQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<SubmitQuarterlyReportMutation, SubmitQuarterlyReportMutationVariables>;
export const ReviewQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<ReviewQuarterlyReportMutation, ReviewQuarterlyReportMutationVariables>;
export const ReportQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<ReportQuarterlyReportMutation, ReportQuarterlyReportMutationVariables>;
export const ReturnQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"figuresFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceSubmission"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]} as unknown as DocumentNode<ReturnQuarterlyReportMutation, ReturnQuarterlyReportMutationVariables>;
export const ReviewCallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCallbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCallbacksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCallbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Callback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"qualityEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassignReason"}},{"kind":"Field","name":{"kind":"Name","value":"handlerAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAtRecording"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewCallbacksMutation, ReviewCallbacksMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"correctionHours"}},{"kind":"Field","name":{"kind":"Name","value":"unitPattern"}},{"kind":"Field","name":{"kind":"Name","value":"unitExample"}},{"kind":"Field","name":{"kind":"Name","value":"commonShortcomings"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ArchiveStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"keepUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lateRecordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveStatusQuery, ArchiveStatusQueryVariables>;
export const SettingsProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minGapDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"correctionHours"}},{"kind":"Field","name":{"kind":"Name","value":"commonShortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"unitPattern"}},{"kind":"Field","name":{"kind":"Name","value":"unitExample"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsProjectQuery, SettingsProjectQueryVariables>;
export const UpdateProjectSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProjectSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"minGapDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"correctionHours"}},{"kind":"Field","name":{"kind":"Name","value":"commonShortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"unitPattern"}},{"kind":"Field","name":{"kind":"Name","value":"unitExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectSettingsMutation, UpdateProjectSettingsMutationVariables>;
export const SettingsPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffset"}},{"kind":"Field","name":{"kind":"Name","value":"toOffset"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"performerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsPoliciesQuery, SettingsPoliciesQueryVariables>;
export const UpdateCallbackPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallbackPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallbackPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallbackPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffset"}},{"kind":"Field","name":{"kind":"Name","value":"toOffset"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"performerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCallbackPolicyMutation, UpdateCallbackPolicyMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminProjectsQuery, AdminProjectsQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateCallScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallScriptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callScript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"busyReply"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCallScriptMutation, UpdateCallScriptMutationVariables>;
export const SpotCheckProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpotCheckProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeSpotChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"repairRecords"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"notYetRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"stillToPlan"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"others"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckProposalQuery, SpotCheckProposalQueryVariables>;
export const PlanSpotChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSpotChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSpotChecksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planSpotChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSpotChecksMutation, PlanSpotChecksMutationVariables>;
export const QuarterlyStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterlyStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackId"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"shortcomings"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOpinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"firstReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatedRepairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"firstReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"repairRecords"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"unconfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"linksSent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"dueInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAfterPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"opensAfterPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDone"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"shortBy"}},{"kind":"Field","name":{"kind":"Name","value":"canStillBeMet"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsWithoutCallback"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsToAdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuarterlyStatisticsQuery, QuarterlyStatisticsQueryVariables>;
export const ArchivePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchivePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"keepUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchivePeriodMutation, ArchivePeriodMutationVariables>;
export const StaffResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ownRowOnly"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"doneWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksPerformed"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"spotChecked"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckAgreementPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"departmentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}}]}}]}}]} as unknown as DocumentNode<StaffResultsQuery, StaffResultsQueryVariables>;
export const TicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const UpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const CompleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const AddCallbackByHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCallbackByHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCallbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageKey"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCallbackByHandMutation, AddCallbackByHandMutationVariables>;
export const TicketsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]} as unknown as DocumentNode<TicketsChangedSubscription, TicketsChangedSubscriptionVariables>;
export const WorkQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<WorkQueueCountsQuery, WorkQueueCountsQueryVariables>;
export const ClerkWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClerkWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueToday"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callLater"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDueToday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueToday"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLaterDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callLater"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDueSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueSoon"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionsOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCallbackEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"correctableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClerkWorkQuery, ClerkWorkQueryVariables>;
export const SupervisorWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reports"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDisputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownerVerdictComment"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reports"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkReportEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"repairRecords"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"stillToPlan"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksRequired"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDone"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksOpen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDone"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"shortBy"}},{"kind":"Field","name":{"kind":"Name","value":"canStillBeMet"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsWithoutCallback"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsToAdd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"archiveDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCallbackEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"correctableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisorWorkQuery, SupervisorWorkQueryVariables>;
export const DepartmentSupervisorWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentSupervisorWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"joint"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"jointComplaintCallbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"joint"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCallbackEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"correctableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentSupervisorWorkQuery, DepartmentSupervisorWorkQueryVariables>;
export const ManagerWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"major"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reports"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"escalationsWithoutOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"majorComplaintsToOrganise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"major"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCallbackEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsToMarkReported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reports"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkReportEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCallbackEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"correctableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serialCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkReportEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportQueueEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ManagerWorkQuery, ManagerWorkQueryVariables>;
export const AuditorWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditorWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projects"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"archiveOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notArchivedCount"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AuditorWorkQuery, AuditorWorkQueryVariables>;