import { ApiScope, parsePeriod, QuarterlyReportAction, reportActionRoles, Role } from '@hf/shared';
import { lateRecordingsOf } from '../archives/archive.service';
import { LateRecording } from '../archives/archive.types';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { idArgument, periodArgument, projectArgument, projectInput } from '../../graphql/arguments';
import { requireCaller, requireViewer } from '../../graphql/context';
import { User } from '../users/user.entity';
import { QuarterlyReport } from './quarterly-report.entity';
import {
  changedSinceSubmission, reportFigures, reportQuarterlyReport, returnQuarterlyReport, reviewQuarterlyReport, saveQuarterlyReport,
  submitQuarterlyReport,
} from './quarterly-report.service';
import { QuarterlyReportActionInput, QuarterlyReportPayload, SaveQuarterlyReportInput } from './quarterly-report.types';
import { QuarterlyStatistics } from './statistics.types';

@Resolver(() => QuarterlyReport)
export class QuarterlyReportResolver {
  @Authorized(ApiScope.STATISTICS_READ)
  @Query(() => QuarterlyReport, { nullable: true, description: '季度统计分析报告 of a project and period (null before the first draft)' })
  async quarterlyReport(@Ctx() ctx: Context, @Arg('projectId', () => ID) projectId: string, @Arg('period', () => String) period: string) {
    const [id] = projectArgument(requireCaller(ctx), projectId);
    const range = periodArgument(period);
    return ctx.em.findOne(QuarterlyReport, { project: id, period: range.key });
  }

  @Authorized(ApiScope.STATISTICS_READ)
  @Query(() => [QuarterlyReport], { description: 'the reports of a project, latest period first' })
  quarterlyReports(@Ctx() ctx: Context, @Arg('projectId', () => ID) projectId: string): Promise<QuarterlyReport[]> {
    const ids = projectArgument(requireCaller(ctx), projectId);
    return ctx.em.find(QuarterlyReport, { project: { $in: ids } }, { orderBy: { fromDate: 'desc', period: 'asc' } });
  }

  @FieldResolver(() => Project)
  project(@Root() report: QuarterlyReport) {
    return report.project.loadOrFail();
  }

  @FieldResolver(() => QuarterlyStatistics, { description: 'the snapshot taken at submission; the live figures while a draft' })
  figures(@Root() report: QuarterlyReport, @Ctx() ctx: Context) {
    return reportFigures(ctx.em, report);
  }

  @FieldResolver(() => Boolean, { description: 'the figures are the snapshot taken at submission' })
  figuresFrozen(@Root() report: QuarterlyReport): boolean {
    return report.figures !== null;
  }

  @FieldResolver(() => Boolean, { description: 'records of the period changed after submission: the live figures differ from the snapshot' })
  changedSinceSubmission(@Root() report: QuarterlyReport, @Ctx() ctx: Context) {
    return changedSinceSubmission(ctx.em, report);
  }

  @FieldResolver(() => [LateRecording], {
    description: '补录: the addendum of the frozen report — callbacks of the period still open at its archiving and recorded after it (who, when); counted in the figures of this period',
  })
  addenda(@Root() report: QuarterlyReport, @Ctx() ctx: Context) {
    return lateRecordingsOf(ctx.em, report.project.id, parsePeriod(report.period));
  }

  @FieldResolver(() => User, { nullable: true }) createdBy(@Root() r: QuarterlyReport) { return r.createdBy?.load() ?? null; }
  @FieldResolver(() => User, { nullable: true, description: '提交人' }) submittedBy(@Root() r: QuarterlyReport) { return r.submittedBy?.load() ?? null; }
  @FieldResolver(() => User, { nullable: true, description: '审核人' }) reviewedBy(@Root() r: QuarterlyReport) { return r.reviewedBy?.load() ?? null; }
  @FieldResolver(() => User, { nullable: true, description: '接收的项目经理' }) reportedBy(@Root() r: QuarterlyReport) { return r.reportedBy?.load() ?? null; }
  @FieldResolver(() => User, { nullable: true }) returnedBy(@Root() r: QuarterlyReport) { return r.returnedBy?.load() ?? null; }

  @Authorized(...reportActionRoles(QuarterlyReportAction.EDIT))
  @Mutation(() => QuarterlyReportPayload, { description: '起草/修改 the analysis and improvement measures of a draft' })
  saveQuarterlyReport(@Arg('input', () => SaveQuarterlyReportInput) input: SaveQuarterlyReportInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => {
      const { projectId, period, ...text } = input;
      return { report: await saveQuarterlyReport(ctx.em, viewer, { ...text, projectId: projectInput(viewer, projectId), range: periodArgument(period) }) };
    });
  }

  @Authorized(...reportActionRoles(QuarterlyReportAction.SUBMIT))
  @Mutation(() => QuarterlyReportPayload, { description: '提交: freezes the figures' })
  submitQuarterlyReport(@Arg('input', () => QuarterlyReportActionInput) input: QuarterlyReportActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ report: await submitQuarterlyReport(ctx.em, viewer, { ...input, id: idArgument(input.id, 'QuarterlyReport') }) }));
  }

  @Authorized(...reportActionRoles(QuarterlyReportAction.REVIEW))
  @Mutation(() => QuarterlyReportPayload, { description: '审核' })
  reviewQuarterlyReport(@Arg('input', () => QuarterlyReportActionInput) input: QuarterlyReportActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ report: await reviewQuarterlyReport(ctx.em, viewer, { ...input, id: idArgument(input.id, 'QuarterlyReport') }) }));
  }

  @Authorized(...reportActionRoles(QuarterlyReportAction.REPORT))
  @Mutation(() => QuarterlyReportPayload, { description: '上报 to the project manager (who receives it)' })
  reportQuarterlyReport(@Arg('input', () => QuarterlyReportActionInput) input: QuarterlyReportActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ report: await reportQuarterlyReport(ctx.em, viewer, { ...input, id: idArgument(input.id, 'QuarterlyReport') }) }));
  }

  @Authorized(...reportActionRoles(QuarterlyReportAction.RETURN))
  @Mutation(() => QuarterlyReportPayload, { description: '退回 to draft with a reason; the snapshot is dropped' })
  returnQuarterlyReport(@Arg('input', () => QuarterlyReportActionInput) input: QuarterlyReportActionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ report: await returnQuarterlyReport(ctx.em, viewer, { ...input, id: idArgument(input.id, 'QuarterlyReport') }) }));
  }
}
