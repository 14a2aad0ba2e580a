import { Migration } from '@mikro-orm/migrations';

/**
 * 房号 format per project (issue 13 item 14): the new-ticket form and updateTicket check a unit against the project's
 * pattern; every project starts with 楼栋-单元-房号 (3-2-1502), the format of the procedures' forms.
 */
export class Migration20261205100000ProjectUnitFormat extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "project"
  add column "unit_pattern" varchar(200) not null default '^\\d{1,3}-\\d{1,2}-\\d{3,4}$',
  add column "unit_example" varchar(30) not null default '3-2-1502';
`);
  }
}
