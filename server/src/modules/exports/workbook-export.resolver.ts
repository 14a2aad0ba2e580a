import { WORKBOOK_EXPORTERS } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pageSize } from '../../graphql/connection';
import { SortDirection } from '../../graphql/enums';
import { paginate } from '../../graphql/paginate';
import { withUserErrors } from '../../graphql/user-error';
import { loadConfigOnce } from '../../graphql/settings';
import { Project } from '../projects/project.entity';
import { optionalPeriodArgument, periodArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { requireViewer } from '../../graphql/context';
import { User } from '../users/user.entity';
import { WorkbookExport } from './workbook-export.entity';
import type { WorkbookExportJob } from './workbook-export-job.entity';
import type { FilterQuery } from '@mikro-orm/core';
import { exportQuarterlyWorkbook, registerWhere } from './workbook-export.service';
import { ExportQuarterlyWorkbookInput, ExportQuarterlyWorkbookPayload, WorkbookExportConnection } from './workbook-export.types';

/**
 * A page of the register or of the export jobs, newest first: the viewer's projects (or the one asked for) and the
 * period asked for. Who may export and download a quarter: the service supervisor, the project manager and the auditor.
 */
export function exportsPage<T extends WorkbookExport | WorkbookExportJob>(
  ctx: Context,
  entity: new () => T,
  args: { projectId?: string; period?: string; first?: number; after?: string },
) {
  const viewer = requireViewer(ctx);
  return paginate<T>(ctx.em, entity, registerWhere(projectArgument(viewer, args.projectId), optionalPeriodArgument(args.period)) as FilterQuery<T>, {
    first: pageSize(args.first),
    after: args.after,
    orderBy: 'id',
    direction: SortDirection.DESC,
  });
}

@Resolver(() => WorkbookExport)
export class WorkbookExportResolver {
  @Authorized(...WORKBOOK_EXPORTERS)
  @Mutation(() => ExportQuarterlyWorkbookPayload, { description: '导出季度工作簿: numbers, registers and stores the quarter as an .xlsx' })
  async exportQuarterlyWorkbook(@Arg('input', () => ExportQuarterlyWorkbookInput) input: ExportQuarterlyWorkbookInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(async () => ({
      workbook: await exportQuarterlyWorkbook(
        ctx.em,
        viewer,
        { projectId: projectInput(viewer, input.projectId), range: periodArgument(input.period.trim()) },
        loadConfigOnce().dataDir,
        new Date(),
        loadConfigOnce().exportStorage,
      ),
    }));
    return { ...result, downloadUrl: result.workbook?.downloadUrl ?? null };
  }

  @Authorized(...WORKBOOK_EXPORTERS)
  @Query(() => WorkbookExportConnection, { description: '导出登记: every exported workbook, newest first' })
  async exportRegister(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID, { nullable: true }) projectId?: string,
    @Arg('period', () => String, { nullable: true, description: 'e.g. 2026Q3' }) period?: string,
    @Arg('first', () => Int, { nullable: true, description: '1–500, default 50' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return exportsPage(ctx, WorkbookExport, { projectId, period, first, after });
  }

  @FieldResolver(() => Project)
  project(@Root() entry: WorkbookExport): Promise<Project> {
    return entry.project.loadOrFail();
  }

  @FieldResolver(() => User, { description: '导出人' })
  exportedBy(@Root() entry: WorkbookExport): Promise<User> {
    return entry.exportedBy.loadOrFail();
  }
}
