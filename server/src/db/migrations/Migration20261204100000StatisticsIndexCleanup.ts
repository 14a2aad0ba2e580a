import { Migration } from '@mikro-orm/migrations';

/**
 * Clean-up after the statistics migrations. …100000Statistics made (project_id, completed_at) and (project_id, kind,
 * received_at) because the statistics need no kind-first completion index, and …100001StatisticsIndexes dropped those
 * two again for covering versions; neither removed the initial indexes their work replaced:
 * - ticket (project_id, kind, completed_at): no query filters tickets by kind and completion; the statistics read
 *   ticket_statistics_completed_index (project_id, completed_at). Its scan count stayed 0 through the benchmarks.
 * - callback (project_id, anchor_date): the key of callback_statistics_index, which covers every query of it. Every
 *   grid edit (a non-HOT update: the covering index holds the edited columns) wrote both.
 * (The applied migrations stay as they are; this one only drops, and tolerates a database where they are gone.)
 */
export class Migration20261204100000StatisticsIndexCleanup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
drop index if exists "ticket_project_id_kind_completed_at_index";
drop index if exists "callback_project_id_anchor_date_index";
`);
  }
}
