import { Migration } from '@mikro-orm/migrations';
/**
 * The export register (导出登记): one row per numbered quarterly workbook. A registered workbook is an
 * archive record: its row can be neither changed nor deleted, and its file is kept beside it unchanged.
 */
export declare class Migration20261123200000Exports extends Migration {
    up(): Promise<void>;
}
