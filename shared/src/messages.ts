import { CALLBACK_RECORD_COLUMNS } from './columns';
import { CALLBACK_STATUS_LABELS, type Language, ROLE_LABELS } from './labels';
import { WORK_QUEUE_LABELS } from './work-queues';

/**
 * Everything the server says to a person — refusals, validation, limits — once, zh-CN and English. A failure carries
 * its key and arguments (userErrors { messageKey args }, a GraphQL error's extensions, a download's JSON error), so the
 * client renders it in the chosen language; `message` stays "中文 (English)" for API clients, made from the same entry.
 *
 * Placeholders: `{name}` puts the argument as it is; `{name@format}` renders it per language — `role`, `callbackStatus`,
 * `column` (a column of 《业主回访记录表》), `workQueue` take a code and show its label, `duration` takes seconds.
 */
export const MESSAGE_CATALOGUE = {
  // the standard text of each ErrorCode (server core/error-messages.ts)
  'common.invalidInput': { 'zh-CN': '输入无效', en: 'invalid input' },
  'common.invalidInputDetail': { 'zh-CN': '输入无效', en: 'invalid input: {detail}' },
  'common.conflict': { 'zh-CN': '该记录已被他人修改，请刷新后重试', en: 'changed by someone else since you read it' },
  'common.forbidden': { 'zh-CN': '无权执行此操作', en: 'not allowed for your role' },
  'common.unauthenticated': { 'zh-CN': '请先登录', en: 'sign in first' },
  'common.notFound': { 'zh-CN': '记录不存在或无权访问', en: 'not found' },
  'common.archived': { 'zh-CN': '该期间已存档，记录只读', en: 'the period is archived; records are read-only' },
  'common.archivedShort': { 'zh-CN': '该期间已存档，记录只读', en: 'archived; read-only' },
  'common.invalidState': { 'zh-CN': '当前状态下不能执行此操作', en: 'not possible in the current state' },
  'common.internal': { 'zh-CN': '服务器内部错误', en: 'internal error' },
  'common.queryTooComplex': { 'zh-CN': '查询过于复杂', en: 'the query is too complex' },
  'common.rateLimited': { 'zh-CN': '请求额度已用完', en: 'rate limit spent' },
  'common.giveReason': { 'zh-CN': '请填写作废原因', en: 'give a reason' },

  // texts and arguments (shared/text.ts, server api/input-text.ts, graphql/arguments.ts, connection.ts)
  'text.tooLong': { 'zh-CN': '长度不能超过 {max} 字', en: 'at most {max} characters' },
  'text.tooManyItems': { 'zh-CN': '最多 {max} 项', en: 'at most {max} items' },
  'text.invalidCharacters': { 'zh-CN': '含有控制字符或无效字符', en: 'contains control or invalid characters' },
  'text.invisibleOnly': { 'zh-CN': '只含不可见字符', en: 'only invisible characters' },
  'text.nestedTooDeeply': { 'zh-CN': '嵌套过深', en: 'nested too deeply' },
  'argument.period': { 'zh-CN': '统计期间格式应为 2026Q3 或 2026-07', en: 'period must look like 2026Q3 or 2026-07' },
  'argument.globalId': { 'zh-CN': '不是有效的 ID', en: 'not a global id' },
  'argument.typedId': { 'zh-CN': '不是有效的{type} ID', en: 'not a {type} id' },
  'argument.noProjectAccess': { 'zh-CN': '无权访问该项目', en: 'no access to this project' },
  'argument.pageSize': { 'zh-CN': '{name} 须在 1 到 {max} 之间', en: '{name} must be between 1 and {max}' },
  'argument.cursor': { 'zh-CN': 'after 不是本列表的游标', en: 'after is not a cursor from this list' },

  // API limits and guards (server api/)
  'limit.depth': { 'zh-CN': '查询嵌套过深', en: 'query depth {depth} exceeds {max}' },
  'limit.aliases': { 'zh-CN': '别名过多', en: '{count} aliases, at most {max}' },
  'limit.rootFields': { 'zh-CN': '根字段过多', en: '{count} root fields, at most {max}' },
  'limit.cost': { 'zh-CN': '查询代价过高', en: 'query cost {cost} exceeds {max}: ask for smaller pages or fewer nested lists' },
  'limit.rateSpent': {
    'zh-CN': '请求额度已用完，请于 {seconds} 秒后重试',
    en: 'rate limit of {limit} points per window spent; this query costs {cost}',
  },
  'limit.operation': { 'zh-CN': '不支持 {operation} 操作', en: 'this API has no {operation} operations' },
  'limit.introspection': { 'zh-CN': '内省仅对已登录员工开放', en: 'introspection is for signed-in staff only' },
  'limit.batch': { 'zh-CN': '不支持批量请求，请逐个发送', en: 'batched requests are not supported: send one operation per request' },
  'limit.bodyTooLarge': { 'zh-CN': '请求体过大', en: 'request body over 1 MB' },
  'limit.bodyNotJson': { 'zh-CN': '请求体不是有效的 JSON', en: 'the body is not valid JSON' },
  'token.notAllowed': { 'zh-CN': 'API 令牌不能执行此操作', en: 'not available to API tokens' },
  'token.lacksScope': { 'zh-CN': 'API 令牌缺少权限 {scopes}', en: 'the token lacks the scope' },

  // sign-in
  'login.wrongPassword': { 'zh-CN': '用户名或密码错误', en: 'wrong username or password' },
  'login.throttled': { 'zh-CN': '登录失败次数过多，请 {wait@duration}后再试', en: 'too many failed sign-ins: try again in {wait@duration}' },

  // API tokens
  'apiToken.nameRequired': { 'zh-CN': '请填写名称', en: 'name is required' },
  'apiToken.nameTooLong': { 'zh-CN': '名称最多 {max} 字', en: 'at most {max} characters' },
  'apiToken.scopeRequired': { 'zh-CN': '至少选择一项权限', en: 'at least one scope' },
  'apiToken.unknownScope': { 'zh-CN': '未知权限', en: 'unknown scope' },
  'apiToken.piiNeedsRead': { 'zh-CN': 'pii:read 需配合读取权限', en: 'pii:read only widens a read scope' },
  'apiToken.projectsEmpty': { 'zh-CN': '留空表示全部项目，或至少选一个项目', en: 'leave empty for all projects or pick at least one' },
  'apiToken.tooManyProjects': { 'zh-CN': '项目过多', en: 'too many projects' },
  'apiToken.expiryPast': { 'zh-CN': '到期时间须在将来', en: 'must be in the future' },
  'apiToken.revoked': { 'zh-CN': '令牌已吊销', en: 'already revoked' },

  // tickets (ticket.rules.ts, ticket.service.ts, ticket.transitions.ts)
  'ticket.ownerNameRequired': { 'zh-CN': '请填写业主姓名', en: 'owner name is required' },
  'ticket.unitRequired': { 'zh-CN': '请填写房号', en: 'unit is required' },
  'ticket.unitFormat': { 'zh-CN': '房号应按本项目的格式填写，如 {example}', en: 'write the unit in this project\'s format, e.g. {example}' },
  'ticket.summaryRequired': { 'zh-CN': '请填写内容摘要', en: 'summary is required' },
  'ticket.phoneInvalid': { 'zh-CN': '电话号码格式不正确', en: 'not a phone number' },
  'ticket.severityRequired': { 'zh-CN': '投诉须注明重大或一般', en: 'a complaint is MAJOR or GENERAL' },
  'ticket.departmentRequired': { 'zh-CN': '投诉须注明被投诉部门', en: 'name the department complained about' },
  'ticket.severityComplaintOnly': { 'zh-CN': '只有投诉有严重程度', en: 'only complaints have a severity' },
  'ticket.categoryRequired': { 'zh-CN': '维修须注明维修类别，如 水管漏水', en: 'a repair needs its category' },
  'ticket.contractStartRequired': { 'zh-CN': '特约服务须填写合同开始日期', en: 'contract start is required' },
  'ticket.contractEndRequired': { 'zh-CN': '特约服务须填写合同结束日期', en: 'contract end is required' },
  'ticket.dateInvalid': { 'zh-CN': '日期无效', en: 'not a date' },
  'ticket.contractEndsBeforeStart': { 'zh-CN': '合同结束日期早于开始日期', en: 'contract ends before it starts' },
  'ticket.receivedInFuture': { 'zh-CN': '受理时间不能晚于当前时间', en: 'received in the future' },
  'ticket.receivedTooEarly': { 'zh-CN': '受理时间无效', en: 'received before 2000' },
  'ticket.completedInFuture': { 'zh-CN': '完成时间不能晚于当前时间', en: 'completed in the future' },
  'ticket.completedBeforeReceived': { 'zh-CN': '完成时间早于受理时间', en: 'completed before it was received' },
  'ticket.receivedAfterCompletion': { 'zh-CN': '受理时间晚于完成时间', en: 'received after completion' },
  'ticket.handlingResultRequired': { 'zh-CN': '完成工单须填写处理结果', en: 'write the handling result to complete the ticket' },
  'ticket.noSuchDepartment': { 'zh-CN': '本项目没有部门「{name}」', en: 'no such department' },
  'ticket.channelRequired': { 'zh-CN': '请选择受理渠道', en: 'channel is required' },
  'ticket.voided': { 'zh-CN': '工单已作废', en: 'the ticket is voided' },
  'ticket.alreadyVoided': { 'zh-CN': '工单已作废', en: 'already voided' },
  'ticket.startOnlyOpen': { 'zh-CN': '只有待处理的工单可以开始处理', en: 'only an open ticket can be started' },
  'ticket.completeOnlyOpen': { 'zh-CN': '只有待处理或处理中的工单可以完成', en: 'only open tickets can be completed' },
  'ticket.closeOnlyCompleted': { 'zh-CN': '只有已完成的工单可以关闭', en: 'only completed tickets can be closed' },

  // projects
  'project.unitPatternInvalid': { 'zh-CN': '房号格式不是有效的正则表达式', en: 'the unit pattern is not a valid regular expression' },
  'project.unitExampleMismatch': { 'zh-CN': '示例房号不符合该格式', en: 'the example does not follow the pattern' },
  'project.minGapRange': { 'zh-CN': '最短间隔天数须在 0–{max} 之间（0 表示不限制）', en: 'minimum gap must be 0–{max} days (0: no gap)' },
  'project.attemptCapRange': { 'zh-CN': '尝试次数上限须在 1–{max} 之间', en: 'the attempt cap must be 1–{max}' },
  'project.correctionHoursRange': { 'zh-CN': '更正时限须在 0–{max} 小时之间', en: 'correction hours must be 0–{max}' },
  'project.shortcomingsRequired': { 'zh-CN': '至少保留一个常见原因', en: 'keep at least one common reason' },
  'project.shortcomingDuplicate': { 'zh-CN': '「{reason}」重复', en: '"{reason}" is listed twice' },
  'project.codeInvalid': { 'zh-CN': '项目编码须为 1–8 位大写字母或数字，如 A01', en: 'the code is 1–8 capital letters or digits, e.g. A01' },
  'project.codeTaken': { 'zh-CN': '项目编码已存在', en: 'a project has this code already' },
  'project.nameRequired': { 'zh-CN': '请填写项目名称', en: 'name is required' },
  'department.nameRequired': { 'zh-CN': '请填写部门名称', en: 'name is required' },
  'department.nameTaken': { 'zh-CN': '本项目已有该部门', en: 'the project has this department already' },
  'user.usernameInvalid': { 'zh-CN': '用户名须为 2–50 位小写字母、数字或 . _ -', en: 'a username is 2–50 lower-case letters, digits, . _ or -' },
  'user.usernameTaken': { 'zh-CN': '用户名已存在', en: 'this username is taken' },
  'user.displayNameRequired': { 'zh-CN': '请填写姓名', en: 'name is required' },
  'user.projectsRequired': { 'zh-CN': '{role@role}须分配至少一个项目', en: 'a {role@role} works in at least one project' },
  'user.noProjectsForRole': { 'zh-CN': '{role@role}查看全部项目，不分配项目', en: 'a {role@role} sees every project and is assigned to none' },
  'user.departmentRequired': { 'zh-CN': '部门主管须选择所属部门', en: 'a department supervisor leads a department' },
  'user.departmentOutsideProjects': { 'zh-CN': '部门须属于所分配的项目', en: 'the department must belong to one of the assigned projects' },
  'user.notOwnAccount': { 'zh-CN': '不能停用自己或更改自己的角色', en: 'you cannot disable yourself or change your own role' },
  'callScript.required': { 'zh-CN': '开场白和结束语不能为空', en: 'the greeting and the closing are required' },
  'user.alreadyInState': { 'zh-CN': '账号已是该状态', en: 'the account is in that state already' },

  // callbacks (shared/callback-fields.ts, callback.service.ts, callback.transitions.ts, review-batch.rules.ts)
  'callback.scoreRange': { 'zh-CN': '满意度评分必须是 1–10 的整数', en: 'score must be a whole number from 1 to 10' },
  'callback.ticketNotCompleted': { 'zh-CN': '工单尚未完成，不能记录回访', en: 'the ticket is not completed yet' },
  'callback.performedBeforeCompletion': { 'zh-CN': '回访时间早于工单完成时间', en: 'performed before the ticket was completed' },
  'callback.performedInFuture': { 'zh-CN': '回访时间不能晚于当前时间', en: 'performed in the future' },
  'callback.shortcomingsRequired': { 'zh-CN': '不满意须填写缺点与不足', en: 'say what was wrong when the owner is dissatisfied' },
  'warning.beforeWindow': { 'zh-CN': '早于回访期限（{from} 起），不计入时效内完成', en: 'before the window opens on {from}: not counted as within the window' },
  'warning.afterWindow': { 'zh-CN': '晚于回访期限（{to} 止），不计入时效内完成', en: 'after the window closed on {to}: not counted as within the window' },
  'warning.notAssignee': { 'zh-CN': '此回访分配给 {names}，不是本人', en: 'assigned to {names}, not to the one recording it' },
  'callback.columnReadOnly': { 'zh-CN': '当前角色或状态下不能修改此栏', en: 'you cannot change this column now' },
  'callback.requiredToRecord': { 'zh-CN': '回访记录须填写此栏', en: 'required to record the callback' },
  'callback.tooManyRows': { 'zh-CN': '一次最多修改 {max} 行', en: 'at most {max} rows at once' },
  'callback.sameRowTwice': { 'zh-CN': '与第 {row} 行是同一条记录，请合并为一次修改', en: 'the same record as row {row}: merge the edits' },
  'callback.changedByOther': { 'zh-CN': '{code} 已被他人修改', en: 'changed by someone else: version {from} → {to}' },
  'callback.notCallbackId': { 'zh-CN': '不是有效的回访 ID', en: 'not a Callback id' },
  'callback.opinionBeforeClose': { 'zh-CN': '请先填写处理意见再关闭', en: 'write the handling opinion before closing' },
  'callback.opinionRequired': { 'zh-CN': '请填写处理意见', en: 'the opinion is required' },
  'callback.attemptInFuture': { 'zh-CN': '尝试时间不能晚于当前时间', en: 'attempted in the future' },
  'callback.nextAttemptBefore': { 'zh-CN': '下次回访时间早于本次', en: 'next attempt before this one' },
  'callback.windowEndsBeforeStart': { 'zh-CN': '回访期限结束早于开始', en: 'window ends before it starts' },
  'callback.notProjectStaff': { 'zh-CN': '该员工不属于本项目', en: 'not staff of this project' },
  'callback.recordClosed': { 'zh-CN': '该回访已审核或关闭，不能再记录', en: 'already reviewed or closed' },
  'callback.attemptOnlyPlanned': { 'zh-CN': '只有待回访的记录可以登记尝试', en: 'only planned callbacks take attempts' },
  'callback.reviewOnlyDone': { 'zh-CN': '只能审核已回访的记录', en: 'only done callbacks can be reviewed' },
  'callback.escalateOnlyDone': { 'zh-CN': '只能上报已回访或已审核的记录', en: 'only done or reviewed callbacks can be escalated' },
  'callback.handleOnlyEscalated': { 'zh-CN': '只有已上报的回访需要处理意见', en: 'only escalated callbacks take a handling opinion' },
  'callback.closeOnlyReviewed': { 'zh-CN': '只能关闭已审核、无法联系或已上报的回访', en: 'only reviewed, unreachable or escalated callbacks can be closed' },
  'callback.alreadyVoided': { 'zh-CN': '已作废', en: 'already voided' },
  'callback.reassignOnlyPlanned': { 'zh-CN': '只有待回访的记录可以改派', en: 'only planned callbacks can be reassigned' },
  'callback.assigneeRequired': { 'zh-CN': '请选择回访人', en: 'choose who calls' },
  'callback.tooManyAssignees': { 'zh-CN': '最多 {max} 名回访人', en: 'at most {max} people call' },
  'callback.assigneeTwice': { 'zh-CN': '同一人选了两次', en: 'the same person twice' },
  'callback.assigneeNotClerk': { 'zh-CN': '只能改派给本项目的客服管家', en: 'not a clerk of this project' },
  'callback.assigneeUnchanged': { 'zh-CN': '回访人没有变化', en: 'these people have it already' },
  'review.sameRecordTwice': { 'zh-CN': '同一记录出现多次', en: 'a record appears twice' },
  'review.changedByOther': {
    'zh-CN': '{code} 已被他人修改，未审核，请查看后重新审核',
    en: 'changed by someone else since you read it: version {from} → {to}; not reviewed',
  },
  'review.notWaiting': { 'zh-CN': '{code} 不是待审核的记录', en: 'not waiting for review: {status@callbackStatus}' },
  'review.archived': { 'zh-CN': '{code} 所在期间已存档，记录只读', en: 'archived; read-only' },
  'spotCheck.notFound': { 'zh-CN': '本项目没有这条回访记录', en: 'no such callback in this project' },
  'spotCheck.otherPeriod': { 'zh-CN': '{code} 不属于 {period}', en: '{code} is not of {period}' },
  'spotCheck.notEligible': { 'zh-CN': '{code} 不是已完成的维修回访记录，不能抽查', en: '{code} is not a finished repair callback record; it cannot be spot-checked' },
  'spotCheck.alreadyPlanned': { 'zh-CN': '{code} 已安排抽查', en: '{code} is already spot-checked' },
  'spotCheck.noneChosen': { 'zh-CN': '请选择要抽查的记录', en: 'choose the records to spot-check' },

  // policies
  'policy.stageRequired': { 'zh-CN': '至少需要一个阶段', en: 'at least one stage' },
  'policy.tooManyStages': { 'zh-CN': '最多 {max} 个阶段', en: 'at most {max} stages' },
  'policy.rateRange': { 'zh-CN': '回访率须在 0–100 之间', en: 'rate must be 0–100' },
  'policy.offsetRange': { 'zh-CN': '期限须在 0–366 之间', en: 'offset must be 0–366' },
  'policy.windowOrder': { 'zh-CN': '期限结束须不早于开始', en: 'window must close after it opens' },
  'policy.notPerformer': { 'zh-CN': '该角色不执行回访', en: 'this role does not perform callbacks' },
  'policy.complaintsAlways': { 'zh-CN': '投诉回访率须为 100%（回访标准规程 4.1.2a）', en: 'complaints are always called back (procedure 4.1.2a)' },

  // quarterly reports, archiving, workbooks
  'report.archived': { 'zh-CN': '该期间已存档，报告只读', en: 'the period is archived; the report is read-only' },
  'report.textsRequired': { 'zh-CN': '提交前请填写统计分析和改进措施', en: 'write the analysis and the measures first' },
  'report.reasonRequired': { 'zh-CN': '请填写退回原因', en: 'give a reason' },
  'report.editOnlyDraft': { 'zh-CN': '报告已提交，不能修改', en: 'only a draft can be edited' },
  'report.submitOnlyDraft': { 'zh-CN': '只有草稿可以提交', en: 'only a draft can be submitted' },
  'report.reviewOnlySubmitted': { 'zh-CN': '只有已提交的报告可以审核', en: 'only a submitted report can be reviewed' },
  'report.reportOnlyReviewed': { 'zh-CN': '只有已审核的报告可以上报', en: 'only a reviewed report can be reported' },
  'report.returnNotPossible': { 'zh-CN': '草稿或已上报的报告不能退回', en: 'a draft or reported report cannot be sent back' },
  'archive.notEnded': { 'zh-CN': '期间尚未结束，不能存档', en: 'the period has not ended yet' },
  'archive.alreadyArchived': { 'zh-CN': '已存档', en: '{period} is already archived' },
  'archive.callbackFinished': {
    'zh-CN': '{code} 所在期间已存档，记录只读（存档时已完成或已过回访期限）',
    en: '{code}: the period is archived; read-only (finished, or past its window, at archiving)',
  },
  'archive.lateRecordLocked': { 'zh-CN': '{code} 已于存档后补录，记录只读', en: '{code} was recorded after archiving (a late recording); read-only' },
  'archive.carryOverWindowClosed': {
    'zh-CN': '{code} 所在期间已存档，回访期限已于 {windowTo} 结束，不能再补录',
    en: '{code}: the period is archived and the callback window closed on {windowTo}; it can no longer be recorded',
  },
  // 封存 (archive-seal.ts) and the history chain (audit/history-chain.ts), as archiveStatus, historyChain and npm run verify say them
  'seal.countsDiffer': {
    'zh-CN': '记录数不符：封存时工单 {sealedTickets}、回访 {sealedCallbacks}，现为 {tickets}、{callbacks}',
    en: 'record counts differ from the seal: {sealedTickets} tickets and {sealedCallbacks} callbacks sealed, {tickets} and {callbacks} now',
  },
  'seal.recordsChanged': { 'zh-CN': '期间记录在存档后被改动', en: 'a record of the period was changed after archiving' },
  'seal.historyAltered': { 'zh-CN': '存档前的变更历史被改动', en: 'the history up to archiving was altered' },
  'chain.missing': { 'zh-CN': '变更记录缺失：此前的一条已被删除', en: 'a change record before this one was removed' },
  'chain.content': { 'zh-CN': '变更记录内容被改动', en: 'this change record was altered' },
  'chain.link': { 'zh-CN': '链接不符：此前的记录被改动或插入', en: 'the chain does not continue here: an earlier record was altered or inserted' },
  // npm run verify (server db/verify-cli.ts): one line per chain and per archive seal, zh-CN then the English in brackets
  'verify.noDatabase': { 'zh-CN': '{dir} 中还没有数据库，无可校验。', en: 'There is no database in {dir} yet: nothing to verify.' },
  'verify.chainIntact': { 'zh-CN': '{length} 条变更记录，链头 {head}', en: '{length} change records, head {head}' },
  'verify.chainBroken': {
    'zh-CN': '第 {sequence} 环断开（{problem}），change_record id {changeId}；此前 {length} 环完好',
    en: 'link {sequence} broken ({problem}), change_record id {changeId}; {length} links hold before it',
  },
  'verify.sealHolds': { 'zh-CN': '{period} 封存完好', en: '{period}: the seal holds' },
  'verify.sealBroken': { 'zh-CN': '{period} 封存不符：{problems}', en: '{period}: the seal is broken: {problems}' },
  'verify.lateRecords': {
    'zh-CN': '跨期 {carried} 条，补录 {late} 条，补录摘要 {digest}',
    en: '{carried} carried over, {late} recorded late, digest {digest}',
  },
  'verify.historyIntact': { 'zh-CN': '历史记录完整。', en: 'History intact.' },
  'verify.historyAltered': { 'zh-CN': '历史记录被改动，见上方断开的环。', en: 'History altered: see the broken links above.' },
  'verify.sealsHold': { 'zh-CN': '存档封存完好。', en: 'Archive seals hold.' },
  'verify.sealsBroken': { 'zh-CN': '存档封存不符，见上方。', en: 'An archive seal is broken: see above.' },
  'verify.failed': { 'zh-CN': '校验失败：{detail}', en: 'Verify failed: {detail}' },
  'export.notStarted': { 'zh-CN': '该期间尚未开始，不能导出', en: 'the period has not started yet' },
  'export.interrupted': { 'zh-CN': '导出中断：处理该任务的服务进程已停止', en: 'interrupted: the server process running the export stopped' },
  'export.failed': { 'zh-CN': '导出失败（内部错误 {ref}），请重试或联系管理员', en: 'the export failed (internal error {ref}); try again or ask the administrator' },
  'download.noSuchWorkbook': { 'zh-CN': '工作簿不存在', en: 'no such workbook' },
  'download.forbidden': { 'zh-CN': '无权下载该工作簿', en: 'not allowed to download this workbook' },
  'download.personalData': { 'zh-CN': '该工作簿含住户个人信息，请自行导出', en: 'this workbook holds residents\' data; export your own' },
  'download.fileMismatch': { 'zh-CN': '存档文件缺失或与登记不符', en: 'the archived file is missing or does not match the register' },

  // 业主线上回访 (owner links)
  'ownerLink.surveyOnlyPlanned': { 'zh-CN': '只能为待回访的记录发送回访链接', en: 'a survey link is only for a planned callback' },
  'ownerLink.windowPassed': { 'zh-CN': '回访期限已过，不能再发送回访链接', en: 'the callback window has passed' },
  'ownerLink.confirmOnlyRecorded': { 'zh-CN': '只能为已记录结果的回访发送确认链接', en: 'a confirmation link is only for a recorded result' },
  'ownerLink.confirmOnlyPhone': { 'zh-CN': '只有电话回访的结果需要业主确认', en: 'only a result recorded by phone is confirmed by the owner' },
  'ownerLink.alreadyConfirmed': { 'zh-CN': '业主已对该记录作出确认', en: 'the owner has already answered for this record' },
  'ownerLink.notFound': { 'zh-CN': '链接不存在', en: 'no such link' },
  'ownerLink.ownerOnly': { 'zh-CN': '「线上」与「业主线上确认」只能由业主通过回访链接填写', en: 'online and owner-online are set only by the owner through the survey link' },
  'ownerLink.unavailable': { 'zh-CN': '此链接已失效或不存在', en: 'this link has expired, been used or does not exist' },
  'ownerLink.archived': { 'zh-CN': '该期间的回访已存档，不能再提交', en: 'the period is archived; answers are no longer accepted' },
  'ownerLink.tooMany': { 'zh-CN': '操作过于频繁，请稍后再试', en: 'too many requests; try again later' },
  'ownerLink.badRequest': { 'zh-CN': '提交的内容无法识别', en: 'the answer could not be read' },
  'ownerLink.verdictRequired': { 'zh-CN': '请选择「确认」或「有异议」', en: 'choose confirm or dispute' },
  'ownerLink.disputeComment': { 'zh-CN': '有异议时请说明情况', en: 'say what is wrong when you dispute' },
  'ownerLink.satisfactionRequired': { 'zh-CN': '请选择满意程度', en: 'choose how satisfied you are' },

  // 导入历史台账 (ledger import)
  'import.unknownColumn': { 'zh-CN': '没有“{column}”这一列', en: 'no column {column}' },
  'import.columnTwice': { 'zh-CN': '“{column}”对应了两列，请只保留一列', en: '{column} is mapped twice' },
  'import.columnMissing': { 'zh-CN': '缺少必需的列：{column}', en: 'a required column is missing: {column}' },
  'import.formula': { 'zh-CN': '单元格是公式，请复制后“选择性粘贴为数值”再导入', en: 'the cell is a formula; paste it as values first' },
  'import.dateInvalid': { 'zh-CN': '日期格式不对，例如 2025-03-01 或 2025-03-01 09:30', en: 'not a date like 2025-03-01 or 2025-03-01 09:30' },
  'import.integerInvalid': { 'zh-CN': '须为整数', en: 'must be a whole number' },
  'import.enumInvalid': { 'zh-CN': '可选值：{allowed}', en: 'one of: {allowed}' },
  'import.dateInText': { 'zh-CN': 'Excel 把此单元格识别成了日期，原文已丢失；请把该列设为“文本”后重新输入', en: 'Excel turned this cell into a date; set the column to text and type it again' },
  'import.notWorkbook': { 'zh-CN': '文件不是 Excel 工作簿（.xlsx）或 CSV', en: 'the file is not an Excel workbook (.xlsx) or a CSV' },
  'import.encrypted': { 'zh-CN': '工作簿已加密或是旧版 .xls 格式，请在 Excel 中取消密码并另存为 .xlsx', en: 'the workbook is encrypted or an old .xls: remove the password and save it as .xlsx' },
  'import.tooLarge': { 'zh-CN': '文件过大（上限 {max} MB）', en: 'the file is too large (at most {max} MB)' },
  'import.tooManyColumns': { 'zh-CN': '列数过多（{count} 列，上限 {max} 列）', en: 'too many columns ({count}, at most {max})' },
  'import.tooManyRows': { 'zh-CN': '行数过多（上限 {max} 行），请分多个文件导入', en: 'too many rows (at most {max}); split the file' },
  'import.noHeader': { 'zh-CN': '第一行须为表头（列名）', en: 'the first row must be the header' },
  'import.headerMerged': { 'zh-CN': '表头第 {column} 列为空（可能是合并单元格），请取消合并并为每列写上列名', en: 'header column {column} is empty (merged cells?): give every column its own name' },
  'import.noRows': { 'zh-CN': '表中没有数据行', en: 'the sheet has no rows' },
  'import.noFile': { 'zh-CN': '请选择要导入的文件', en: 'choose a file to import' },
  'import.duplicateNumber': { 'zh-CN': '工单编号 {number} 已存在（{where}）', en: 'ticket number {number} exists already ({where})' },
  'import.duplicateTicket': { 'zh-CN': '与{where}的工单相同（业主、房号、内容、受理日期一致）', en: 'the same ticket as {where} (owner, unit, summary and date)' },
  'import.alreadyImported': { 'zh-CN': '本文件的这一行已导入', en: 'this row of this file was imported already' },
  'import.archived': { 'zh-CN': '{period} 已存档，不能导入该期间的记录', en: '{period} is archived; its records cannot be imported' },
  'import.notStaged': { 'zh-CN': '该导入已完成', en: 'this import is done already' },
  'import.hasErrors': { 'zh-CN': '有 {count} 行有错误；选择“全部或不导入”时须先改正所有错误', en: '{count} rows have errors; all-or-nothing imports none until they are fixed' },
  'import.kindRequired': { 'zh-CN': '请填写类型（投诉、维修……）', en: 'the kind is required (complaint, repair …)' },

  // 待办
  'workQueue.notForRole': { 'zh-CN': '「{queue@workQueue}」不是{role@role}的待办', en: '{queue@workQueue} is not a work queue of the role {role@role}' },
  'workQueue.tokenNeedsUser': { 'zh-CN': 'API 令牌须指定 userId', en: 'an API token reads the work of the user it names' },
  'workQueue.noSuchUser': { 'zh-CN': '用户不存在或无权访问', en: 'no such user in your projects' },
  'workQueue.ownOnly': { 'zh-CN': '只能查看自己的待办', en: 'you can read only your own work queues' },

  // 提醒 (notifications) and webhooks
  'reminder.WINDOW_CLOSING': { 'zh-CN': '{code} 回访期限将于 {date} 截止', en: '{code}: the callback window closes on {date}' },
  'reminder.CALLBACK_OVERDUE': { 'zh-CN': '{code} 已逾期 {days} 天未回访', en: '{code}: callback overdue by {days} days' },
  'reminder.CALL_LATER_DUE': { 'zh-CN': '{code} 约定的回访时间已到', en: '{code}: the agreed time to call back has come' },
  'reminder.REVIEW_WAITING': { 'zh-CN': '{code} 回访记录已等待审核 {days} 天', en: '{code}: the record has waited {days} days for review' },
  'reminder.ESCALATION_WAITING': { 'zh-CN': '{code} 回访不合格，已等待处理意见 {days} 天', en: '{code}: unqualified callback waiting {days} days for a handling opinion' },
  'reminder.REPORT_WAITING': { 'zh-CN': '{project} {period} 季度报告待{step@reportStep}', en: '{project} {period}: the quarterly report waits to be {step@reportStep}' },
  'reminder.ARCHIVE_DUE': { 'zh-CN': '{project} {period} 须于 {date} 前存档', en: '{project} {period} must be archived by {date}' },
  'notification.notYours': { 'zh-CN': '通知不存在', en: 'no such notification' },
  'webhook.urlInvalid': { 'zh-CN': '地址须为 http:// 或 https:// 开头的完整网址', en: 'the URL must be a full http:// or https:// address' },
  'webhook.urlPrivate': { 'zh-CN': '不允许发送到内网或本机地址（{host}）', en: 'private, loopback and link-local targets are not allowed ({host})' },
  'webhook.secretTooShort': { 'zh-CN': '签名密钥至少 16 个字符', en: 'the signing secret must be at least 16 characters' },
  'webhook.noEvents': { 'zh-CN': '至少选择一个事件', en: 'choose at least one event' },
  'webhook.notFound': { 'zh-CN': 'Webhook 不存在', en: 'no such webhook' },
  'webhook.deliveryNotFound': { 'zh-CN': '投递记录不存在', en: 'no such delivery' },
} as const satisfies Record<string, { 'zh-CN': string; en: string }>;

