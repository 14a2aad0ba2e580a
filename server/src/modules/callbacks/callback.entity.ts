import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import {
  Anchor, AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, OwnerConfirmation, OwnerVerdict, Satisfaction,
} from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { ImportSource } from '../imports/import-source';
import { VoidableEntity, VoidableProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';

/** 回访: one row of 《业主回访记录表》. Never deleted; voided with a reason and keeps its serial code. */
@ObjectType({ implements: Node, description: '回访记录' })
@Entity({ tableName: 'callback' })
@Unique({ properties: ['project', 'serialYear', 'serialNumber'] })
// (project, anchor date) with the statistics' columns: callback_statistics_index, migration …100001StatisticsIndexes
@Index({ properties: ['project', 'status', 'windowTo'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['ticket'] })
export class Callback extends VoidableEntity {
  [OptionalProps]?: VoidableProps | 'methods' | 'attemptCount' | 'status' | 'purpose' | 'anchor' | 'reassignReason' | 'spotCheckOf' | 'ownerVerdict' | 'ownerVerdictComment' | 'ownerVerdictAt' | 'importSource';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String, { description: '编码, e.g. HF-A01-2026-000001' })
  @Unique()
  @Property({ type: 'string', length: 30 })
  serialCode!: string;

  @Property({ type: 'integer' })
  serialYear!: number;

  @Property({ type: 'integer' })
  serialNumber!: number;

  @ManyToOne(() => Ticket, { ref: true })
  ticket!: Ref<Ticket>;

  @Field(() => Int, { nullable: true, description: 'index of the policy stage that scheduled it' })
  @Property({ type: 'integer', nullable: true })
  stageIndex: number | null = null;

  @Field(() => CallbackPurpose)
  @Enum({ items: () => CallbackPurpose })
  purpose: CallbackPurpose = CallbackPurpose.REGULAR;

  @Field(() => Anchor, { description: 'the event the window is counted from' })
  @Enum({ items: () => Anchor })
  anchor: Anchor = Anchor.COMPLETED;

  @Field(() => GraphQLLocalDate, { description: 'the anchor event date (usually completion); decides the period' })
  @Property({ type: 'date' })
  anchorDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'planned window: first day' })
  @Property({ type: 'date' })
  windowFrom!: string;

  @Field(() => GraphQLLocalDate, { description: 'planned window: last day (inclusive)' })
  @Property({ type: 'date' })
  windowTo!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assignee!: Ref<User> | null;

  /** general complaints: the clerk who calls with the department supervisor */
  @ManyToOne(() => User, { ref: true, nullable: true })
  coAssignee!: Ref<User> | null;

  /** why the supervisor gave the callback to other clerks (reassignCallback); the history keeps who had it before */
  @Field(() => String, { nullable: true, description: '改派原因 (the last reassignment)' })
  @Property({ type: 'text', nullable: true })
  reassignReason: string | null = null;

  /** 抽查回访 (seed 004): the clerk's record this spot check re-checks (planSpotChecks); null otherwise */
  @ManyToOne(() => Callback, { ref: true, nullable: true })
  spotCheckOf: Ref<Callback> | null = null;

  @Field(() => [CallbackMethod], { description: '电话 / 面谈 / 现场查看, usually combined' })
  @Property({ type: 'text[]' })
  methods: CallbackMethod[] = [];

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  performedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '回访人' })
  @Property({ type: 'string', length: 100, nullable: true })
  visitors: string | null = null;

  @Field(() => String, { nullable: true, description: '质量评价' })
  @Property({ type: 'text', nullable: true })
  qualityEvaluation: string | null = null;

  @Field(() => String, { nullable: true, description: '服务效果评价' })
  @Property({ type: 'text', nullable: true })
  serviceEvaluation: string | null = null;

  @Field(() => Satisfaction, { nullable: true, description: '满意程度' })
  @Enum({ items: () => Satisfaction, nullable: true })
  satisfaction: Satisfaction | null = null;

  @Field(() => Int, { nullable: true, description: 'optional score 1–10' })
  @Property({ type: 'smallint', nullable: true })
  satisfactionScore: number | null = null;

  @Field(() => String, { nullable: true, description: '缺点与不足' })
  @Property({ type: 'text', nullable: true })
  shortcomings: string | null = null;

  @Field(() => String, { nullable: true, description: '住户建议' })
  @Property({ type: 'text', nullable: true })
  suggestions: string | null = null;

  @Field(() => CallbackResult, { nullable: true, description: '合格 / 不合格' })
  @Enum({ items: () => CallbackResult, nullable: true })
  result: CallbackResult | null = null;

  @Field(() => OwnerConfirmation, { nullable: true, description: '签名确认' })
  @Enum({ items: () => OwnerConfirmation, nullable: true })
  ownerConfirmation: OwnerConfirmation | null = null;

  /** 业主确认 (owner-links): what the owner said, through a confirmation link, of a result recorded by phone */
  @Field(() => OwnerVerdict, { nullable: true, description: '业主确认: the owner confirmed or disputed the recorded result through a confirmation link; null: not asked or not answered' })
  @Enum({ items: () => OwnerVerdict, nullable: true })
  ownerVerdict: OwnerVerdict | null = null;

  @Field(() => String, { nullable: true, description: "业主确认: the owner's comment (a dispute's reason)" })
  @Property({ type: 'text', nullable: true })
  ownerVerdictComment: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  ownerVerdictAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  recordedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy!: Ref<User> | null;

  @Field(() => String, { nullable: true, description: "the ticket's handler as it was when the callback was done" })
  @Property({ type: 'string', length: 50, nullable: true })
  handlerAtRecording: string | null = null;

  @Field(() => String, { nullable: true, description: "the ticket's department as it was when the callback was done" })
  @Property({ type: 'string', length: 50, nullable: true })
  departmentAtRecording: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewedBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '审核意见' })
  @Property({ type: 'text', nullable: true })
  reviewOpinion: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  escalatedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  escalatedTo!: Ref<User> | null;

  @Field(() => String, { nullable: true, description: '处理意见 (project manager)' })
  @Property({ type: 'text', nullable: true })
  handlingOpinion: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  handlingBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  handlingAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '跟进情况' })
  @Property({ type: 'text', nullable: true })
  followUp: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  /** 导入: the ledger file and row this record came from, with the paper form's own code (原编号); null when typed */
  @Property({ type: 'json', nullable: true })
  importSource: ImportSource | null = null;

  @Field(() => CallbackStatus)
  @Enum({ items: () => CallbackStatus })
  status: CallbackStatus = CallbackStatus.PLANNED;

  @Field(() => String, { nullable: true })
  override voidReason!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  override voidedAt!: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attemptCount: number = 0;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'when the owner asked to be called again' })
  @Property({ type: 'Date', nullable: true })
  nextAttemptAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime)
  override createdAt!: Date;

  @Field(() => GraphQLDateTime)
  override updatedAt!: Date;

  @Field(() => Int, { description: 'send back with every edit (optimistic locking)' })
  override version!: number;
}

/** An attempt that reached nobody, or an owner who asked to be called later; the callback stays open. */
@ObjectType({ description: '回访尝试' })
@Entity({ tableName: 'callback_attempt' })
export class CallbackAttempt {
  [OptionalProps]?: 'attemptedBy' | 'note' | 'nextAttemptAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Callback, { ref: true, index: true })
  callback!: Ref<Callback>;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  attemptedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  attemptedBy!: Ref<User> | null;

  @Field(() => AttemptOutcome)
  @Enum({ items: () => AttemptOutcome })
  outcome!: AttemptOutcome;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  nextAttemptAt: Date | null = null;
}
