import { ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionShape } from '../../graphql/connection';
import { Callback } from '../callbacks/callback.entity';
import { CallbackPolicy } from '../policies/callback-policy.entity';
import { QuarterlyReport } from '../statistics/quarterly-report.entity';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';
import { ChangeRecord } from './change-record.entity';
export declare const ChangeRecordConnection: {
    new (): {
        edges: {
            cursor: string;
            node: ChangeRecord;
        }[];
        pageInfo: import("../../graphql/connection").PageInfo;
        count: () => Promise<number>;
        totalCount(): Promise<number>;
    };
};
/** One page of a record's history, oldest first (keyset on the change_record id). */
export declare function loadHistory(ctx: Context, entityType: string, entityId: number, first: number, after?: string | null): Promise<ConnectionShape<ChangeRecord>>;
/**
 * Adds `history` (who, when, field, old → new; read-only — the table refuses UPDATE, DELETE and TRUNCATE) to a
 * type whose rows the HistorySubscriber audits. The row was reachable, so its history is too; personal data in
 * it is masked by the ChangeRecord fields themselves.
 */
export declare function historyResolverFor<T extends {
    id: number;
}>(type: ClassType<T>, entityType?: string): {
    new (): {
        history(row: T, ctx: Context, first?: number, after?: string): Promise<ConnectionShape<ChangeRecord>>;
    };
};
export declare class ChangeRecordResolver {
    changedBy(record: ChangeRecord, ctx: Context): Promise<import("@mikro-orm/core").Loaded<User, never, "*", never> | null> | null;
    changedByApiToken(record: ChangeRecord, ctx: Context): Promise<string | null>;
}
/** The audited types that show their history; add a line for a new audited type. */
export declare const historyResolvers: ({
    new (): {
        history(row: Ticket, ctx: Context, first?: number, after?: string): Promise<ConnectionShape<ChangeRecord>>;
    };
} | {
    new (): {
        history(row: Callback, ctx: Context, first?: number, after?: string): Promise<ConnectionShape<ChangeRecord>>;
    };
} | {
    new (): {
        history(row: CallbackPolicy, ctx: Context, first?: number, after?: string): Promise<ConnectionShape<ChangeRecord>>;
    };
} | {
    new (): {
        history(row: QuarterlyReport, ctx: Context, first?: number, after?: string): Promise<ConnectionShape<ChangeRecord>>;
    };
})[];
