import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { Role } from '@hf/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { VersionedEntity, VersionedProps } from '../../db/base-entity';
import { Department, Project } from '../projects/project.entity';

/** A member of staff: clerk, supervisor, department supervisor, project manager, auditor or admin. */
@ObjectType({ implements: Node, description: '员工' })
@Entity({ tableName: 'app_user' })
export class User extends VersionedEntity {
  [OptionalProps]?: VersionedProps | 'active' | 'createdAt' | 'department';

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 50 })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  displayName!: string;

  @Property({ type: 'string', length: 100, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** for department supervisors: the department they lead */
  @ManyToOne(() => Department, { ref: true, nullable: true })
  department!: Ref<Department> | null;

  @ManyToMany({ entity: () => Project, pivotTable: 'user_project', owner: true })
  projects = new Collection<Project>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int)
  override version!: number;
}

/** A signed-in session; only the SHA-256 of the token is stored. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'revokedAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;
}
