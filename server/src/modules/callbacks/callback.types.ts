import { AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, MAX_LABEL_LENGTH, MAX_REASON_LENGTH, MAX_TEXT_LENGTH, OwnerConfirmation, RecordWarningCode, Satisfaction, TicketKind, tooLongMessage, apiMessage, msg } from '@hf/shared';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { SortDirection } from '../../graphql/enums';
import { MessageArgument, UserError } from '../../graphql/user-error';
import { Callback } from './callback.entity';

export enum CallbackOrderField {
  SERIAL_CODE = 'serialCode',
  WINDOW_TO = 'windowTo',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(CallbackOrderField, { name: 'CallbackOrderField' });

export const CallbackConnection = Connection(Callback, 'Callback');

@InputType()
export class CallbackOrder {
  @Field(() => CallbackOrderField) field!: CallbackOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType()
export class CallbackFilter {
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => [TicketKind], { nullable: true }) kinds?: TicketKind[] | null;
  @Field(() => [CallbackStatus], { nullable: true }) statuses?: CallbackStatus[] | null;
  @Field(() => [CallbackPurpose], { nullable: true }) purposes?: CallbackPurpose[] | null;
  @Field(() => String, { nullable: true, description: 'anchor date in this period: 2026Q3 or 2026-07' }) period?: string | null;
  @Field(() => ID, { nullable: true, description: 'assigned to (or co-assigned to) this user' }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only callbacks whose window has passed without being done' }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'only callbacks whose window is open today or already passed' }) due?: boolean | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '回访计划 ahead: only planned callbacks whose window opens on or before this day (e.g. today + 7)' })
  dueBy?: string | null;
  @Field(() => String, { nullable: true, description: 'serial code, ticket number, owner, unit or summary contains' })
  @MaxLength(MAX_LABEL_LENGTH)
  text?: string | null;
}

// a cell over its limit is refused by these decorators (cellErrors): the message, and its catalogue key as the context
const maxText = (limit: number) => MaxLength(limit, { message: tooLongMessage(limit), context: msg('text.tooLong', { max: limit }) });
const maxItems = (limit: number) => ArrayMaxSize(limit, { message: apiMessage(msg('text.tooManyItems', { max: limit })), context: msg('text.tooManyItems', { max: limit }) });

/** The columns of 《业主回访记录表》 that can be edited; absent fields are left as they are, null clears. */
@InputType()
export class CallbackPatch {
  @Field(() => [CallbackMethod], { nullable: true }) @maxItems(3) methods?: CallbackMethod[] | null;
  @Field(() => GraphQLDateTime, { nullable: true }) performedAt?: Date | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_LABEL_LENGTH) visitors?: string | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_TEXT_LENGTH) qualityEvaluation?: string | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_TEXT_LENGTH) serviceEvaluation?: string | null;
  @Field(() => Satisfaction, { nullable: true }) satisfaction?: Satisfaction | null;
  @Field(() => Int, { nullable: true }) satisfactionScore?: number | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_TEXT_LENGTH) shortcomings?: string | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_TEXT_LENGTH) suggestions?: string | null;
  @Field(() => CallbackResult, { nullable: true }) result?: CallbackResult | null;
  @Field(() => OwnerConfirmation, { nullable: true }) ownerConfirmation?: OwnerConfirmation | null;
  @Field(() => String, { nullable: true, description: 'supervisor: writing it reviews a done callback' }) @maxText(MAX_TEXT_LENGTH) reviewOpinion?: string | null;
  @Field(() => String, { nullable: true, description: 'project manager: writing it closes an escalated callback' }) @maxText(MAX_TEXT_LENGTH) handlingOpinion?: string | null;
  @Field(() => String, { nullable: true }) @maxText(MAX_TEXT_LENGTH) followUp?: string | null;
}

@InputType()
export class CallbackRowEdit {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'the version the edit is based on' }) version!: number;
  // checked row by row by the service (cellErrors), so a refusal names its row and column and the other rows still save
  @Field(() => CallbackPatch) patch!: CallbackPatch;
}

@InputType()
export class UpdateCallbacksInput {
  @Field(() => [CallbackRowEdit], { description: 'up to 1000 rows, e.g. a block pasted into the grid' })
  rows!: CallbackRowEdit[];
}

@InputType()
export class RecordCallbackResultInput extends CallbackPatch {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class AddCallbackInput {
  @Field(() => ID) ticketId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) windowFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) windowTo?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
}

@InputType()
export class RecordAttemptInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => AttemptOutcome) outcome!: AttemptOutcome;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'defaults to now' }) attemptedAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: '请问什么时候方便接听电话呢? — the time agreed' }) nextAttemptAt?: Date | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_REASON_LENGTH) note?: string | null;
}

@InputType()
export class CallbackActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT_LENGTH) opinion?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT_LENGTH) followUp?: string | null;
}

@InputType({ description: '改派: the people who call (the assignee, then a co-assignee for a joint callback)' })
export class ReassignCallbackInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [ID], { description: 'clerks of the project (1 or 2); someone who has the callback already may stay' }) assigneeIds!: string[];
  @Field(() => String, { nullable: true, description: '改派原因' }) @maxText(MAX_REASON_LENGTH) reason?: string | null;
}

@ObjectType()
export class CallbackPayload {
  @Field(() => Callback, { nullable: true }) callback?: Callback | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

/** What a saved row was accepted with, but the clerk should know (issue 13): counted out of the window, not theirs, incomplete. */
@ObjectType()
export class RecordWarningType {
  @Field(() => [String], { description: 'the cell: ["rows", index, column]' })
  field!: string[];
  @Field(() => RecordWarningCode)
  code!: RecordWarningCode;
  @Field(() => String, { description: 'zh-CN, then the English in brackets' })
  message!: string;
  @Field(() => String, { nullable: true, description: 'the message in the shared catalogue (shared/src/messages.ts), for a client that shows it in its own language' })
  messageKey!: string | null;
  @Field(() => [MessageArgument])
  args!: MessageArgument[];
}

@ObjectType()
export class UpdateCallbacksPayload {
  @Field(() => [Callback], { description: 'every row named in the input, as stored now (saved or not)' })
  callbacks!: Callback[];
  @Field(() => Int) savedCount!: number;
  @Field(() => [UserError], { description: 'field paths are ["rows", index, column]' })
  userErrors!: UserError[];
  @Field(() => [RecordWarningType], { description: 'saved rows with a caveat: before/after the window, not the assignee, 不满意 without 缺点与不足' })
  warnings!: RecordWarningType[];
}
