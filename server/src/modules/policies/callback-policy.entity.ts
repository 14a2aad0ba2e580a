import { Entity, Enum, ManyToOne, PrimaryKey, Property, Ref, OptionalProps } from '@mikro-orm/core';
import { ComplaintSeverity, PolicyStage, TicketKind } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { encodeGlobalId } from '../../core/global-id';
import { Node } from '../../graphql/node';
import { Project } from '../projects/project.entity';
import { PolicyStageType } from './policy-stage.type';

/** 回访政策: per project and ticket kind (and complaint severity), a list of stages. */
@ObjectType({ implements: Node, description: '回访政策' })
@Entity({ tableName: 'callback_policy' })
export class CallbackPolicy {
  [OptionalProps]?: 'nodeId' | 'version' | 'updatedAt' | 'preset' | 'severity';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return encodeGlobalId('CallbackPolicy', this.id);
  }

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
  @Property({ version: true, type: 'integer' })
  version!: number;
}
