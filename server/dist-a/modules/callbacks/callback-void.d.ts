import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ticket } from '../tickets/ticket.entity';
/** When a ticket is voided, the callbacks still planned for it are voided too (kept, with the reason). */
export declare function voidOpenCallbacksOfTicket(em: EntityManager, ticket: Ticket, reason: string, now: Date): Promise<void>;
