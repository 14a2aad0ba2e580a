import type { ProjectAccess } from '../../graphql/context';
import type { QuarterlyStatistics } from './statistics.types';
/**
 * Residents' names, units and phones in the statistics (不合格回访, 重复投诉, 重复维修) follow the rule of the ticket
 * fields (seed 001: 保护客户隐私): the rows carry their project, and their fields are marked @PersonalData.
 */
/** Puts the project on every row that holds residents' data (also on a snapshot frozen before the rows carried it). */
export declare function withRowProject(figures: QuarterlyStatistics, projectId: number): QuarterlyStatistics;
/** The statistics as this caller may see them, for code that lays them out outside GraphQL (the workbook, history). */
type ResidentLists = Pick<QuarterlyStatistics, 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs'>;
export declare function statisticsAsSeenBy<F extends ResidentLists>(access: ProjectAccess | null, projectId: number | null, figures: F): F;
export {};
