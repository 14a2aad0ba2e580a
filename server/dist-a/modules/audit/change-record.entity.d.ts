import { OptionalProps } from '@mikro-orm/core';
/** One changed field of one record: who, when, old → new. Written in the same transaction; never edited. */
export declare class ChangeRecord {
    [OptionalProps]?: 'changedAt' | 'projectId' | 'changedById' | 'changedByTokenId' | 'oldValue' | 'newValue' | 'field';
    id: string;
    entityType: string;
    entityId: number;
    projectId: number | null;
    action: string;
    field: string | null;
    oldValue: unknown;
    newValue: unknown;
    changedById: number | null;
    /** set when another system made the change with an API token */
    changedByTokenId: number | null;
    changedAt: Date;
}
