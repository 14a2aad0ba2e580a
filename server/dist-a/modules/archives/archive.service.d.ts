import type { EntityManager } from '@mikro-orm/postgresql';
import { PeriodRange } from '@hf/shared';
import type { Viewer } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import type { ArchiveStatus } from './archive.types';
export declare function periodArgument(period: string, field?: string): PeriodRange;
/** The period due for archiving now: the one before today's, in the project's setting. */
export declare function previousPeriod(project: Project, now: Date): string;
export declare function archiveStatus(em: EntityManager, project: Project, period: string, now?: Date): Promise<ArchiveStatus>;
/** 存档 by the service supervisor: from now on every record of the period is read-only for everyone. */
export declare function archivePeriod(em: EntityManager, viewer: Viewer, input: {
    projectId: string;
    period: string;
}, now?: Date): Promise<ArchiveStatus>;
