import { Entity, ManyToOne, PrimaryKey, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { encodeGlobalId } from '../../core/global-id';
import { Node } from '../../graphql/node';
import { PersonalData } from '../../graphql/personal-data';
import { Project } from '../projects/project.entity';

/** 业主/住户 of a unit (楼栋-单元-房号). */
@ObjectType({ implements: Node, description: '业主' })
@Entity({ tableName: 'owner' })
@Unique({ properties: ['project', 'unit', 'name'] })
export class Owner {
  [OptionalProps]?: 'nodeId' | 'phone';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return encodeGlobalId('Owner', this.id);
  }

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
