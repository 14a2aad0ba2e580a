import { Entity, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps } from '../../db/base-entity';
import { PersonalData } from '../../graphql/personal-data';
import { Project } from '../projects/project.entity';

/** 业主/住户 of a unit (楼栋-单元-房号). */
@ObjectType({ implements: Node, description: '业主' })
@Entity({ tableName: 'owner' })
@Unique({ properties: ['project', 'unit', 'name'] })
export class Owner extends NodeEntity {
  [OptionalProps]?: NodeProps | 'phone';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String)
  @PersonalData('name')
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '楼栋-单元-房号, e.g. 3-2-1502' })
  @PersonalData('unit')
  @Property({ type: 'string', length: 30 })
  unit!: string;

  @Field(() => String, { nullable: true })
  @PersonalData('phone')
  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;
}
