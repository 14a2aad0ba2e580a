import { Entity, Enum, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { TicketKind } from '@hf/shared';
import { VersionedEntity, VersionedProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/**
 * 规范用语 of a project for one ticket kind, as its administrator wrote it. A kind without a row uses the standard
 * wording (shared DEFAULT_CALL_SCRIPTS); the first change writes the row. Never deleted.
 */
@Entity({ tableName: 'call_script' })
@Unique({ properties: ['project', 'kind'] })
export class CallScript extends VersionedEntity {
  [OptionalProps]?: VersionedProps | 'updatedAt' | 'updatedBy';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Enum({ items: () => TicketKind })
  kind!: TicketKind;

  @Property({ type: 'text' })
  greeting!: string;

  @Property({ type: 'text' })
  questions!: string;

  @Property({ type: 'text' })
  closing!: string;

  @Property({ type: 'text' })
  busyReply!: string;

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  updatedBy: Ref<User> | null = null;
}
