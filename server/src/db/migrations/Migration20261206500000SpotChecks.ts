import { Migration } from '@mikro-orm/migrations';

/**
 * 抽查回访 (issue 14 item 5, seed 004): a spot check planned by the supervisor names the clerk's record it re-checks, so
 * the two can be compared (一致 / 不一致). Null for every other callback (and for spot checks the policy sampled).
 */
export class Migration20261206500000SpotChecks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "callback" add column "spot_check_of_id" int null references "callback" ("id");`);
    this.addSql(`create index "callback_spot_check_of_id_index" on "callback" ("spot_check_of_id") where "spot_check_of_id" is not null;`);
  }
}
