import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { Callback } from './callback.entity';
import { SpotCheckAgreement } from './spot-check.rules';

registerEnumType(SpotCheckAgreement, {
  name: 'SpotCheckAgreement',
  description: '抽查回访 against the clerk’s record: 一致 / 不一致 (satisfaction or result) / 待回访',
});

/** The most records one 安排抽查 takes. */
export const MAX_SPOT_CHECK_BATCH = 500;

@ObjectType({ description: '抽查回访 of one project and period: the quota, the proposal and the spot checks planned' })
export class SpotCheckProposal {
  @Field(() => Project) project!: Project;
  @Field(() => String) period!: string;
  @Field(() => Float, { description: "the project's spot-check rate (seed 004: 20 %)" }) ratePercent!: number;
  @Field(() => Int, { description: "the period's finished regular repair callback records (DONE, REVIEWED, CLOSED)" }) records!: number;
  @Field(() => Int, { description: "the period's completed repair tickets: the quota's base, as in the statistics (spotCheck.repairRecords)" }) repairRecords!: number;
  @Field(() => Int, { description: 'ceil(rate × repairRecords): the same figure as the statistics (spotCheck.required)' }) quota!: number;
  @Field(() => Int, { description: 'of stillToPlan, how many have no finished record to check yet (the clerks must record more first)' }) notYetRecorded!: number;
  @Field(() => Int, { description: "the period's spot checks not voided (from a record or by the policy), as the statistics count them (spotCheck.planned)" }) planned!: number;
  @Field(() => Int) stillToPlan!: number;
  @Field(() => [Callback], { description: 'the reproducible sample (hash order of project, period and record) that tops the quota up; the supervisor may plan others' })
  proposed!: Callback[];
  @Field(() => [Callback], { description: 'the other checkable records not checked yet, in draw order: what the supervisor may swap in' })
  others!: Callback[];
  @Field(() => [Callback], { description: "the period's planned spot checks (spotCheckOf names the record), in serial order" })
  spotChecks!: Callback[];
}

@InputType()
export class PlanSpotChecksInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: 'the period of the records, e.g. 2026Q4' }) period!: string;
  @Field(() => [ID], { description: `the records to re-check, 1–${MAX_SPOT_CHECK_BATCH}: any checkable record of the period, proposed or not` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SPOT_CHECK_BATCH)
  callbackIds!: string[];
}

@ObjectType()
export class PlanSpotChecksPayload {
  @Field(() => [Callback], { description: 'the spot checks created (none when any record was refused)' }) spotChecks!: Callback[];
  @Field(() => [UserError], { description: 'field ["callbackIds", index] of each refused record' }) userErrors!: UserError[];
}
