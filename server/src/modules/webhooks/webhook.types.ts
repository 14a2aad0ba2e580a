import { MAX_LABEL_LENGTH, WebhookEvent } from '@hf/shared';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'what a webhook can hear; the body names it as ticket.created, callback.recorded …',
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType({ description: 'Webhook: another system told of events (signed JSON POSTs)' })
export class Webhook {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) url!: string;
  @Field(() => [WebhookEvent]) events!: WebhookEvent[];
  @Field(() => [ID], { nullable: true, description: 'only events of these projects; null: every project' }) projectIds!: string[] | null;
  @Field(() => Boolean, { description: "pii:read — residents' name, phone and unit in full (masked otherwise)" }) piiRead!: boolean;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => Int) version!: number;
  /** the numeric id, for the deliveries field */
  rowId!: number;
}

@ObjectType({ description: '投递记录: one event to one webhook, with every attempt counted' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'also the body\'s "id" and the X-Delivery-Id header: the same on retries and re-sends' }) id!: string;
  @Field(() => WebhookEvent) event!: WebhookEvent;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt' }) responseStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => GraphQLJSON, { description: 'the JSON sent (without the delivery id)' }) body!: Record<string, unknown>;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) deliveredAt!: Date | null;
}

@InputType()
export class CreateWebhookInput {
  @Field(() => String) @MaxLength(MAX_LABEL_LENGTH) name!: string;
  @Field(() => String, { description: 'http(s) URL of the receiver' }) @MaxLength(2000) url!: string;
  @Field(() => [WebhookEvent]) @ArrayMaxSize(20) events!: WebhookEvent[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(200) projectIds?: string[] | null;
  @Field(() => String, { description: 'HMAC-SHA256 signing secret, at least 16 characters (never shown again)' }) @MaxLength(200) secret!: string;
  @Field(() => Boolean, { nullable: true }) piiRead?: boolean | null;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_LABEL_LENGTH) name?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) url?: string | null;
  @Field(() => [WebhookEvent], { nullable: true }) @ArrayMaxSize(20) events?: WebhookEvent[] | null;
  @Field(() => [ID], { nullable: true, description: 'omit to keep; [] is refused, send null for every project' }) @ArrayMaxSize(200) projectIds?: string[] | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) secret?: string | null;
  @Field(() => Boolean, { nullable: true }) piiRead?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'false: no more deliveries (kept, never deleted)' }) active?: boolean | null;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'the delivery' }) id!: string;
}

@ObjectType()
export class WebhookPayload {
  @Field(() => Webhook, { nullable: true }) webhook?: Webhook | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery, { nullable: true }) delivery?: WebhookDelivery | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
