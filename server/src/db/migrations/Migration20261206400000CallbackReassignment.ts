import { Migration } from '@mikro-orm/migrations';

/**
 * 改派 (issue 14 item 8): the supervisor gives a planned callback to other clerks with an optional reason; the assignee
 * columns change as before (the history keeps who had it), the reason of the last reassignment is kept on the row.
 */
export class Migration20261206400000CallbackReassignment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "callback" add column "reassign_reason" text null;`);
  }
}
