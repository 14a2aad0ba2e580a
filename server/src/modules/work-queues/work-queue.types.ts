import { QuarterlyReportStatus, TicketKind, WorkQueueKind } from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { Callback } from '../callbacks/callback.entity';
import type { QuotaForecast } from '../statistics/quota-forecast.types';
import { Project } from '../projects/project.entity';
import { QuarterlyReport } from '../statistics/quarterly-report.entity';
import type { QuarterlyStatistics } from '../statistics/statistics.types';
import { User } from '../users/user.entity';
import type { BusinessClock } from './work-queue.rules';
import type { QueueSubject } from './work-queue.sql';

registerEnumType(WorkQueueKind, { name: 'WorkQueueKind', description: '待办: one kind of thing a person has to do next' });

@ObjectType({ description: 'a callback in a work queue, with what makes it due or how long it has waited' })
export class CallbackQueueEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Callback) node!: Callback;
  @Field(() => Int, { nullable: true, description: 'planned callbacks: days from today to the last day of the window (0 = today, negative = overdue)' })
  daysLeft!: number | null;
  @Field(() => Int, { nullable: true, description: 'overdue callbacks: whole days past the window' })
  daysOverdue!: number | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'since when it waits: recorded (review, correction), escalated, or the agreed call-back time' })
  waitingSince!: Date | null;
  @Field(() => Int, { nullable: true, description: 'days it has waited, in calendar days of Asia/Shanghai (0 = since today)' })
  ageDays!: number | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'corrections: the visitor may correct the record until then' })
  correctableUntil!: Date | null;
}

@ObjectType({ description: 'a page of a callback work queue' })
export class CallbackQueueConnection {
  @Field(() => [CallbackQueueEdge]) edges!: CallbackQueueEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  count!: () => Promise<number>;
  @Field(() => Int, { description: 'items in the queue (costs a count query)' })
  totalCount(): Promise<number> {
    return this.count();
  }
}

@ObjectType({ description: 'a quarterly report waiting for the next step' })
export class ReportQueueEdge {
  @Field(() => String) cursor!: string;
  @Field(() => QuarterlyReport) node!: QuarterlyReport;
  @Field(() => GraphQLDateTime, { description: 'submitted (to review) or reviewed (to report)' }) waitingSince!: Date;
  @Field(() => Int, { description: 'days it has waited (Asia/Shanghai calendar days)' }) ageDays!: number;
}

@ObjectType({ description: 'a page of a report work queue' })
export class ReportQueueConnection {
  @Field(() => [ReportQueueEdge]) edges!: ReportQueueEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  count!: () => Promise<number>;
  @Field(() => Int, { description: 'reports in the queue (costs a count query)' })
  totalCount(): Promise<number> {
    return this.count();
  }
}

@ObjectType({ description: '抽查回访 quota of a project and period (seed 004: 20 % of the repair records)' })
export class SpotCheckQuota {
  @Field(() => Project) project!: Project;
  @Field(() => String) period!: string;
  @Field(() => Float) ratePercent!: number;
  @Field(() => Int, { description: 'repair tickets completed in the period' }) repairRecords!: number;
  @Field(() => Int) required!: number;
  @Field(() => Int, { description: 'spot checks planned (not voided)' }) planned!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int, { description: 'required but not planned yet' }) stillToPlan!: number;
  @Field(() => Int, { description: 'required but not done yet' }) remaining!: number;
}

@ObjectType({ description: 'a kind whose achieved callback rate is below its target (回访率未达标)' })
export class TargetAtRisk {
  @Field(() => Project) project!: Project;
  @Field(() => String) period!: string;
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => Float) targetRatePercent!: number;
  @Field(() => Float) achievedRatePercent!: number;
  @Field(() => Int) callbacksRequired!: number;
  @Field(() => Int) callbacksDone!: number;
  @Field(() => Int, { description: 'planned and not done yet (the ones that can still bring the rate up)' }) callbacksOpen!: number;
  @Field(() => Int) overdue!: number;
  /** the 待办 it belongs to and its project: the forecast field (target-at-risk.resolver.ts) computes once per project */
  queues?: WorkQueues;
}

@ObjectType({ description: 'one period of a project in the archive overview' })
export class PeriodArchiveState {
  @Field(() => String) period!: string;
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => Boolean) archived!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLLocalDate, { description: 'the 10th day of the next period' }) dueDate!: string;
  @Field(() => Boolean, { description: 'not archived and the due date has passed' }) reminder!: boolean;
  @Field(() => QuarterlyReportStatus, { nullable: true, description: "the period's report (null: none started)" }) reportStatus!: QuarterlyReportStatus | null;
}

@ObjectType({ description: 'a project with its recent periods, archived or not (品质管理部)' })
export class ProjectArchiveOverview {
  @Field(() => Project) project!: Project;
  @Field(() => [PeriodArchiveState], { description: 'the last four ended periods, newest first' }) periods!: PeriodArchiveState[];
  @Field(() => Int) archivedCount!: number;
  @Field(() => Int) notArchivedCount!: number;
}

@ObjectType()
export class ProjectArchiveOverviewEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ProjectArchiveOverview) node!: ProjectArchiveOverview;
}

@ObjectType({ description: 'the archive overview, a project per edge (by project code)' })
export class ProjectArchiveOverviewConnection {
  @Field(() => [ProjectArchiveOverviewEdge]) edges!: ProjectArchiveOverviewEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'projects in scope' }) totalCount!: number;
}

@ObjectType({ description: 'how many quarterly reports are in a state' })
export class ReportStateCount {
  @Field(() => QuarterlyReportStatus) status!: QuarterlyReportStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'the count of one queue (navigation badges)' })
export class WorkQueueCount {
  @Field(() => WorkQueueKind) kind!: WorkQueueKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '待办 counts of a person, for the navigation badges: one statement' })
export class WorkQueueCounts {
  @Field(() => User) user!: User;
  @Field(() => GraphQLLocalDate, { description: 'the business day (Asia/Shanghai) the queues are judged on' }) today!: string;
  @Field(() => [WorkQueueCount], { description: "the person's counted queues (spot-check quota and targets at risk are figures, not counted)" })
  queues!: WorkQueueCount[];
  @Field(() => Int, { description: 'sum of the counts' }) total!: number;
}

/**
 * 待办 of one person: the root of the queue fields (work-queue.resolver.ts). Holds whose work it is, the instant it
 * is judged at, and what several fields share within one request (the period's statistics of each project).
 */
@ObjectType({ description: '待办: the work of one person — the signed-in one, or for an API token the user it names' })
export class WorkQueues {
  subject!: QueueSubject;
  clock!: BusinessClock;
  /** the projects in scope, loaded once */
  projects?: Promise<Project[]>;
  statistics = new Map<number, Promise<QuarterlyStatistics>>();
  /** the current period's quota forecast of each project (asked through targetsAtRisk { forecast }) */
  forecasts = new Map<number, Promise<QuotaForecast[] | null>>();

  @Field(() => User) user!: User;
  @Field(() => GraphQLLocalDate, { description: 'the business day (Asia/Shanghai) the queues are judged on' }) today!: string;
  @Field(() => [WorkQueueKind], { description: "the queues of this person's role, in the order the 待办 screen shows them" }) kinds!: WorkQueueKind[];
}
