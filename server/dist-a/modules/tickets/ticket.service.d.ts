import type { EntityManager } from '@mikro-orm/postgresql';
import { Caller, Viewer } from '../../graphql/context';
import type { Callback } from '../callbacks/callback.entity';
import { Ticket } from './ticket.entity';
import type { CompleteTicketInput, CreateTicketInput, UpdateTicketInput, VoidInput } from './ticket.types';
/** Loads a ticket for a change: locked for the transaction, visible to the viewer, at the version they read. */
export declare function lockTicket(em: EntityManager, viewer: Viewer, globalId: string, version: number | null): Promise<Ticket>;
export declare function createTicket(em: EntityManager, viewer: Caller, input: CreateTicketInput, now?: Date): Promise<Ticket>;
export declare function updateTicket(em: EntityManager, viewer: Viewer, input: UpdateTicketInput, now?: Date): Promise<Ticket>;
/** 处理完毕: the ticket is done; the callbacks its policy and sampling call for are scheduled at once. */
export declare function completeTicket(em: EntityManager, viewer: Viewer, input: CompleteTicketInput, now?: Date): Promise<{
    ticket: Ticket;
    callbacks: Callback[];
}>;
export declare function closeTicket(em: EntityManager, viewer: Viewer, id: string, version: number): Promise<Ticket>;
/** 作废: a ticket is never deleted; voiding keeps it (and its number) with the reason, and voids its open callbacks. */
export declare function voidTicket(em: EntityManager, viewer: Viewer, input: VoidInput, now?: Date): Promise<Ticket>;
