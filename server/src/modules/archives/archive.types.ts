import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { User } from '../users/user.entity';

@ObjectType({ description: '存档状态 of one project and period' })
export class ArchiveStatus {
  @Field(() => ID) projectId!: string;
  @Field(() => String) period!: string;
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => Boolean) archived!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => User, { nullable: true }) archivedBy!: User | null;
  @Field(() => GraphQLLocalDate, { description: '于下一季度10日前存档: the 10th day of the next period' }) dueDate!: string;
  @Field(() => Boolean, { description: 'reminder: the period has ended, the due date has passed and it is not archived' }) reminder!: boolean;
  @Field(() => Int, { description: '保管2年: years the records are kept (project setting); nothing is deleted automatically' }) retentionYears!: number;
  @Field(() => GraphQLLocalDate, { description: 'kept at least until this day' }) keepUntil!: string;
}

@InputType()
export class ArchivePeriodInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }) period!: string;
}

@ObjectType()
export class ArchivePeriodPayload {
  @Field(() => ArchiveStatus, { nullable: true }) archive?: ArchiveStatus | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
