import type { EntityManager } from '@mikro-orm/postgresql';
/** Whether a date of a project falls in an archived period (于下一季度10日前存档, then read-only). */
export declare function isArchived(em: EntityManager, projectId: number, date: string): Promise<boolean>;
/** Refuses a change to a record of an archived period with ARCHIVED, naming the field that placed it there. */
export declare function assertPeriodOpen(em: EntityManager, projectId: number, date: string, field: string): Promise<void>;
/** Whether any day of a range (e.g. a report's period) lies in an archived period of the project. */
export declare function isRangeArchived(em: EntityManager, projectId: number, from: string, to: string): Promise<boolean>;
/**
 * A ticket belongs to the period it was received in (the register, repeated complaints) and, once completed,
 * to the period of its completion (the statistics): it is read-only when either is archived.
 */
export declare function assertTicketOpen(em: EntityManager, ticket: {
    project: {
        id: number;
    };
    receivedAt: Date;
    completedAt: Date | null;
}, field: string): Promise<void>;
