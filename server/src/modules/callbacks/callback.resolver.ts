import { ApiScope, CALLBACK_PERFORMERS, CALLBACK_REASSIGNERS, CALLBACK_STAFF, CALLBACK_VOIDERS, CallbackStatus, messageArgumentList, Role, toLocalDate } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pageSizeFor } from '../../graphql/limits';
import { SortDirection } from '../../graphql/enums';
import { paginate } from '../../graphql/paginate';
import { related, relatedOrNull } from '../../db/read-model';
import { withUserErrors } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { VoidInput } from '../tickets/ticket.types';
import { requireCaller, requireViewer } from '../../graphql/context';
import { idArgument, idOrRefusal, optionalIdArgument, optionalPeriodArgument, projectArgument } from '../../graphql/arguments';
import { User } from '../users/user.entity';
import { Callback, CallbackAttempt } from './callback.entity';
import { readCallbackPage } from './callback-page.read-model';
import { callbackWhere } from './callback.query';
import {
  addCallback, closeCallback, escalateCallback, reassignCallback, recordAttempt, recordCallbackResult, reviewCallback, updateCallbacks,
  voidCallback, writeHandlingOpinion,
} from './callback.service';
import {
  AddCallbackInput, CallbackActionInput, CallbackConnection, CallbackFilter, CallbackOrder, CallbackOrderField,
  CallbackPayload, ReassignCallbackInput, RecordAttemptInput, RecordCallbackResultInput, UpdateCallbacksInput, UpdateCallbacksPayload,
} from './callback.types';
import { isOverdue } from './overdue';
import { ArchivedPeriod } from '../archives/archived-period.entity';
import { carryOverLoader } from '../archives/carry-over.loader';

/** A callback action's input with its id decoded. */
function withCallbackId<T extends { id: string }>(input: T): Omit<T, 'id'> & { id: number } {
  return { ...input, id: idArgument(input.id, 'Callback') };
}

@Resolver(() => Callback)
export class CallbackResolver {
  @Authorized(ApiScope.CALLBACKS_READ)
  @Query(() => CallbackConnection, { description: '《业主回访记录表》 rows, in serial order by default' })
  async callbacks(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–500 for staff, 1–100 for API tokens; default 50' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CallbackFilter, { nullable: true }) filter?: CallbackFilter,
    @Arg('orderBy', () => CallbackOrder, { nullable: true }) orderBy?: CallbackOrder,
  ) {
    const caller = requireCaller(ctx);
    const projectIds = projectArgument(caller, filter?.projectId);
    const period = optionalPeriodArgument(filter?.period, ['filter', 'period']);
    const query = {
      projectIds,
      kinds: filter?.kinds,
      statuses: filter?.statuses,
      purposes: filter?.purposes,
      period,
      // 跨期: the period's sheet also lists the callbacks carried over into it from an archived earlier period
      carriedInto: period ? await ctx.em.getRepository(ArchivedPeriod).carriedInto(projectIds, period) : null,
      assigneeId: optionalIdArgument(filter?.assigneeId, 'User', ['filter', 'assigneeId']),
      overdue: filter?.overdue,
      due: filter?.due,
      dueBy: filter?.dueBy,
      text: filter?.text,
    };
    return paginate(ctx.em, Callback, callbackWhere(caller, query), {
      first: pageSizeFor(ctx, first),
      after,
      orderBy: orderBy?.field ?? CallbackOrderField.SERIAL_CODE,
      direction: orderBy?.direction ?? SortDirection.ASC,
    }, readCallbackPage(ctx.em));
  }

  @FieldResolver(() => Ticket)
  ticket(@Root() callback: Callback) {
    return related(callback.ticket);
  }

  @FieldResolver(() => Project)
  project(@Root() callback: Callback) {
    return related(callback.project);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() callback: Callback) {
    return relatedOrNull(callback.assignee);
  }

  @FieldResolver(() => User, { nullable: true })
  coAssignee(@Root() callback: Callback) {
    return relatedOrNull(callback.coAssignee);
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() callback: Callback) {
    return relatedOrNull(callback.recordedBy);
  }

  @FieldResolver(() => User, { nullable: true, description: '审核人' })
  reviewedBy(@Root() callback: Callback) {
    return relatedOrNull(callback.reviewedBy);
  }

  @FieldResolver(() => User, { nullable: true })
  escalatedTo(@Root() callback: Callback) {
    return relatedOrNull(callback.escalatedTo);
  }

  @FieldResolver(() => User, { nullable: true })
  handlingBy(@Root() callback: Callback) {
    return relatedOrNull(callback.handlingBy);
  }

