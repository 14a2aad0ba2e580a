import { Entity, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { ApiScope } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { VersionedEntity, VersionedProps } from '../../db/base-entity';
import { User } from '../users/user.entity';

/**
 * An API token of another system (call centre, data warehouse …). Only the SHA-256 of the secret is stored;
 * the secret is shown once, when the admin creates it. Revoked, never deleted.
 */
@ObjectType({ implements: Node, description: 'API 令牌 (API token of another system)' })
@Entity({ tableName: 'api_token' })
export class ApiToken extends VersionedEntity {
  [OptionalProps]?: VersionedProps | 'createdAt' | 'expiresAt' | 'revokedAt' | 'revokedBy' | 'lastUsedAt' | 'projectIds' | 'createdBy';

  @Field(() => String, { description: '名称, e.g. 呼叫中心 (call centre)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  tokenHash!: string;

  @Field(() => String, { description: 'the prefix and last 4 characters, to recognise a token without its secret' })
  @Property({ type: 'string', length: 12 })
  tokenHint!: string;

  @Field(() => [ApiScope])
  @Property({ type: 'text[]' })
  scopes: ApiScope[] = [];

  /** null: every project; otherwise only these (the token never sees rows of other projects) */
  @Property({ type: 'json', nullable: true })
  projectIds: number[] | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy!: Ref<User> | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'last request made with it (at most a minute old)' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Int)
  override version!: number;
}
