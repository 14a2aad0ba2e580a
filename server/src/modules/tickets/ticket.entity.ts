import type { ImportSource } from '../imports/import-source';
import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { Channel, ComplaintSeverity, TicketKind, TicketStatus } from '@hf/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { VoidableEntity, VoidableProps } from '../../db/base-entity';
import { PersonalData } from '../../graphql/personal-data';
import { Owner } from '../owners/owner.entity';
import { Department, Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** 服务事项/工单: one service event that may need a callback (the 《客户投诉登记表》 and repair work order). */
@ObjectType({ implements: Node, description: '工单' })
@Entity({ tableName: 'ticket' })
// the statistics' covering indexes (completed, received, special-service contracts): migrations …100001StatisticsIndexes
@Index({ properties: ['project', 'receivedAt'] })
export class Ticket extends VoidableEntity {
  [OptionalProps]?: VoidableProps | 'status' | 'severity' | 'phone' | 'department' | 'category' | 'handler' | 'handlingResult' | 'startedAt' | 'completedAt' | 'contractStart' | 'contractEnd' | 'createdBy' | 'importSource';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String, { description: '工单编号, e.g. A01-20260214-001' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  number!: string;

  @Field(() => TicketKind)
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => ComplaintSeverity, { nullable: true, description: 'complaints only: 重大 / 一般' })
  @Enum({ items: () => ComplaintSeverity, nullable: true })
  severity: ComplaintSeverity | null = null;

  @ManyToOne(() => Owner, { ref: true })
  owner!: Ref<Owner>;

  @Field(() => String, { description: '业主/住户姓名 (masked, e.g. 张**, unless you are staff of the project or hold pii:read)' })
  @PersonalData('name')
  @Property({ type: 'string', length: 50 })
  ownerName!: string;

  @Field(() => String, { description: '楼栋-单元-房号 (masked, e.g. 3-*-****, unless you are staff of the project or hold pii:read)' })
  @PersonalData('unit')
  @Property({ type: 'string', length: 30 })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'masked, e.g. 138****5678, unless you are staff of the project or hold pii:read' })
  @PersonalData('phone')
  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  receivedAt!: Date;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department!: Ref<Department> | null;

  @Field(() => String, { nullable: true, description: 'e.g. 水管漏水; used to find repeated repairs' })
  @Property({ type: 'string', length: 50, nullable: true })
  category: string | null = null;

  @Field(() => String, { description: '内容摘要' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '处理人' })
  @Property({ type: 'string', length: 50, nullable: true })
  handler: string | null = null;

  @Field(() => String, { nullable: true, description: '处理结果' })
  @Property({ type: 'text', nullable: true })
  handlingResult: string | null = null;

  /** 导入: the ledger file and row this ticket came from (imports/ledger-import.service.ts); null when typed */
  @Property({ type: 'json', nullable: true })
  importSource: ImportSource | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  startedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  completedAt: Date | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'special services: contract start' })
  @Property({ type: 'date', nullable: true })
  contractStart: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'special services: contract end' })
  @Property({ type: 'date', nullable: true })
  contractEnd: string | null = null;

  @Field(() => TicketStatus)
  @Enum({ items: () => TicketStatus })
  status: TicketStatus = TicketStatus.OPEN;

  @Field(() => String, { nullable: true })
  override voidReason!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  override voidedAt!: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime)
  override createdAt!: Date;

  @Field(() => GraphQLDateTime)
  override updatedAt!: Date;

  @Field(() => Int, { description: 'send back with every edit (optimistic locking)' })
  override version!: number;
}
