import { ApiScope, MAX_TEXT_LENGTH, Role, TicketKind } from '@hf/shared';
import { MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireCaller, requireViewer } from '../../graphql/context';
import { projectArgument, projectInput } from '../../graphql/arguments';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { User } from '../users/user.entity';
import { callScriptsOf, updateCallScript, type CallScriptView } from './call-script.service';

@ObjectType({ description: '规范用语: what a clerk says on a callback of this kind; {业主} {项目} {回访人} {事项} are filled beside the row' })
class CallScriptType {
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => String, { description: '开场白' }) greeting!: string;
  @Field(() => String, { description: '回访问题, one per line' }) questions!: string;
  @Field(() => String, { description: '结束语' }) closing!: string;
  @Field(() => String, { description: '业主不方便时' }) busyReply!: string;
  @Field(() => Int, { description: '0 while the project uses the standard wording' }) version!: number;
  @Field(() => Boolean, { description: 'the standard wording of the procedures (seed 000, 003), not changed for this project' }) standard!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true }) updatedAt!: Date | null;
  updatedById!: number | null;
}

@InputType()
class UpdateCallScriptInput {
  @Field(() => ID) projectId!: string;
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => Int, { description: 'the version read (0: the standard wording)' }) version!: number;
  @Field(() => String) @MaxLength(MAX_TEXT_LENGTH * 2) greeting!: string;
  @Field(() => String) @MaxLength(MAX_TEXT_LENGTH * 2) questions!: string;
  @Field(() => String) @MaxLength(MAX_TEXT_LENGTH * 2) closing!: string;
  @Field(() => String) @MaxLength(MAX_TEXT_LENGTH * 2) busyReply!: string;
}

@ObjectType()
class CallScriptPayload {
  @Field(() => CallScriptType, { nullable: true }) callScript?: CallScriptView | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver(() => CallScriptType)
export class CallScriptResolver {
  @Authorized(ApiScope.CALLBACKS_READ)
  @Query(() => [CallScriptType], { description: '规范用语 of a project, one per ticket kind' })
  callScripts(@Ctx() ctx: Context, @Arg('projectId', () => ID) projectId: string): Promise<CallScriptView[]> {
    const [id] = projectArgument(requireCaller(ctx), projectId);
    return callScriptsOf(ctx.em, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CallScriptPayload, { description: 'the administrator changes the script of a kind' })
  async updateCallScript(@Arg('input', () => UpdateCallScriptInput) input: UpdateCallScriptInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ callScript: await updateCallScript(ctx.em, viewer, { ...input, projectId: projectInput(viewer, input.projectId) }) }));
  }

  @FieldResolver(() => User, { nullable: true, description: 'who changed it last' })
  updatedBy(@Root() script: CallScriptView, @Ctx() ctx: Context): Promise<User | null> | null {
    return script.updatedById ? ctx.em.findOne(User, script.updatedById) : null;
  }
}
