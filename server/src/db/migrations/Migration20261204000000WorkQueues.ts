import { Migration } from '@mikro-orm/migrations';

/**
 * 待办: each work queue reads its first page from a partial index in queue order (and counts from the same index),
 * so a queue answers as fast over a million callbacks as over a hundred. The predicates are the queues' literal
 * status conditions (server/src/modules/work-queues/work-queue.sql.ts).
 */
export class Migration20261204000000WorkQueues extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
-- 客服管家: my planned callbacks by the last day of the window (assigned, or co-assigned for a joint complaint callback)
create index "callback_queue_assignee_index" on "callback" ("assignee_id", "window_to", "id")
  include ("project_id", "next_attempt_at") where "status" = 'PLANNED';
create index "callback_queue_co_assignee_index" on "callback" ("co_assignee_id", "window_to", "id")
  include ("project_id", "next_attempt_at") where "status" = 'PLANNED' and "co_assignee_id" is not null;
-- 客服管家: my own records within the correction window
create index "callback_queue_recorded_by_index" on "callback" ("recorded_by_id", "recorded_at", "id")
  include ("project_id", "anchor_date") where "status" = 'DONE';
-- 客户服务部主管: records waiting for review, oldest first
create index "callback_queue_review_index" on "callback" ("project_id", "recorded_at", "id")
  include ("anchor_date") where "status" = 'DONE';
-- 项目经理: escalations without a handling opinion, oldest first
create index "callback_queue_escalation_index" on "callback" ("project_id", "escalated_at", "id")
  include ("anchor_date") where "status" = 'ESCALATED' and "handling_opinion" is null;
-- 部门主管 / 项目经理: planned complaint callbacks (general: joint callback; major: organised by the manager)
create index "callback_queue_complaint_index" on "callback" ("project_id", "window_to", "id")
  include ("ticket_id") where "status" = 'PLANNED' and "ticket_kind" = 'COMPLAINT';
`);
  }
}
