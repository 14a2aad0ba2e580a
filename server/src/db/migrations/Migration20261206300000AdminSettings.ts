import { Migration } from '@mikro-orm/migrations';

/**
 * Settings and admin screens (issue 14 items 6 and 9): a project keeps its own list of common reasons for 缺点与不足
 * (every project starts with the list the record form offered so far), and projects and users get a version, so two
 * administrators editing the same one at once never overwrite each other silently.
 */
export class Migration20261206300000AdminSettings extends Migration {
  override async up(): Promise<void> {
    // the list as it stood in shared/ (COMMON_SHORTCOMINGS) when this migration was written: a migration never changes
    const reasons = JSON.stringify(['处理不及时', '问题未彻底解决', '服务态度差', '未按约定时间上门', '现场未清理', '收费不合理', '沟通不到位']);
    this.addSql(`
alter table "project"
  add column "version" integer not null default 1,
  add column "common_shortcomings" jsonb not null default '${reasons}'::jsonb;
alter table "app_user" add column "version" integer not null default 1;
`);
  }
}
