import { Entity, Enum, ManyToOne, Property, Ref, OptionalProps } from '@mikro-orm/core';
import { ComplaintSeverity, PolicyStage, TicketKind } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { VersionedEntity, VersionedProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { PolicyStageType } from './policy-stage.type';

/** 回访政策: per project and ticket kind (and complaint severity), a list of stages. */
@ObjectType({ implements: Node, description: '回访政策' })
@Entity({ tableName: 'callback_policy' })
export class CallbackPolicy extends VersionedEntity {
  [OptionalProps]?: VersionedProps | 'updatedAt' | 'preset' | 'severity';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => TicketKind)
  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Field(() => ComplaintSeverity, { nullable: true })
  @Enum({ items: () => ComplaintSeverity, nullable: true })
  severity: ComplaintSeverity | null = null;

  @Field(() => [PolicyStageType])
  @Property({ type: 'json' })
  stages: PolicyStage[] = [];

  @Field(() => String, { nullable: true, description: 'the preset it was created from' })
  @Property({ type: 'string', length: 30, nullable: true })
  preset: string | null = null;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  override version!: number;
}
