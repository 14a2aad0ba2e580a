import type { Context } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { VoidInput } from '../tickets/ticket.types';
import { User } from '../users/user.entity';
import { Callback, CallbackAttempt } from './callback.entity';
import { AddCallbackInput, CallbackActionInput, CallbackFilter, CallbackOrder, RecordAttemptInput, RecordCallbackResultInput, UpdateCallbacksInput } from './callback.types';
export declare class CallbackResolver {
    callbacks(ctx: Context, first?: number, after?: string, filter?: CallbackFilter, orderBy?: CallbackOrder): Promise<import("../../graphql/connection").ConnectionShape<Callback>>;
    ticket(callback: Callback): (Ticket & object) | Promise<Ticket & object>;
    project(callback: Callback): (Project & object) | Promise<Project & object>;
    assignee(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    coAssignee(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    recordedBy(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    reviewedBy(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    escalatedTo(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    handlingBy(callback: Callback): (User & object) | Promise<(User & object) | null> | null;
    overdue(callback: Callback): boolean;
    voided(callback: Callback): boolean;
    attempts(callback: Callback, ctx: Context): Promise<CallbackAttempt[]>;
    updateCallbacks(input: UpdateCallbacksInput, ctx: Context): Promise<{
        callbacks: Callback[];
        savedCount: number;
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    addCallback(input: AddCallbackInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    recordCallbackAttempt(input: RecordAttemptInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    recordCallbackResult(input: RecordCallbackResultInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    reviewCallback(input: CallbackActionInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    escalateCallback(input: CallbackActionInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    writeHandlingOpinion(input: CallbackActionInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    closeCallback(input: CallbackActionInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    voidCallback(input: VoidInput, ctx: Context): Promise<Partial<{
        callback: Callback;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
}
