import { Entity, Enum, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { COMMON_SHORTCOMINGS, DEFAULT_CORRECTION_HOURS, DEFAULT_UNIT_EXAMPLE, DEFAULT_UNIT_PATTERN, StatisticsPeriod, DEFAULT_REMINDER_DAYS } from '@hf/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps, VersionedEntity, VersionedProps } from '../../db/base-entity';

/** 物业项目: one residential estate; every ticket belongs to one. */
@ObjectType({ implements: Node, description: '物业项目' })
@Entity({ tableName: 'project' })
export class Project extends VersionedEntity {
  [OptionalProps]?: VersionedProps | 'commonShortcomings' | 'statisticsPeriod' | 'minGapDays' | 'maxAttempts' | 'correctionHours' | 'reminderDays' | 'retentionYears' | 'unitPattern' | 'unitExample' | 'createdAt';

  @Field(() => String, { description: 'short code used in every number, e.g. A01' })
  @Unique()
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  companyName!: string;

  @Field(() => StatisticsPeriod, { description: 'quarter by default; seed 001 compiles monthly' })
  @Enum({ items: () => StatisticsPeriod })
  statisticsPeriod: StatisticsPeriod = StatisticsPeriod.QUARTER;

  @Field(() => Int, { description: 'minimum days between two callbacks to the same owner (complaints excepted)' })
  @Property({ type: 'integer' })
  minGapDays: number = 30;

  @Field(() => Int, { description: 'attempts before a callback is marked unreachable (无法联系)' })
  @Property({ type: 'integer' })
  maxAttempts: number = 3;

  @Field(() => Int, { description: 'hours during which the visitor may correct a recorded result' })
  @Property({ type: 'integer' })
  correctionHours: number = DEFAULT_CORRECTION_HOURS;

  @Field(() => Int, { description: 'days before a planned callback\'s window closes when its clerk is reminded (default 2)' })
  @Property({ type: 'integer' })
  reminderDays: number = DEFAULT_REMINDER_DAYS;

  @Field(() => Int, { description: '保管2年: years records are kept; nothing is deleted automatically' })
  @Property({ type: 'integer' })
  retentionYears: number = 2;

  @Field(() => String, { description: '房号 format: a regular expression every new or changed unit must match (楼栋-单元-房号 by default)' })
  @Property({ type: 'string', length: 200 })
  unitPattern: string = DEFAULT_UNIT_PATTERN;

  @Field(() => String, { description: 'a unit in that format, shown in the form and in the refusal, e.g. 3-2-1502' })
  @Property({ type: 'string', length: 30 })
  unitExample: string = DEFAULT_UNIT_EXAMPLE;

  @Field(() => [String], { description: '缺点与不足: the common reasons the record form offers (项目设置; the standard list by default)' })
  @Property({ type: 'json' })
  commonShortcomings: string[] = [...COMMON_SHORTCOMINGS];

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int, { description: 'sent back with a settings change, so two administrators never overwrite each other' })
  override version!: number;
}

@ObjectType({ implements: Node, description: '部门' })
@Entity({ tableName: 'department' })
@Unique({ properties: ['project', 'name'] })
export class Department extends NodeEntity {
  [OptionalProps]?: NodeProps;

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;
}
