import { Anchor, CallbackPurpose, OffsetUnit, Role } from '@hf/shared';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('PolicyStage', { description: 'when (anchor + window), how many (rate) and by whom' })
export class PolicyStageType {
  @Field(() => Anchor) anchor!: Anchor;
  @Field(() => Int) fromOffset!: number;
  @Field(() => Int) toOffset!: number;
  @Field(() => OffsetUnit) unit!: OffsetUnit;
  @Field(() => Int, { description: 'target rate in percent' }) ratePercent!: number;
  @Field(() => Role) performerRole!: Role;
  @Field(() => CallbackPurpose) purpose!: CallbackPurpose;
}

@InputType('PolicyStageInput')
export class PolicyStageInput {
  @Field(() => Anchor) anchor!: Anchor;
  @Field(() => Int) fromOffset!: number;
  @Field(() => Int) toOffset!: number;
  @Field(() => OffsetUnit) unit!: OffsetUnit;
  @Field(() => Int) ratePercent!: number;
  @Field(() => Role) performerRole!: Role;
  @Field(() => CallbackPurpose, { defaultValue: CallbackPurpose.REGULAR }) purpose!: CallbackPurpose;
}
