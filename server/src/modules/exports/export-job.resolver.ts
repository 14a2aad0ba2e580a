import { WORKBOOK_EXPORTERS } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { periodArgument, projectInput } from '../../graphql/arguments';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { WorkbookExport } from './workbook-export.entity';
import { WorkbookExportJob } from './workbook-export-job.entity';
import { queueQuarterlyWorkbookExport } from './export-job.service';
import { exportsPage } from './workbook-export.resolver';
import { ExportQuarterlyWorkbookInput, QueueQuarterlyWorkbookExportPayload, WorkbookExportJobConnection } from './workbook-export.types';

/** 导出任务: exports in the background, for the same roles as exportQuarterlyWorkbook. */
@Resolver(() => WorkbookExportJob)
export class WorkbookExportJobResolver {
  @Authorized(...WORKBOOK_EXPORTERS)
  @Mutation(() => QueueQuarterlyWorkbookExportPayload, {
    description: '导出季度工作簿 (in the background): takes the workbook number at once and returns the job QUEUED; follow it with node(id) or exportJobs',
  })
  async queueQuarterlyWorkbookExport(@Arg('input', () => ExportQuarterlyWorkbookInput) input: ExportQuarterlyWorkbookInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      job: await queueQuarterlyWorkbookExport(ctx.em, viewer, { projectId: projectInput(viewer, input.projectId), range: periodArgument(input.period.trim()) }),
    }));
  }

  @Authorized(...WORKBOOK_EXPORTERS)
  @Query(() => WorkbookExportJobConnection, { description: '导出任务: exports queued, running, done and failed, newest first' })
  async exportJobs(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID, { nullable: true }) projectId?: string,
    @Arg('period', () => String, { nullable: true, description: 'e.g. 2026Q3' }) period?: string,
    @Arg('first', () => Int, { nullable: true, description: '1–500, default 50' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return exportsPage(ctx, WorkbookExportJob, { projectId, period, first, after });
  }

  @FieldResolver(() => Project)
  project(@Root() job: WorkbookExportJob): Promise<Project> {
    return job.project.loadOrFail();
  }

  @FieldResolver(() => User, { description: '导出人 (who asked for it)' })
  requestedBy(@Root() job: WorkbookExportJob): Promise<User> {
    return job.requestedBy.loadOrFail();
  }

  @FieldResolver(() => WorkbookExport, { nullable: true, description: 'the registered workbook, once DONE' })
  async workbook(@Root() job: WorkbookExportJob): Promise<WorkbookExport | null> {
    return job.workbook ? job.workbook.loadOrFail() : null;
  }
}
