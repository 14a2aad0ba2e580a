import { Migration } from '@mikro-orm/migrations';
/** The first schema: projects, staff, owners, tickets, callbacks, policies, history, counters. */
export declare class Migration20261122000000Initial extends Migration {
    up(): Promise<void>;
}
