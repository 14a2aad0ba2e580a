import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackStatus } from '@hf/shared';
import type { Ticket } from '../tickets/ticket.entity';
import { transition } from '../../core/transitions';
import { Callback } from './callback.entity';
import { CALLBACK_TRANSITIONS, CallbackAction } from './callback.transitions';

/** When a ticket is voided, the callbacks still planned for it are voided too (kept, with the reason). */
export async function voidOpenCallbacksOfTicket(em: EntityManager, ticket: Ticket, reason: string, now: Date): Promise<void> {
  const open = await em.find(Callback, { ticket: ticket.id, status: CallbackStatus.PLANNED });
  for (const callback of open) {
    callback.status = transition(CALLBACK_TRANSITIONS, CallbackAction.VOID, callback.status);
    callback.voidReason = reason;
    callback.voidedAt = now;
  }
}
