import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { Callback } from '../callbacks/callback.entity';
import { Project } from '../projects/project.entity';
import { Ticket } from './ticket.entity';
import { CompleteTicketInput, CreateTicketInput, TicketFilter, TicketOrder, TicketActionInput, UpdateTicketInput, VoidInput } from './ticket.types';
export declare class TicketResolver {
    tickets(ctx: Context, first?: number, after?: string, filter?: TicketFilter, orderBy?: TicketOrder): Promise<import("../../graphql/connection").ConnectionShape<Ticket>>;
    project(ticket: Ticket): Promise<Project>;
    department(ticket: Ticket): Promise<string | null>;
    callbacks(ticket: Ticket, ctx: Context): Promise<Callback[]>;
    createTicket(input: CreateTicketInput, ctx: Context): Promise<Partial<{
        ticket: Ticket;
    }> & {
        userErrors: UserError[];
    }>;
    updateTicket(input: UpdateTicketInput, ctx: Context): Promise<Partial<{
        ticket: Ticket;
    }> & {
        userErrors: UserError[];
    }>;
    completeTicket(input: CompleteTicketInput, ctx: Context): Promise<{
        ticket: Ticket | null;
        callbacks: Callback[];
        userErrors: UserError[];
    }>;
    closeTicket(input: TicketActionInput, ctx: Context): Promise<Partial<{
        ticket: Ticket;
    }> & {
        userErrors: UserError[];
    }>;
    voidTicket(input: VoidInput, ctx: Context): Promise<Partial<{
        ticket: Ticket;
    }> & {
        userErrors: UserError[];
    }>;
}
