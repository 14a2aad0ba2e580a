import { Role } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireCaller, requireViewer } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { idArgument, periodArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { relatedOrNull } from '../../db/read-model';
import { Callback } from './callback.entity';
import { planSpotChecks, proposeSpotChecks } from './spot-check.service';
import { spotCheckAgreement, SpotCheckAgreement } from './spot-check.rules';
import { PlanSpotChecksInput, PlanSpotChecksPayload, SpotCheckProposal } from './spot-check.types';

/** 抽查回访 (seed 004): the service supervisor's proposal and planning; the agreement of a spot check with its record. */
@Resolver(() => Callback)
export class SpotCheckResolver {
  @Authorized(Role.SUPERVISOR, Role.AUDITOR)
  @Query(() => SpotCheckProposal, { description: "抽查回访: the period's quota of repair records to re-check, the system's reproducible proposal, and the spot checks planned" })
  async proposeSpotChecks(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ) {
    const [id] = projectArgument(requireCaller(ctx), projectId);
    return proposeSpotChecks(ctx.em, id, periodArgument(period));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => PlanSpotChecksPayload, { description: '安排抽查: one SPOT_CHECK callback for the supervisor per chosen record; all or nothing' })
  async planSpotChecks(@Arg('input', () => PlanSpotChecksInput) input: PlanSpotChecksInput, @Ctx() ctx: Context): Promise<PlanSpotChecksPayload> {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(async () => ({
      spotChecks: await planSpotChecks(ctx.em, viewer, {
        projectId: projectInput(viewer, input.projectId),
        period: periodArgument(input.period),
        callbackIds: input.callbackIds.map((id, index) => idArgument(id, 'Callback', ['callbackIds', String(index)])),
      }),
    }));
    return { spotChecks: result.spotChecks ?? [], userErrors: result.userErrors };
  }

  @FieldResolver(() => Callback, { nullable: true, description: '抽查回访: the record this spot check re-checks' })
  spotCheckOf(@Root() callback: Callback) {
    return relatedOrNull(callback.spotCheckOf);
  }

  @FieldResolver(() => SpotCheckAgreement, { nullable: true, description: '抽查回访: 一致 / 不一致 with the re-checked record (satisfaction and result), 待回访 until recorded; null for other callbacks' })
  async spotCheckAgreement(@Root() callback: Callback): Promise<SpotCheckAgreement | null> {
    const original = await relatedOrNull(callback.spotCheckOf);
    return original ? spotCheckAgreement(callback, original) : null;
  }
}
