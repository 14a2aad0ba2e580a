import { Entity, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { maskHistoryValue } from '../../graphql/personal-data';

/** One changed field of one record: who, when, old → new. Written in the same transaction; never edited. */
@ObjectType({ description: '变更记录' })
@Entity({ tableName: 'change_record' })
@Index({ properties: ['entityType', 'entityId'] })
export class ChangeRecord {
  [OptionalProps]?: 'changedAt' | 'projectId' | 'changedById' | 'changedByTokenId' | 'changedByOwnerLinkId' | 'oldValue' | 'newValue' | 'field';

  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  @Property({ type: 'integer', nullable: true })
  projectId: number | null = null;

  @Field(() => String, { description: 'CREATE or UPDATE' })
  @Property({ type: 'string', length: 10 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  field: string | null = null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'personal data masked like the field itself' })
  @UseMiddleware(maskHistoryValue)
  @Property({ type: 'json', nullable: true })
  oldValue: unknown = null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'for CREATE: the row as first written' })
  @UseMiddleware(maskHistoryValue)
  @Property({ type: 'json', nullable: true })
  newValue: unknown = null;

  @Property({ type: 'integer', nullable: true })
  changedById: number | null = null;

  /** set when another system made the change with an API token */
  @Property({ type: 'integer', nullable: true })
  changedByTokenId: number | null = null;

  /** set when the owner made the change through a one-time link (owner-links): the link's id, never its secret */
  @Property({ type: 'integer', nullable: true })
  changedByOwnerLinkId: number | null = null;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  changedAt: Date = new Date();
}
