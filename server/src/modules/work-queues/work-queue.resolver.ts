import { ApiScope, hasWorkQueue, ROLE_LABELS, WORK_QUEUE_LABELS, WorkQueueKind, msg } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { forbiddenError } from '../../graphql/context';
import { type Context } from '../../graphql/context';
import { type Caller, isTokenCaller } from '../../core/caller';
import { pageSizeFor } from '../../graphql/limits';
import { optionalIdArgument, projectArgument } from '../../graphql/arguments';
import { ArchiveStatus } from '../archives/archive.types';
import { requireCaller } from '../../graphql/context';
import { businessClock } from './work-queue.rules';
import * as queues from './work-queue.service';
import { type CallbackQueueKind, isCallbackQueue, type ReportQueueKind } from './work-queue.sql';
import {
  CallbackQueueConnection, ProjectArchiveOverviewConnection, ReportQueueConnection, ReportStateCount, SpotCheckQuota, TargetAtRisk,
  WorkQueueCounts, WorkQueues,
} from './work-queue.types';

/** An API token reads a queue of callbacks with callbacks:read, the report, archive and statistics queues with statistics:read. */
const scopeOf = (kind: WorkQueueKind): ApiScope => (isCallbackQueue(kind) ? ApiScope.CALLBACKS_READ : ApiScope.STATISTICS_READ);

/** A queue is read only as one of its person's role (a clerk has no review queue), and by a token only with its scope. */
function assertQueue(ctx: Context, root: WorkQueues, kind: WorkQueueKind): void {
  if (!hasWorkQueue(root.user.role, kind)) {
    throw forbiddenError(msg('workQueue.notForRole', { queue: kind, role: root.user.role }));
  }
  const caller = ctx.caller;
  if (isTokenCaller(caller) && !caller.token.scopes.includes(scopeOf(kind))) {
    throw forbiddenError(msg('token.lacksScope', { scopes: scopeOf(kind) }));
  }
}

const USER_ID = { nullable: true, description: 'whose work: your own (staff, default); an API token must name the user' } as const;
const PROJECT_ID = { nullable: true, description: 'only this project (default: every project of the person)' } as const;
const FIRST = { nullable: true, description: '1–500 for staff, 1–100 for API tokens; default 50' } as const;

/** Whose 待办: the arguments decoded at the edge (a malformed user id BAD_USER_INPUT, a foreign project FORBIDDEN). */
function subjectArguments(caller: Caller, userId?: string | null, projectId?: string | null) {
  return { userId: optionalIdArgument(userId, 'User', 'userId'), projectId: projectId ? projectArgument(caller, projectId)[0] : null };
}

