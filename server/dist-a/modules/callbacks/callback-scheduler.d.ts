import type { EntityManager } from '@mikro-orm/postgresql';
import { Anchor, CallbackPurpose } from '@hf/shared';
import { Project } from '../projects/project.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { StaffMember } from './assignment';
import { Callback } from './callback.entity';
import { CallbackWindow } from './window';
export declare function projectStaff(em: EntityManager, projectId: number): Promise<StaffMember[]>;
/** A new row of 《业主回访记录表》 with the next serial code of its project and year (same transaction). */
export declare function createCallbackRow(em: EntityManager, data: {
    project: Project;
    ticket: Ticket;
    stageIndex: number | null;
    purpose: CallbackPurpose;
    anchor: Anchor;
    window: CallbackWindow;
    assigneeId: number | null;
    coAssigneeId: number | null;
    actorId: number | null;
    now?: Date;
}): Promise<Callback>;
/**
 * On completion: for every stage of the ticket's policy, count the ticket towards its period's tally and
 * create a callback when systematic sampling selects it (and the owner was not called too recently).
 */
export declare function scheduleCallbacks(em: EntityManager, ticket: Ticket, actorId: number | null): Promise<Callback[]>;
