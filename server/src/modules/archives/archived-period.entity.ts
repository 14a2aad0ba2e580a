import { Entity, EntityRepositoryType, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { ArchiveSealFigures } from './archive-seal';
import { ArchivedPeriodRepository } from './archived-period.repository';

/**
 * 存档: a period of a project handed to the service centre (于下一季度10日前统一交由服务中心存档). From then on every
 * record of it is read-only; the row is never changed or deleted (the table refuses DELETE).
 */
@Entity({ tableName: 'archived_period', repository: () => ArchivedPeriodRepository })
export class ArchivedPeriod {
  [EntityRepositoryType]?: ArchivedPeriodRepository;
  [PrimaryKeyProp]?: ['project', 'period'];
  [OptionalProps]?: 'archivedAt' | 'archivedBy' | 'sealChainLength' | 'sealChainHash' | 'sealTickets' | 'sealCallbacks' | 'sealRecordsDigest';

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

  // 封存 (archive-seal.ts): taken at archiving; null for periods archived before seals existed
  @Property({ type: 'bigint', nullable: true })
  sealChainLength: string | null = null;

  @Property({ type: 'text', nullable: true })
  sealChainHash: string | null = null;

  @Property({ type: 'integer', nullable: true })
  sealTickets: number | null = null;

  @Property({ type: 'integer', nullable: true })
  sealCallbacks: number | null = null;

  @Property({ type: 'text', nullable: true })
  sealRecordsDigest: string | null = null;
}

/** The seal of an archive row, when it has one. */
export function sealOf(row: ArchivedPeriod): ArchiveSealFigures | null {
  if (row.sealRecordsDigest === null || row.sealChainLength === null) return null;
  return {
    chainLength: Number(row.sealChainLength),
    chainHash: row.sealChainHash ?? '',
    tickets: row.sealTickets ?? 0,
    callbacks: row.sealCallbacks ?? 0,
    recordsDigest: row.sealRecordsDigest,
  };
}
