import { Migration } from '@mikro-orm/migrations';
/**
 * Statistics over a million callbacks in well under a second, even with a cold cache: covering indexes so the
 * aggregates are index-only scans (a project's quarter is scattered over the whole table), and the ticket kind
 * copied onto its callbacks (set by trigger; a ticket's kind never changes) so the callback aggregates need no
 * join to ticket.
 */
export declare class Migration20261123100001StatisticsIndexes extends Migration {
    up(): Promise<void>;
}
