import { Entity, Enum, ManyToOne, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { QuarterlyReportStatus } from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { TrackedEntity, TrackedProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { QuarterlyStatistics } from './statistics.types';

registerEnumType(QuarterlyReportStatus, { name: 'QuarterlyReportStatus' });

/**
 * 季度统计分析报告 of one project and period: the written analysis and improvement measures, and (from
 * submission on) a snapshot of the figures, so a later edit of a callback cannot change it silently.
 * Every step keeps who and when; every change is in the history (HistorySubscriber audits QuarterlyReport).
 */
@ObjectType({ implements: Node, description: '季度统计分析报告' })
@Entity({ tableName: 'quarterly_report' })
@Unique({ properties: ['project', 'period'] })
export class QuarterlyReport extends TrackedEntity {
  [OptionalProps]?: TrackedProps | 'status' | 'analysis' | 'improvementMeasures' | 'figures' | 'createdBy' | 'submittedBy' | 'submittedAt' | 'reviewedBy' | 'reviewedAt' | 'reviewOpinion' | 'reportedBy' | 'reportedAt' | 'returnedBy' | 'returnedAt' | 'returnReason';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String, { description: '2026Q3, or 2026-07 for monthly projects' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  toDate!: string;

  @Field(() => QuarterlyReportStatus)
  @Enum({ items: () => QuarterlyReportStatus })
  status: QuarterlyReportStatus = QuarterlyReportStatus.DRAFT;

  @Field(() => String, { nullable: true, description: '统计分析' })
  @Property({ type: 'text', nullable: true })
  analysis: string | null = null;

  @Field(() => String, { nullable: true, description: '改进措施' })
  @Property({ type: 'text', nullable: true })
  improvementMeasures: string | null = null;

  /** the figures as submitted (null while a draft: the live figures are shown) */
  @Property({ type: 'json', nullable: true })
  figures: QuarterlyStatistics | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  submittedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  submittedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '审核意见' })
  @Property({ type: 'text', nullable: true })
  reviewOpinion: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reportedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  reportedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  returnedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'last time it was sent back to draft' })
  @Property({ type: 'Date', nullable: true })
  returnedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '退回原因' })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => GraphQLDateTime)
  override createdAt!: Date;

  @Field(() => GraphQLDateTime)
  override updatedAt!: Date;

  @Field(() => Int)
  override version!: number;
}
