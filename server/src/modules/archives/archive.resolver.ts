import { ApiScope, Role } from '@hf/shared';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { periodArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { requireCaller, requireViewer } from '../../graphql/context';
import { archivePeriod, archiveStatus, previousPeriod } from './archive.service';
import { ArchivePeriodInput, ArchivePeriodPayload, ArchiveStatus } from './archive.types';

@Resolver()
export class ArchiveResolver {
  @Authorized(ApiScope.STATISTICS_READ)
  @Query(() => ArchiveStatus, { description: '存档状态; by default the period due for archiving now (the previous one)' })
  async archiveStatus(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('period', () => String, { nullable: true }) period?: string,
  ): Promise<ArchiveStatus> {
    const [id] = projectArgument(requireCaller(ctx), projectId);
    const project = await ctx.em.findOneOrFail(Project, id);
    return archiveStatus(ctx.em, project, periodArgument(period || previousPeriod(project, new Date())));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => ArchivePeriodPayload, { description: '存档: every record of the period becomes read-only (mutations answer ARCHIVED)' })
  async archivePeriod(@Arg('input', () => ArchivePeriodInput) input: ArchivePeriodInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      archive: await archivePeriod(ctx.em, viewer, projectInput(viewer, input.projectId), periodArgument(input.period)),
    }));
  }
}
