import { Entity, Enum, ManyToOne, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { ExportJobState } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { WorkbookExport } from './workbook-export.entity';

/**
 * 导出任务: a quarterly workbook exported in the background (queueQuarterlyWorkbookExport). Its number is taken when it
 * is queued and is the job's for good: DONE links the registered workbook, FAILED keeps the number with the reason, so
 * the register's numbers stay gapless (a failed number is accounted for, never reused).
 */
@ObjectType({ implements: Node, description: '导出任务 (a workbook export running in the background)' })
@Entity({ tableName: 'workbook_export_job' })
@Unique({ properties: ['project', 'period', 'sequence'] })
export class WorkbookExportJob extends NodeEntity {
  [OptionalProps]?: NodeProps | 'state' | 'attempts' | 'rowsWritten' | 'progress';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'the period, e.g. 2026Q3' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Field(() => Int, { description: 'counts exports of this project and period, from 1 (shared with exportQuarterlyWorkbook)' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: '工作簿编号, e.g. HFB-A01-2026Q3-02, reserved when queued' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  number!: string;

  @Field(() => ExportJobState)
  @Enum({ items: () => ExportJobState })
  state: ExportJobState = ExportJobState.QUEUED;

  @ManyToOne(() => User, { ref: true })
  requestedBy!: Ref<User>;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  requestedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'when the first attempt started' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'when it ended, DONE or FAILED' })
  @Property({ type: 'Date', nullable: true })
  finishedAt?: Date | null;

  /** touched every few seconds while running: a RUNNING job whose heartbeat stopped lost its process */
  @Property({ type: 'Date', nullable: true })
  heartbeatAt?: Date | null;

  /** the process of the current or last attempt (host:pid), for the administrator's log; not in the API */
  @Property({ type: 'string', length: 80, nullable: true })
  runner?: string | null;

  @Field(() => Int, { description: 'attempts started (a job whose process stopped is run again, up to 3 times)' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Int, { description: 'record rows written so far (业主回访记录表 and 客户投诉登记表)' })
  @Property({ type: 'integer' })
  rowsWritten: number = 0;

  @Field(() => Int, { nullable: true, description: 'record rows the workbook will hold, once counted' })
  @Property({ type: 'integer', nullable: true })
  rowsTotal?: number | null;

  @Field(() => String, { nullable: true, description: 'why it failed (or why the last attempt failed while it is retried)' })
  @Property({ type: 'string', length: 500, nullable: true })
  error?: string | null;

  /** the registered workbook, once DONE (the resolver's `workbook`) */
  @ManyToOne(() => WorkbookExport, { ref: true, nullable: true, unique: true })
  workbook?: Ref<WorkbookExport> | null;

  @Field(() => Float, { nullable: true, description: 'rows written / rows total, 0–1' })
  get progress(): number | null {
    if (this.state === ExportJobState.DONE) return 1;
    return this.rowsTotal ? Math.min(1, this.rowsWritten / this.rowsTotal) : this.rowsTotal === 0 ? 0 : null;
  }
}
