import { PrimaryKey, Property } from '@mikro-orm/core';
import { encodeGlobalId } from '../core/global-id';

/**
 * The columns every entity repeated, mapped once. An entity extends the level it needs:
 * NodeEntity (id and the global ID) → VersionedEntity (optimistic locking) → TrackedEntity (created, updated)
 * → VoidableEntity (作废: kept with the reason, never deleted). MikroORM maps the inherited columns as the entity's
 * own. These classes are not GraphQL types: `id` comes from the Node interface, and an entity shows an inherited
 * column by re-declaring it with @Field where it stands in its type (type-graphql would print inherited fields
 * first, reordering the schema).
 */
export abstract class NodeEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** the Relay global ID (the Node interface's `id`), e.g. base64url("Callback:42"): the type is the entity's class */
  get nodeId(): string {
    return encodeGlobalId(this.constructor.name, this.id);
  }
}

/** The properties em.create() need not be given, level by level (an entity adds its own). */
export type NodeProps = 'nodeId';
export type VersionedProps = NodeProps | 'version';
export type TrackedProps = VersionedProps | 'createdAt' | 'updatedAt';
export type VoidableProps = TrackedProps | 'voidReason' | 'voidedAt';

/** A row people edit: the client sends back the version it read (optimistic locking). */
export abstract class VersionedEntity extends NodeEntity {
  @Property({ version: true, type: 'integer' })
  version!: number;
}

export abstract class TrackedEntity extends VersionedEntity {
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Never deleted: voided with a reason, and kept. */
export abstract class VoidableEntity extends TrackedEntity {
  @Property({ type: 'text', nullable: true })
  voidReason: string | null = null;

  @Property({ type: 'Date', nullable: true })
  voidedAt: Date | null = null;
}
