import { Migration } from '@mikro-orm/migrations';
/** 季度统计分析: the quarterly report with its workflow and snapshot, and the indexes the statistics read. */
export declare class Migration20261123100000Statistics extends Migration {
    up(): Promise<void>;
}
