import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CallbackStatus } from '@hf/shared';
import { CatalogueText } from '../../graphql/catalogue-text';
import { UserError } from '../../graphql/user-error';
import { User } from '../users/user.entity';

@ObjectType({ description: '封存: the period as it was archived — the history chain head and the digest of its records' })
export class ArchiveSeal {
  @Field(() => Int, { description: 'length of the project history chain at archiving' }) chainLength!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of that link' }) chainHash!: string;
  @Field(() => Int) tickets!: number;
  @Field(() => Int) callbacks!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the period records at archiving' }) recordsDigest!: string;
  @Field(() => Boolean, { description: 'recomputed now: the records and the history up to archiving are as sealed' }) intact!: boolean;
  @Field(() => Int, { description: '跨期: callbacks still open at archiving; the records digest covers only what never changes of them (code, ticket, anchor, window)' }) carriedOver!: number;
  @Field(() => Int, { description: '补录: carried-over callbacks recorded since archiving (listed in archiveStatus.lateRecordings)' }) lateRecordings!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the late-recorded rows now; printed on a workbook exported after them' }) lateRecordsDigest!: string;
  @Field(() => [String], { description: 'why the seal does not hold (empty when intact): zh-CN, then the English in brackets' }) problems!: string[];
  @Field(() => [CatalogueText], { description: 'the same as catalogue messages (key and arguments), for a client that shows them in its own language' }) problemTexts!: CatalogueText[];
}

@ObjectType({ description: '补录: a callback carried over at archiving and recorded after it — the addendum of the frozen report' })
export class LateRecording {
  @Field(() => ID) callbackId!: string;
  @Field(() => String, { description: '编码' }) serialCode!: string;
  @Field(() => CallbackStatus, { description: 'DONE, or UNREACHABLE after the attempt cap' }) status!: CallbackStatus;
  @Field(() => GraphQLDateTime) recordedAt!: Date;
  @Field(() => User, { nullable: true }) recordedBy!: User | null;
}

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
  @Field(() => [LateRecording], { description: '补录: callbacks carried over at archiving and recorded after it, oldest first (empty while not archived)' }) lateRecordings!: LateRecording[];
  @Field(() => ArchiveSeal, { nullable: true, description: 'null while not archived, for periods archived before seals existed, and in the 待办 queue (ask archiveStatus)' }) seal!: ArchiveSeal | null;
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
