import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ApiScope } from '@hf/shared';
import { projectArgument, resolvePeriod } from '../../graphql/arguments';
import { requireCaller } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { computeQuarterlyStatistics } from './statistics.service';
import { QuarterlyStatistics } from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @Authorized(ApiScope.STATISTICS_READ)
  @Query(() => QuarterlyStatistics, { description: '季度统计分析 of one project; the current period (project setting) when none is given' })
  async quarterlyStatistics(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('period', () => String, { nullable: true, description: '2026Q3, or 2026-07 (monthly)' }) period?: string,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'judge OVERDUE as of this day (default today)' }) asOf?: string,
  ): Promise<QuarterlyStatistics> {
    const [id] = projectArgument(requireCaller(ctx), projectId);
    const now = new Date();
    const range = resolvePeriod(await ctx.em.findOneOrFail(Project, id), period, now);
    return computeQuarterlyStatistics(ctx.em, id, range, now, asOf);
  }
}
