import { ApiScope, PolicyPresetName, Role } from '@hf/shared';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { idArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { requireCaller, requireViewer } from '../../graphql/context';
import { CallbackPolicy } from './callback-policy.entity';
import { applyPresetForViewer, updatePolicyStages } from './policy.service';
import { PolicyStageInput } from './policy-stage.type';

registerEnumType(PolicyPresetName, { name: 'PolicyPresetName', description: 'STANDARD_000 (default), RAISED_001, DAILY_REPAIR_004' });

@InputType()
class UpdateCallbackPolicyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [PolicyStageInput]) stages!: PolicyStageInput[];
}

@InputType()
class ApplyPolicyPresetInput {
  @Field(() => ID) projectId!: string;
  @Field(() => PolicyPresetName) preset!: PolicyPresetName;
}

@ObjectType()
class CallbackPolicyPayload {
  @Field(() => CallbackPolicy, { nullable: true }) policy?: CallbackPolicy | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class ApplyPolicyPresetPayload {
  @Field(() => [CallbackPolicy]) policies!: CallbackPolicy[];
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver(() => CallbackPolicy)
export class PolicyResolver {
  @Authorized(ApiScope.CALLBACKS_READ)
  @Query(() => [CallbackPolicy], { description: 'the callback policies of a project (回访时效 and 回访率 per kind)' })
  callbackPolicies(@Ctx() ctx: Context, @Arg('projectId', () => ID, { nullable: true }) projectId?: string): Promise<CallbackPolicy[]> {
    const viewer = requireCaller(ctx);
    return ctx.em.find(CallbackPolicy, { project: { $in: projectArgument(viewer, projectId) } }, { orderBy: { project: 'asc', kind: 'asc', severity: 'asc' } });
  }

  @Authorized(Role.ADMIN, Role.SUPERVISOR)
  @Mutation(() => CallbackPolicyPayload, { description: 'the supervisor sets rates (e.g. OTHER); the admin maintains policies' })
  async updateCallbackPolicy(@Arg('input', () => UpdateCallbackPolicyInput) input: UpdateCallbackPolicyInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ policy: await updatePolicyStages(ctx.em, viewer, { ...input, id: idArgument(input.id, 'CallbackPolicy') }) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApplyPolicyPresetPayload)
  async applyPolicyPreset(@Arg('input', () => ApplyPolicyPresetInput) input: ApplyPolicyPresetInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(async () => ({ policies: await applyPresetForViewer(ctx.em, projectInput(viewer, input.projectId), input.preset) }));
    return { policies: result.policies ?? [], userErrors: result.userErrors };
  }
}
