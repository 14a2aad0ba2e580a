import { ApiScope, type Role } from '@hf/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isTokenCaller } from '../../core/caller';
import { projectArgument, resolvePeriod } from '../../graphql/arguments';
import type { Context } from '../../graphql/context';
import { forbiddenError, requireCaller } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { STAFF_RESULTS_OWN_ROW, STAFF_RESULTS_READERS, staffResultsScope } from './staff-results.rules';
import { computeStaffResults } from './staff-results.service';
import { StaffResults } from './staff-results.types';

@Resolver()
export class StaffResultsResolver {
  @Authorized<Role | ApiScope>(...STAFF_RESULTS_READERS, ...STAFF_RESULTS_OWN_ROW, ApiScope.STATISTICS_READ)
  @Query(() => StaffResults, {
    description: '考核: per clerk and per handler/department for a project and period (the current one when none is given); supervisors, project managers, auditors and admins see every row, a clerk their own row only',
  })
  async staffResults(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('period', () => String, { nullable: true, description: '2026Q3, or 2026-07 (monthly)' }) period?: string,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'judge OVERDUE as of this day (default today)' }) asOf?: string,
  ): Promise<StaffResults> {
    const caller = requireCaller(ctx);
    const [id] = projectArgument(caller, projectId);
    const scope = staffResultsScope(isTokenCaller(caller) ? { token: true } : { role: caller.user.role, userId: caller.user.id });
    if (scope.kind === 'NONE') throw forbiddenError();
    const now = new Date();
    const range = resolvePeriod(await ctx.em.findOneOrFail(Project, id), period, now);
    return computeStaffResults(ctx.em, id, range, scope, now, asOf);
  }
}
