import type { ProjectAccess } from '../../core/caller';
import { maskRow, registerJsonPersonalData } from '../../core/personal-data';
import type { QuarterlyStatistics } from './statistics.types';

/**
 * Residents' names, units and phones in the statistics (不合格回访, 重复投诉, 重复维修) follow the rule of the ticket
 * fields (seed 001: 保护客户隐私): the rows carry their project, and their fields are marked @PersonalData.
 */

/** Puts the project on every row that holds residents' data (also on a snapshot frozen before the rows carried it). */
export function withRowProject(figures: QuarterlyStatistics, projectId: number): QuarterlyStatistics {
  const stamp = <R extends object>(rows: R[]) => rows.map((row) => ({ ...row, projectId }));
  return {
    ...figures,
    unqualifiedCallbacks: stamp(figures.unqualifiedCallbacks),
    repeatedComplaints: stamp(figures.repeatedComplaints),
    repeatedRepairs: stamp(figures.repeatedRepairs),
  };
}

/** The statistics as this caller may see them, for code that lays them out outside GraphQL (the workbook, history). */
type ResidentLists = Pick<QuarterlyStatistics, 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs'>;

export function statisticsAsSeenBy<F extends ResidentLists>(access: ProjectAccess | null, projectId: number | null, figures: F): F {
  return {
    ...figures,
    unqualifiedCallbacks: figures.unqualifiedCallbacks.map((row) => maskRow(access, 'UnqualifiedCallback', projectId, row)),
    repeatedComplaints: figures.repeatedComplaints.map((row) => maskRow(access, 'RepeatedComplaint', projectId, row)),
    repeatedRepairs: figures.repeatedRepairs.map((row) => maskRow(access, 'RepeatedRepair', projectId, row)),
  };
}

// a report's frozen figures appear in its history (old/new of `figures`): masked by the same rule
registerJsonPersonalData('QuarterlyReport', 'figures', (access, projectId, value) =>
  value && typeof value === 'object' && 'unqualifiedCallbacks' in value ? statisticsAsSeenBy(access, projectId, value as QuarterlyStatistics) : value);
