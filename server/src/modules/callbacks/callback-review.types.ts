import { MAX_TEXT_LENGTH } from '@hf/shared';
import { ArrayMaxSize, ArrayMinSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Callback } from './callback.entity';

/** The most records one 审核 batch takes (a grid page is 500 rows). */
export const MAX_REVIEW_BATCH = 500;

@InputType({ description: 'a callback as the supervisor saw it' })
export class CallbackVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'the version read: a record changed since is reported, not reviewed' }) version!: number;
}

@InputType()
export class ReviewCallbacksInput {
  @Field(() => [CallbackVersionInput], { description: `the records to review, 1–${MAX_REVIEW_BATCH}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REVIEW_BATCH)
  @ValidateNested()
  rows!: CallbackVersionInput[];

  @Field(() => String, { nullable: true, description: '审核意见 written on every record of the batch' })
  @MaxLength(MAX_TEXT_LENGTH)
  opinion?: string | null;
}

@ObjectType()
export class ReviewCallbacksPayload {
  @Field(() => [Callback], { description: 'every record named in the input, as stored now (reviewed or not)' })
  callbacks!: Callback[];
  @Field(() => Int, { description: 'records reviewed (qualified → REVIEWED, unqualified → ESCALATED)' })
  reviewedCount!: number;
  @Field(() => Int, { description: 'of which escalated to the project manager (unqualified)' })
  escalatedCount!: number;
  @Field(() => [UserError], { description: 'the records not reviewed: field ["rows", index, "version" | "id"]' })
  userErrors!: UserError[];
}
