import { MAX_REPORT_TEXT_LENGTH } from '@hf/shared';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { QuarterlyReport } from './quarterly-report.entity';

@InputType({ description: '起草或修改草稿 (only a DRAFT can be edited)' })
export class SaveQuarterlyReportInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }) period!: string;
  @Field(() => Int, { nullable: true, description: 'the version read; required when the report exists' }) version?: number | null;
  @Field(() => String, { nullable: true, description: '统计分析' }) @MaxLength(MAX_REPORT_TEXT_LENGTH) analysis?: string | null;
  @Field(() => String, { nullable: true, description: '改进措施' }) @MaxLength(MAX_REPORT_TEXT_LENGTH) improvementMeasures?: string | null;
}

@InputType()
export class QuarterlyReportActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'review opinion, or the reason for sending it back' }) @MaxLength(MAX_REPORT_TEXT_LENGTH) opinion?: string | null;
}

@ObjectType()
export class QuarterlyReportPayload {
  @Field(() => QuarterlyReport, { nullable: true }) report?: QuarterlyReport | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
