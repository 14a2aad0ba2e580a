import { ApiScope, CallbackPurpose, Role, SamplingOutcome, TICKET_VOIDERS, TICKET_WRITERS } from '@hf/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pageSizeFor } from '../../graphql/limits';
import { SortDirection } from '../../graphql/enums';
import { paginate } from '../../graphql/paginate';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { Callback } from '../callbacks/callback.entity';
import { Project } from '../projects/project.entity';
import { idArgument, optionalPeriodArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { requireCaller, requireViewer } from '../../graphql/context';
import { Ticket } from './ticket.entity';
import { ticketWhere } from './ticket.query';
import { closeTicket, completeTicket, createTicket, updateTicket, voidTicket } from './ticket.service';
import {
  CompleteTicketInput, CreateTicketInput, TicketConnection, TicketFilter, TicketOrder, TicketOrderField, TicketPayload,
  TicketActionInput, UpdateTicketInput, VoidInput,
} from './ticket.types';

@ObjectType('SamplingDecision', { description: "one stage of the ticket's policy at completion: whether sampling called it back, and the period's tally" })
class SamplingDecisionType {
  @Field(() => Int) stageIndex!: number;
  @Field(() => CallbackPurpose) purpose!: CallbackPurpose;
  @Field(() => Int, { description: '回访率 of the stage' }) ratePercent!: number;
  @Field(() => String, { description: 'the period of the tally, e.g. 2026Q4' }) period!: string;
  @Field(() => Int, { description: 'tickets of this kind completed in the period, this one included' }) completed!: number;
  @Field(() => Int, { description: 'callbacks selected in the period, after this decision' }) selected!: number;
  @Field(() => SamplingOutcome) outcome!: SamplingOutcome;
}

@ObjectType()
class CompleteTicketPayload {
  @Field(() => Ticket, { nullable: true }) ticket?: Ticket | null;
  @Field(() => [Callback], { description: 'the callbacks scheduled by the policy and sampling' }) callbacks!: Callback[];
  @Field(() => [SamplingDecisionType], { description: "why: each stage's sampling decision (empty when the kind has no policy)" })
  sampling!: SamplingDecisionType[];
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Authorized(ApiScope.TICKETS_READ)
  @Query(() => TicketConnection, { description: '工单登记 (incl. the complaint register)' })
  async tickets(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–500 for staff, 1–100 for API tokens; default 50' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter?: TicketFilter,
    @Arg('orderBy', () => TicketOrder, { nullable: true }) orderBy?: TicketOrder,
  ) {
    const caller = requireCaller(ctx);
    const query = {
      projectIds: projectArgument(caller, filter?.projectId),
      kinds: filter?.kinds,
      statuses: filter?.statuses,
      period: optionalPeriodArgument(filter?.period, ['filter', 'period']),
      text: filter?.text,
    };
    return paginate(ctx.em, Ticket, ticketWhere(caller, query), {
      first: pageSizeFor(ctx, first),
      after,
      orderBy: orderBy?.field ?? TicketOrderField.NUMBER,
      direction: orderBy?.direction ?? SortDirection.ASC,
    });
  }

  @FieldResolver(() => Project)
  project(@Root() ticket: Ticket): Promise<Project> {
    return ticket.project.loadOrFail();
  }

  @FieldResolver(() => String, { nullable: true, description: 'department involved (被投诉部门 for complaints)' })
  async department(@Root() ticket: Ticket): Promise<string | null> {
    return ticket.department ? ((await ticket.department.load())?.name ?? null) : null;
  }

  @Authorized(ApiScope.CALLBACKS_READ)
  @FieldResolver(() => [Callback])
  callbacks(@Root() ticket: Ticket, @Ctx() ctx: Context): Promise<Callback[]> {
    return ctx.em.find(Callback, { ticket: ticket.id }, { orderBy: { serialCode: 'asc' } });
  }

  @Authorized<Role | ApiScope>(...TICKET_WRITERS, ApiScope.TICKETS_WRITE)
  @Mutation(() => TicketPayload, { description: 'also for a call-centre system with an API token holding tickets:write' })
  async createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Ctx() ctx: Context) {
    const caller = requireCaller(ctx);
    return withUserErrors(async () => ({ ticket: await createTicket(ctx.em, caller, { ...input, projectId: projectInput(caller, input.projectId) }) }));
  }

  @Authorized(...TICKET_WRITERS)
  @Mutation(() => TicketPayload)
  async updateTicket(@Arg('input', () => UpdateTicketInput) input: UpdateTicketInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ ticket: await updateTicket(ctx.em, viewer, { ...input, id: idArgument(input.id, 'Ticket') }) }));
  }

  @Authorized(...TICKET_WRITERS)
  @Mutation(() => CompleteTicketPayload, { description: '处理完毕: schedules the callbacks its policy and sampling call for' })
  async completeTicket(@Arg('input', () => CompleteTicketInput) input: CompleteTicketInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(() => completeTicket(ctx.em, viewer, { ...input, id: idArgument(input.id, 'Ticket') }));
    return { ticket: result.ticket ?? null, callbacks: result.callbacks ?? [], sampling: result.sampling ?? [], userErrors: result.userErrors };
  }

  @Authorized(...TICKET_WRITERS)
  @Mutation(() => TicketPayload)
  async closeTicket(@Arg('input', () => TicketActionInput) input: TicketActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ ticket: await closeTicket(ctx.em, viewer, idArgument(input.id, 'Ticket'), input.version) }));
  }

  @Authorized(...TICKET_VOIDERS)
  @Mutation(() => TicketPayload, { description: '作废 with a reason; the ticket and its number are kept' })
  async voidTicket(@Arg('input', () => VoidInput) input: VoidInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ ticket: await voidTicket(ctx.em, viewer, { ...input, id: idArgument(input.id, 'Ticket') }) }));
  }
}
