import { Entity, EntityRepositoryType, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { ArchivedPeriodRepository } from './archived-period.repository';

/**
 * 存档: a period of a project handed to the service centre (于下一季度10日前统一交由服务中心存档). From then on every
 * record of it is read-only; the row is never changed or deleted (the table refuses DELETE).
 */
@Entity({ tableName: 'archived_period', repository: () => ArchivedPeriodRepository })
export class ArchivedPeriod {
  [EntityRepositoryType]?: ArchivedPeriodRepository;
  [PrimaryKeyProp]?: ['project', 'period'];
  [OptionalProps]?: 'archivedAt' | 'archivedBy';

  @ManyToOne(() => Project, { primary: true, ref: true })
  project!: Ref<Project>;

  /** 2026Q3, or 2026-07 for a project that compiles monthly */
  @PrimaryKey({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'date' })
  fromDate!: string;

  /** inclusive */
  @Property({ type: 'date' })
  toDate!: string;

  @Property({ type: 'Date' })
  archivedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  archivedBy: Ref<User> | null = null;
}
