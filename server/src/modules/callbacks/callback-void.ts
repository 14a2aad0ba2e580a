import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackStatus } from '@hf/shared';
import type { Ticket } from '../tickets/ticket.entity';
import { Callback } from './callback.entity';

/** When a ticket is voided, the callbacks still planned for it are voided too (kept, with the reason). */
export async function voidOpenCallbacksOfTicket(em: EntityManager, ticket: Ticket, reason: string, now: Date): Promise<void> {
  const open = await em.find(Callback, { ticket: ticket.id, status: CallbackStatus.PLANNED });
  for (const callback of open) {
    callback.status = CallbackStatus.VOIDED;
    callback.voidReason = reason;
    callback.voidedAt = now;
  }
}
