import { ReminderKind } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { MessageArgument, UserError } from '../../graphql/user-error';

registerEnumType(ReminderKind, { name: 'ReminderKind', description: '提醒: why someone is notified' });

/** 提醒: one reason for one person to act, with a link to the row; resolved by itself when the cause goes away. */
@ObjectType({ description: '提醒 (a notification to the person who must act)' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => ReminderKind) kind!: ReminderKind;
  @Field(() => String, { description: 'zh-CN, then the English in brackets' }) message!: string;
  @Field(() => String, { description: 'the catalogue message (shared/src/messages.ts)' }) messageKey!: string;
  @Field(() => [MessageArgument]) args!: MessageArgument[];
  @Field(() => ID, { nullable: true, description: 'the project, as its global ID' }) projectId!: string | null;
  @Field(() => ID, { nullable: true, description: 'the row to open (a Callback, QuarterlyReport or Project), as its global ID' }) targetId!: string | null;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'the cause went away (done, reviewed, archived …)' }) resolvedAt!: Date | null;
}

export const NotificationConnection = Connection(Notification, 'Notification');

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'these; omit (or all: true) for every unread one' }) @ArrayMaxSize(500) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { nullable: true }) markedCount?: number | null;
  @Field(() => Int, { nullable: true }) unreadCount?: number | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