export type MessageKey = keyof typeof MESSAGE_CATALOGUE;
export type MessageArgs = Readonly<Record<string, string | number>>;

/** A text of the catalogue with its arguments: what a failure carries instead of a finished sentence. */
export interface Message {
  key: MessageKey;
  args?: MessageArgs;
}

export const msg = (key: MessageKey, args?: MessageArgs): Message => (args ? { key, args } : { key });

export const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && Object.hasOwn(MESSAGE_CATALOGUE, key);

/** "15 分钟" / "15 minutes" for a wait in seconds (rounded up; seconds below a minute, hours from two hours). */
export function formatDuration(seconds: number, language: Language): string {
  if (seconds < 60) return language === 'en' ? `${seconds} seconds` : `${seconds} 秒`;
  if (seconds < 7200) {
    const minutes = Math.ceil(seconds / 60);
    return language === 'en' ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${minutes} 分钟`;
  }
  const hours = Math.ceil(seconds / 3600);
  return language === 'en' ? `${hours} hours` : `${hours} 小时`;
}

const labelOf = (labels: Record<string, Record<Language, string>>, code: string, language: Language) => labels[code]?.[language] ?? code;

const FORMATS: Record<string, (value: string, language: Language) => string> = {
  duration: (value, language) => formatDuration(Number(value), language),
  role: (value, language) => labelOf(ROLE_LABELS, value, language),
  callbackStatus: (value, language) => labelOf(CALLBACK_STATUS_LABELS, value, language),
  column: (value, language) => labelOf(CALLBACK_RECORD_COLUMNS, value, language),
  workQueue: (value, language) => labelOf(WORK_QUEUE_LABELS, value, language),
  reportStep: (value, language) => labelOf(REPORT_STEP_LABELS, value, language),
};

/** the next step a quarterly report waits for (reminder.REPORT_WAITING) */
const REPORT_STEP_LABELS: Record<string, Record<Language, string>> = {
  REVIEW: { 'zh-CN': '审核', en: 'reviewed' },
  REPORT: { 'zh-CN': '上报', en: 'reported' },
};

/** One text of the catalogue in a language, its placeholders filled. */
export function formatMessage(message: Message, language: Language): string {
  const template: string = MESSAGE_CATALOGUE[message.key][language];
  return template.replace(/\{(\w+)(?:@(\w+))?\}/g, (_, name: string, format: string | undefined) => {
    const value = message.args?.[name];
    if (value === undefined) return '';
    return format && FORMATS[format] ? FORMATS[format](String(value), language) : String(value);
  });
}

/** The `message` the API has always sent: "中文 (English)". */
export const apiMessage = (message: Message): string => `${formatMessage(message, 'zh-CN')} (${formatMessage(message, 'en')})`;

/** The arguments as the GraphQL schema carries them: name/value pairs, values as text. */
export const messageArgumentList = (args: MessageArgs | undefined): { name: string; value: string }[] =>
  Object.entries(args ?? {}).map(([name, value]) => ({ name, value: String(value) }));
