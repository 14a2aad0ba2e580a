import { CallbackPurpose, CallbackStatus, Satisfaction, StatisticsPeriod, TicketKind } from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// The shapes of 季度统计分析; the classes are both the GraphQL types and the plain objects the service returns.

@ObjectType({ description: '按工单类别统计 (one row per ticket kind; the totals row has no kind)' })
export class KindStatistics {
  @Field(() => TicketKind, { nullable: true, description: 'null on the totals row (合计)' }) kind!: TicketKind | null;
  @Field(() => Int, { description: '完成工单数: completed in the period, voided excluded' }) ticketsCompleted!: number;
  @Field(() => Int, { description: '应回访数: ceil(rate × anchored tickets) per policy stage' }) callbacksRequired!: number;
  @Field(() => Float, { nullable: true, description: '目标回访率 % (the policy; lowest rate of its stages)' }) targetRatePercent!: number | null;
  @Field(() => Int, { description: '已安排回访数 (not voided, spot checks excluded)' }) callbacksPlanned!: number;
  @Field(() => Int, { description: '已回访数 (recorded, reviewed, escalated or closed with a result)' }) callbacksDone!: number;
  @Field(() => Float, { nullable: true, description: '实际回访率 %: done ÷ anchored tickets' }) achievedRatePercent!: number | null;
  @Field(() => Boolean, { description: '达标: done ≥ required (totals: every kind)' }) targetMet!: boolean;
  @Field(() => Int, { description: '时效内完成: performed within the planned window' }) doneWithinWindow!: number;
  @Field(() => Int, { description: '逾期: still planned after the window' }) overdue!: number;
  @Field(() => Int, { description: '无法联系: attempts cap reached' }) unreachable!: number;
}

@ObjectType({ description: '满意程度分布' })
export class SatisfactionCount {
  @Field(() => Satisfaction) level!: Satisfaction;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '满意度' })
export class SatisfactionStatistics {
  @Field(() => [SatisfactionCount], { description: 'every level, best first' }) distribution!: SatisfactionCount[];
  @Field(() => Int, { description: 'done callbacks with a satisfaction level' }) rated!: number;
  @Field(() => Float, { nullable: true, description: '满意率 %: (非常满意 + 满意) ÷ rated' }) satisfiedRatePercent!: number | null;
}

@ObjectType({ description: '回访不合格' })
export class UnqualifiedCallback {
  @Field(() => ID, { description: 'the Callback id' }) callbackId!: string;
  @Field(() => String) serialCode!: string;
  @Field(() => String) ticketNumber!: string;
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => String) ownerName!: string;
  @Field(() => String) unit!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String) summary!: string;
  @Field(() => CallbackPurpose) purpose!: CallbackPurpose;
  @Field(() => CallbackStatus) status!: CallbackStatus;
  @Field(() => GraphQLDateTime, { nullable: true }) performedAt!: Date | null;
  @Field(() => String, { nullable: true }) visitors!: string | null;
  @Field(() => Satisfaction, { nullable: true }) satisfaction!: Satisfaction | null;
  @Field(() => String, { nullable: true, description: '缺点与不足' }) shortcomings!: string | null;
  @Field(() => String, { nullable: true, description: '住户建议' }) suggestions!: string | null;
  @Field(() => String, { nullable: true, description: '审核意见' }) reviewOpinion!: string | null;
  @Field(() => String, { nullable: true, description: '上报项目经理' }) escalatedTo!: string | null;
  @Field(() => String, { nullable: true, description: '处理意见' }) handlingOpinion!: string | null;
  @Field(() => String, { nullable: true }) followUp!: string | null;
}

@ObjectType({ description: '重复投诉: same unit (so same owner), same matter, ≥ 2 in the period' })
export class RepeatedComplaint {
  @Field(() => String) unit!: string;
  @Field(() => String, { description: 'the matter: the complaint category, or the department complained about' }) matter!: string;
  @Field(() => Int) count!: number;
  @Field(() => [String]) ownerNames!: string[];
  @Field(() => [String], { description: 'in order of receipt' }) ticketNumbers!: string[];
  @Field(() => GraphQLLocalDate) firstReceivedOn!: string;
  @Field(() => GraphQLLocalDate) lastReceivedOn!: string;
}

@ObjectType({ description: '重复维修: same unit, same repair category, ≥ 3 in the period' })
export class RepeatedRepair {
  @Field(() => String) unit!: string;
  @Field(() => String) category!: string;
  @Field(() => Int) count!: number;
  @Field(() => [String]) ownerNames!: string[];
  @Field(() => [String], { description: 'in order of receipt' }) ticketNumbers!: string[];
  @Field(() => GraphQLLocalDate) firstReceivedOn!: string;
  @Field(() => GraphQLLocalDate) lastReceivedOn!: string;
}

@ObjectType({ description: '抽查回访 (seed 004): the supervisor re-checks a share of the repair records' })
export class SpotCheckProgress {
  @Field(() => Float, { description: 'the policy spot-check stage of repairs, else 20%' }) ratePercent!: number;
  @Field(() => Int, { description: 'repair tickets completed in the period' }) repairRecords!: number;
  @Field(() => Int) required!: number;
  @Field(() => Int, { description: 'spot-check callbacks planned (not voided)' }) planned!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) remaining!: number;
}

@ObjectType({ description: '季度(月度)统计分析 of one project and period' })
export class QuarterlyStatistics {
  @Field(() => ID, { description: 'the Project id' }) projectId!: string;
  @Field(() => String) projectCode!: string;
  @Field(() => String) projectName!: string;
  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }) period!: string;
  @Field(() => StatisticsPeriod) periodKind!: StatisticsPeriod;
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => GraphQLLocalDate, { description: 'OVERDUE is judged as of this day' }) asOf!: string;
  @Field(() => GraphQLDateTime) computedAt!: Date;
  @Field(() => [KindStatistics], { description: 'one row per ticket kind, in the order of TicketKind' }) kinds!: KindStatistics[];
  @Field(() => KindStatistics, { description: '合计' }) totals!: KindStatistics;
  @Field(() => SatisfactionStatistics) satisfaction!: SatisfactionStatistics;
  @Field(() => [UnqualifiedCallback]) unqualifiedCallbacks!: UnqualifiedCallback[];
  @Field(() => [RepeatedComplaint]) repeatedComplaints!: RepeatedComplaint[];
  @Field(() => [RepeatedRepair]) repeatedRepairs!: RepeatedRepair[];
  @Field(() => SpotCheckProgress) spotCheck!: SpotCheckProgress;
}