  @FieldResolver(() => Boolean, { description: 'window passed without being done (derived)' })
  overdue(@Root() callback: Callback): boolean {
    return isOverdue(callback.status, callback.windowTo, toLocalDate(new Date()));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '跨期: the archived period this callback was carried over from (still open when it was archived; recordable until done, voided or its window closes), else null',
  })
  carriedOverFrom(@Root() callback: Callback, @Ctx() ctx: Context): Promise<string | null> {
    return carryOverLoader(ctx.em).load(callback.id);
  }

  @FieldResolver(() => Boolean)
  voided(@Root() callback: Callback): boolean {
    return callback.status === CallbackStatus.VOIDED;
  }

  @FieldResolver(() => [CallbackAttempt])
  attempts(@Root() callback: Callback, @Ctx() ctx: Context): Promise<CallbackAttempt[]> {
    return ctx.em.find(CallbackAttempt, { callback: callback.id }, { orderBy: { attemptedAt: 'asc', id: 'asc' } });
  }

  @Authorized(...CALLBACK_STAFF)
  @Mutation(() => UpdateCallbacksPayload, { description: 'many cell edits at once (grid paste); each row with its version' })
  async updateCallbacks(@Arg('input', () => UpdateCallbacksInput) input: UpdateCallbacksInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(() =>
      updateCallbacks(ctx.em, viewer, input.rows.map((row, index) => {
        // a malformed id refuses its row only, like every other cell of a paste
        const decoded = idOrRefusal(row.id, 'Callback', ['rows', String(index), 'id']);
        return 'refused' in decoded ? decoded : { ...row, id: decoded.id };
      })),
    );
    return {
      callbacks: result.callbacks ?? [], savedCount: result.savedCount ?? 0, userErrors: result.userErrors,
      // a warning's catalogue arguments as the schema's name/value pairs
      warnings: (result.warnings ?? []).map((w) => ({ ...w, messageKey: w.messageKey ?? null, args: messageArgumentList(w.args) })),
    };
  }

  @Authorized(Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
  @Mutation(() => CallbackPayload, { description: 'add a callback for any ticket by hand' })
  async addCallback(@Arg('input', () => AddCallbackInput) input: AddCallbackInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      callback: await addCallback(ctx.em, viewer, {
        ...input,
        ticketId: idArgument(input.ticketId, 'Ticket', 'ticketId'),
        assigneeId: optionalIdArgument(input.assigneeId, 'User', 'assigneeId'),
      }),
    }));
  }

  @Authorized(...CALLBACK_PERFORMERS)
  @Mutation(() => CallbackPayload, { description: 'an attempt that reached nobody, or an owner who asked to be called later' })
  async recordCallbackAttempt(@Arg('input', () => RecordAttemptInput) input: RecordAttemptInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await recordAttempt(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(...CALLBACK_PERFORMERS)
  @Mutation(() => CallbackPayload, { description: 'record the result of a callback (the whole row)' })
  async recordCallbackResult(@Arg('input', () => RecordCallbackResultInput) input: RecordCallbackResultInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await recordCallbackResult(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => CallbackPayload, { description: '审核: qualified → REVIEWED, unqualified → ESCALATED to the project manager' })
  async reviewCallback(@Arg('input', () => CallbackActionInput) input: CallbackActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await reviewCallback(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => CallbackPayload, { description: '上报项目经理' })
  async escalateCallback(@Arg('input', () => CallbackActionInput) input: CallbackActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await escalateCallback(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(Role.PROJECT_MANAGER)
  @Mutation(() => CallbackPayload, { description: '提交处理意见并关闭: writes the handling opinion (and follow-up) and closes the escalated callback' })
  async writeHandlingOpinion(@Arg('input', () => CallbackActionInput) input: CallbackActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await writeHandlingOpinion(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(Role.SUPERVISOR, Role.PROJECT_MANAGER)
  @Mutation(() => CallbackPayload, { description: '关闭: reviewed or unreachable (supervisor); escalated with its handling opinion (project manager)' })
  async closeCallback(@Arg('input', () => CallbackActionInput) input: CallbackActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await closeCallback(ctx.em, viewer, withCallbackId(input)) }));
  }

  @Authorized(...CALLBACK_REASSIGNERS)
  @Mutation(() => CallbackPayload, { description: '改派: gives a planned callback to other clerks of its project, with an optional reason' })
  async reassignCallback(@Arg('input', () => ReassignCallbackInput) input: ReassignCallbackInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      callback: await reassignCallback(ctx.em, viewer, {
        ...withCallbackId(input),
        assigneeIds: input.assigneeIds.map((id, index) => idArgument(id, 'User', ['assigneeIds', String(index)])),
      }),
    }));
  }

  @Authorized(...CALLBACK_VOIDERS)
  @Mutation(() => CallbackPayload, { description: '作废: kept with its serial code and the reason' })
  async voidCallback(@Arg('input', () => VoidInput) input: VoidInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callback: await voidCallback(ctx.em, viewer, withCallbackId(input)) }));
  }
}
