import { Channel, ComplaintSeverity, MAX_CODE_LENGTH, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, MAX_REASON_LENGTH, MAX_TEXT_LENGTH, TicketKind, TicketStatus } from '@hf/shared';
import { MaxLength } from 'class-validator';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { SortDirection } from '../../graphql/enums';
import { UserError } from '../../graphql/user-error';
import { Ticket } from './ticket.entity';
import { registerEnumType } from 'type-graphql';

export enum TicketOrderField {
  NUMBER = 'number',
  RECEIVED_AT = 'receivedAt',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(TicketOrderField, { name: 'TicketOrderField' });

export const TicketConnection = Connection(Ticket, 'Ticket');

@InputType()
export class TicketOrder {
  @Field(() => TicketOrderField) field!: TicketOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType()
export class TicketFilter {
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => [TicketKind], { nullable: true }) kinds?: TicketKind[] | null;
  @Field(() => [TicketStatus], { nullable: true }) statuses?: TicketStatus[] | null;
  @Field(() => String, { nullable: true, description: 'received in this period: 2026Q3 or 2026-07' }) period?: string | null;
  @Field(() => String, { nullable: true, description: 'number, owner, unit, category or summary contains' })
  @MaxLength(MAX_LABEL_LENGTH)
  text?: string | null;
}

@InputType()
class TicketFields {
  @Field(() => ComplaintSeverity, { nullable: true }) severity?: ComplaintSeverity | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_NAME_LENGTH) ownerName?: string;
  @Field(() => String, { nullable: true, description: '楼栋-单元-房号' }) @MaxLength(MAX_CODE_LENGTH) unit?: string;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_CODE_LENGTH) phone?: string | null;
  @Field(() => Channel, { nullable: true }) channel?: Channel;
  @Field(() => String, { nullable: true, description: 'department name (被投诉部门 for complaints)' }) @MaxLength(MAX_NAME_LENGTH) department?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_NAME_LENGTH) category?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT_LENGTH) summary?: string;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_NAME_LENGTH) handler?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT_LENGTH) handlingResult?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) contractStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) contractEnd?: string | null;
}

@InputType()
export class CreateTicketInput extends TicketFields {
  @Field(() => ID) projectId!: string;
  @Field(() => TicketKind) kind!: TicketKind;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'defaults to now' }) receivedAt?: Date | null;
}

@InputType()
export class UpdateTicketInput extends TicketFields {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime, { nullable: true }) receivedAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'mark the work as started (IN_PROGRESS)' }) start?: boolean | null;
}

@InputType()
export class CompleteTicketInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'defaults to now' }) completedAt?: Date | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_NAME_LENGTH) handler?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT_LENGTH) handlingResult?: string | null;
}

@InputType()
export class VoidInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: '作废原因' }) @MaxLength(MAX_REASON_LENGTH) reason!: string;
}

@ObjectType()
export class TicketPayload {
  @Field(() => Ticket, { nullable: true }) ticket?: Ticket | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class TicketActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
