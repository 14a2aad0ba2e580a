import { Role } from '@hf/shared';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { encodeGlobalId } from '../../core/global-id';
import { type Context, requireViewer } from '../../graphql/context';
import { idArgument } from '../../graphql/arguments';
import { pageSize } from '../../graphql/connection';
import { withUserErrors } from '../../graphql/user-error';
import { loadConfigOnce } from '../../graphql/settings';
import { queueDeliveries } from '../../jobs/job-handle';
import {
  createWebhook, deliveriesOf, deliveryById, type DeliveryRow, listWebhooks, redeliver, updateWebhook, type WebhookRow,
} from './webhook.service';
import {
  CreateWebhookInput, DeliveryStatus, RedeliverWebhookInput, RedeliverWebhookPayload, UpdateWebhookInput, Webhook, WebhookDelivery, WebhookPayload,
} from './webhook.types';

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: encodeGlobalId('Webhook', row.id), rowId: row.id, name: row.name, url: row.url, events: row.events,
    projectIds: row.project_ids?.map((id) => encodeGlobalId('Project', id)) ?? null, piiRead: row.pii_read, active: row.active,
    createdAt: new Date(row.created_at), version: row.version,
  };
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: encodeGlobalId('WebhookDelivery', row.id), event: row.event_type, status: row.status as DeliveryStatus, attempts: row.attempts,
    responseStatus: row.response_status, lastError: row.last_error, body: row.body, createdAt: new Date(row.created_at),
    lastAttemptAt: row.last_attempt_at && new Date(row.last_attempt_at), deliveredAt: row.delivered_at && new Date(row.delivered_at),
  };
}

const projectIds = (ids: string[] | null | undefined) => (ids === undefined ? undefined : (ids?.map((id, i) => idArgument(id, 'Project', ['projectIds', String(i)])) ?? null));

/** Webhooks are the administrator's: registered, changed, switched off, their deliveries read and re-sent. */
@Resolver()
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [Webhook], { description: 'every webhook, switched-off ones included (never the secret)' })
  async webhooks(@Ctx() ctx: Context): Promise<Webhook[]> {
    requireViewer(ctx);
    return (await listWebhooks(ctx.em)).map(toWebhook);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WebhookDelivery], { description: 'the delivery log of one webhook, newest first' })
  async webhookDeliveries(@Arg('webhookId', () => ID) webhookId: string, @Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number) {
    requireViewer(ctx);
    return (await deliveriesOf(ctx.em, idArgument(webhookId, 'Webhook', 'webhookId'), pageSize(first, 500))).map(toDelivery);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookPayload)
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      webhook: toWebhook(await createWebhook(ctx.em, viewer, { ...input, projectIds: projectIds(input.projectIds) ?? null, piiRead: Boolean(input.piiRead) }, loadConfigOnce().webhooks.allowPrivateTargets)),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookPayload, { description: 'change it, or switch it off with active: false (kept, never deleted)' })
  async updateWebhook(@Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return withUserErrors(async () => ({
      webhook: toWebhook(await updateWebhook(ctx.em, {
        id: idArgument(input.id, 'Webhook'), version: input.version,
        name: input.name ?? undefined, url: input.url ?? undefined, events: input.events ?? undefined, secret: input.secret ?? undefined,
        piiRead: input.piiRead ?? undefined, active: input.active ?? undefined, projectIds: projectIds(input.projectIds),
      }, loadConfigOnce().webhooks.allowPrivateTargets)),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, { description: '重新发送: the same delivery (same id) goes out again' })
  async redeliverWebhook(@Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return withUserErrors(async () => {
      const id = await redeliver(ctx.em, idArgument(input.id, 'WebhookDelivery'));
      await queueDeliveries([id]);
      return { delivery: toDelivery((await deliveryById(ctx.em, id))!) };
    });
  }
}
