import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { OwnerLinkPurpose, OwnerLinkState, ownerLinkState } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps } from '../../db/base-entity';
import { Callback } from '../callbacks/callback.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/**
 * 业主回访链接: a one-time link for the owner of a callback's ticket (a survey to fill, or a phone result to confirm).
 * The secret is never stored: only its SHA-256 (`tokenHash`); the link is shown once, to whoever asked for it.
 */
@ObjectType({ implements: Node, description: '业主回访链接 (the secret itself is shown only once, when it is made)' })
@Entity({ tableName: 'owner_link' })
@Index({ properties: ['callback'] })
export class OwnerLink extends NodeEntity {
  [OptionalProps]?: NodeProps | 'usedAt' | 'revokedAt' | 'revokedBy' | 'createdBy' | 'createdByTokenId' | 'state' | 'opens';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @ManyToOne(() => Callback, { ref: true })
  callback!: Ref<Callback>;

  @Field(() => OwnerLinkPurpose, { description: 'SURVEY: the owner fills the form; CONFIRM: the owner confirms or disputes a phone result' })
  @Enum({ items: () => OwnerLinkPurpose })
  purpose!: OwnerLinkPurpose;

  /** SHA-256 (hex) of the secret in the URL */
  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  /** another system (the SMS gateway) asked for it with this API token */
  @Property({ type: 'integer', nullable: true })
  createdByTokenId: number | null = null;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'the end of the callback window (survey) or 7 days after sending (confirmation)' })
  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'when the owner answered (a link answers once)' })
  @Property({ type: 'Date', nullable: true })
  usedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy: Ref<User> | null = null;

  @Field(() => OwnerLinkState)
  get state(): OwnerLinkState {
    return ownerLinkState(this, new Date());
  }
}
