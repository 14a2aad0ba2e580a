import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { QuarterlyReport } from './quarterly-report.entity';

const TEXT_LIMIT = 20_000;

@InputType({ description: '起草或修改草稿 (only a DRAFT can be edited)' })
export class SaveQuarterlyReportInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }) period!: string;
  @Field(() => Int, { nullable: true, description: 'the version read; required when the report exists' }) version?: number | null;
  @Field(() => String, { nullable: true, description: '统计分析' }) @MaxLength(TEXT_LIMIT) analysis?: string | null;
  @Field(() => String, { nullable: true, description: '改进措施' }) @MaxLength(TEXT_LIMIT) improvementMeasures?: string | null;
}

@InputType()
export class QuarterlyReportActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'review opinion, or the reason for sending it back' }) @MaxLength(TEXT_LIMIT) opinion?: string | null;
}

@ObjectType()
export class QuarterlyReportPayload {
  @Field(() => QuarterlyReport, { nullable: true }) report?: QuarterlyReport | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
