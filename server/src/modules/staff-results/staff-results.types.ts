import { Role, StatisticsPeriod } from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// 考核 (issue 17, item 4): the classes are both the GraphQL types and the plain objects the service returns. No
// resident's data appears here: only staff, handlers, departments and counts.

@ObjectType({ description: '考核: one member of staff — the callbacks assigned to them (assignee or co-assignee) and those they recorded' })
export class StaffResult {
  @Field(() => ID, { description: 'the User id' }) userId!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Int, { description: '分配回访数: assignee or co-assignee, anchor date in the period, spot checks and voided excluded' }) callbacksAssigned!: number;
  @Field(() => Int, { description: '已回访: of those, recorded (DONE, REVIEWED, ESCALATED, CLOSED)' }) callbacksDone!: number;
  @Field(() => Int, { description: '时效内完成: of those, performed within the planned window' }) doneWithinWindow!: number;
  @Field(() => Int, { description: '逾期: still planned after the window' }) overdue!: number;
  @Field(() => Int, { description: '无法联系: attempts cap reached' }) unreachable!: number;
  @Field(() => Int, { description: '本人回访数: done callbacks this person recorded (recordedBy)' }) callbacksPerformed!: number;
  @Field(() => Int, { description: 'of the callbacks performed, those with a satisfaction level' }) rated!: number;
  @Field(() => Float, { nullable: true, description: '满意率 % of the callbacks performed: (非常满意 + 满意) ÷ rated' }) satisfiedRatePercent!: number | null;
  @Field(() => Int, { description: "抽查: recorded spot checks of this person's records" }) spotChecked!: number;
  @Field(() => Int, { description: 'of those, the spot check found the same satisfaction and result (一致)' }) spotCheckAgreed!: number;
  @Field(() => Float, { nullable: true, description: '抽查一致率 %: agreed ÷ spot checked' }) spotCheckAgreementPercent!: number | null;
}

@ObjectType({ description: "考核: one ticket handler (经办人) within a department, or a department's total, from the snapshot kept at recording" })
export class HandlerResult {
  @Field(() => String, { nullable: true, description: 'the department as it was when the callback was recorded (null: none given)' }) department!: string | null;
  @Field(() => String, { nullable: true, description: 'the handler as it was when the callback was recorded (null: none given, or the department total)' }) handler!: string | null;
  @Field(() => Boolean, { description: "the department's total over its handlers" }) departmentTotal!: boolean;
  @Field(() => Int, { description: 'done callbacks of tickets they handled' }) callbacksRecorded!: number;
  @Field(() => Int) rated!: number;
  @Field(() => Float, { nullable: true, description: '满意率 %: (非常满意 + 满意) ÷ rated' }) satisfiedRatePercent!: number | null;
  @Field(() => Int, { description: '回访不合格' }) unqualified!: number;
}

@ObjectType({ description: '考核: per-staff and per-handler results of one project and period' })
export class StaffResults {
  @Field(() => ID, { description: 'the Project id' }) projectId!: string;
  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }) period!: string;
  @Field(() => StatisticsPeriod) periodKind!: StatisticsPeriod;
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => GraphQLLocalDate, { description: 'OVERDUE is judged as of this day' }) asOf!: string;
  @Field(() => GraphQLDateTime) computedAt!: Date;
  @Field(() => Boolean, { description: "the caller sees only their own row (a clerk): colleagues' rows and the handler rows are left out" }) ownRowOnly!: boolean;
  @Field(() => [StaffResult], { description: 'clerks first, then others named by the callbacks; by name' }) staff!: StaffResult[];
  @Field(() => [HandlerResult], { description: 'by department, its handlers and then its total' }) handlers!: HandlerResult[];
}