@Resolver(() => WorkQueues)
export class WorkQueueResolver {
  @Authorized(ApiScope.CALLBACKS_READ, ApiScope.STATISTICS_READ)
  @Query(() => WorkQueues, { description: '待办: the work queues of the signed-in person (or, for an API token, of the user named)' })
  async workQueues(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, USER_ID) userId?: string,
    @Arg('projectId', () => ID, PROJECT_ID) projectId?: string,
  ): Promise<WorkQueues> {
    const caller = requireCaller(ctx);
    const { user, subject } = await queues.resolveSubject(ctx.em, caller, subjectArguments(caller, userId, projectId));
    return queues.workQueues(user, subject, businessClock());
  }

  @Authorized(ApiScope.CALLBACKS_READ, ApiScope.STATISTICS_READ)
  @Query(() => WorkQueueCounts, { description: '待办 counts for the navigation badges, in one statement' })
  async workQueueCounts(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, USER_ID) userId?: string,
    @Arg('projectId', () => ID, PROJECT_ID) projectId?: string,
  ): Promise<WorkQueueCounts> {
    const caller = requireCaller(ctx);
    const { user, subject } = await queues.resolveSubject(ctx.em, caller, subjectArguments(caller, userId, projectId));
    const root = queues.workQueues(user, subject, businessClock());
    // a token counts only the queues it may read
    if (isTokenCaller(caller)) root.kinds = root.kinds.filter((kind) => caller.token.scopes.includes(scopeOf(kind)));
    return { user, today: root.today, ...(await queues.workQueueCounts(ctx.em, root)) };
  }

  private callbacks(ctx: Context, root: WorkQueues, kind: CallbackQueueKind, first?: number | null, after?: string | null) {
    assertQueue(ctx, root, kind);
    return queues.callbackQueuePage(ctx.em, root, kind, pageSizeFor(ctx, first), after);
  }

  private reports(ctx: Context, root: WorkQueues, kind: ReportQueueKind, first?: number | null, after?: string | null) {
    assertQueue(ctx, root, kind);
    return queues.reportQueuePage(ctx.em, root, kind, pageSizeFor(ctx, first), after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客服管家: my planned callbacks whose window closes today' })
  callbacksDueToday(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.CALLBACKS_DUE_TODAY, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客服管家: … whose window closes within the next 2 days' })
  callbacksDueSoon(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.CALLBACKS_DUE_SOON, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客服管家: … whose window has closed, most overdue first' })
  callbacksOverdue(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.CALLBACKS_OVERDUE, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客服管家: owners who asked to be called later, and the agreed time has come' })
  callLaterDue(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.CALL_LATER_DUE, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客服管家: my records still within the correction window' })
  correctionsOpen(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.CORRECTIONS_OPEN, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客户服务部主管: done records waiting for review, oldest first' })
  recordsToReview(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.RECORDS_TO_REVIEW, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '客户服务部主管: spot checks opened by an owner disputing a phone result (业主有异议), by the end of their window' })
  ownerDisputes(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.OWNER_DISPUTES, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '部门主管: general complaints against my department waiting for the joint callback' })
  jointComplaintCallbacks(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.JOINT_COMPLAINT_CALLBACKS, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '项目经理: escalated callbacks without a handling opinion, oldest first' })
  escalationsWithoutOpinion(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.ESCALATIONS_WITHOUT_OPINION, first, after);
  }

  @FieldResolver(() => CallbackQueueConnection, { nullable: true, description: '项目经理: callbacks of major complaints to organise' })
  majorComplaintsToOrganise(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.callbacks(ctx, root, WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE, first, after);
  }

  @FieldResolver(() => ReportQueueConnection, { nullable: true, description: '客户服务部主管: submitted reports to review, oldest first' })
  reportsToReview(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.reports(ctx, root, WorkQueueKind.REPORTS_TO_REVIEW, first, after);
  }

  @FieldResolver(() => ReportQueueConnection, { nullable: true, description: '项目经理: reviewed reports to receive (mark REPORTED), oldest first' })
  reportsToMarkReported(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return this.reports(ctx, root, WorkQueueKind.REPORTS_TO_MARK_REPORTED, first, after);
  }

  @FieldResolver(() => [SpotCheckQuota], { nullable: true, description: "客户服务部主管: the current period's spot-check quota per project" })
  spotCheckQuota(@Root() root: WorkQueues, @Ctx() ctx: Context) {
    assertQueue(ctx, root, WorkQueueKind.SPOT_CHECK_QUOTA);
    return queues.spotCheckQuotas(ctx.em, root);
  }

  @FieldResolver(() => [TargetAtRisk], { nullable: true, description: '客户服务部主管: kinds whose achieved rate is below the target this period' })
  targetsAtRisk(@Root() root: WorkQueues, @Ctx() ctx: Context) {
    assertQueue(ctx, root, WorkQueueKind.TARGETS_AT_RISK);
    return queues.targetsAtRiskOf(ctx.em, root);
  }

  @FieldResolver(() => [ArchiveStatus], { nullable: true, description: '客户服务部主管: per project, the period due for archiving now, its due date and reminder' })
  archiveDue(@Root() root: WorkQueues, @Ctx() ctx: Context) {
    assertQueue(ctx, root, WorkQueueKind.ARCHIVE_DUE);
    return queues.archiveDue(ctx.em, root);
  }

  @FieldResolver(() => ProjectArchiveOverviewConnection, { nullable: true, description: '品质管理部: every project with its last four ended periods, archived or not' })
  archiveOverview(@Root() root: WorkQueues, @Ctx() ctx: Context, @Arg('first', () => Int, FIRST) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    assertQueue(ctx, root, WorkQueueKind.ARCHIVE_OVERVIEW);
    return queues.archiveOverview(ctx.em, root, pageSizeFor(ctx, first), after);
  }

  @FieldResolver(() => [ReportStateCount], { nullable: true, description: '品质管理部: quarterly reports per state' })
  reportsByState(@Root() root: WorkQueues, @Ctx() ctx: Context) {
    assertQueue(ctx, root, WorkQueueKind.REPORTS_BY_STATE);
    return queues.reportsByState(ctx.em, root);
  }
}
