import type { EntityManager } from '@mikro-orm/postgresql';
import { checkProjectSettings, checkUnitFormat, normaliseShortcomings, StatisticsPeriod, type ProjectSettingsChange } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import type { Viewer } from '../../core/caller';
import { lockForEdit } from '../../db/lock-for-edit';
import { Project } from './project.entity';

export interface ProjectSettingsRequest extends ProjectSettingsChange {
  /** the project's row id, checked against the caller's projects at the edge */
  projectId: number;
  /** the version the administrator read; absent: any (scripts that set one value) */
  version?: number | null;
  statisticsPeriod?: StatisticsPeriod | null;
  retentionYears?: number | null;
  /** days ahead of a window's close when the clerk is reminded (0–30, checked by the input) */
  reminderDays?: number | null;
  unitPattern?: string | null;
  unitExample?: string | null;
}

/**
 * 项目设置: every bad value is refused with its field before anything is written (gap < 0, a cap of 0, more than
 * 168 correction hours …); a change based on an older version is a CONFLICT, never an overwrite.
 */
export async function updateProjectSettings(em: EntityManager, viewer: Viewer, input: ProjectSettingsRequest): Promise<Project> {
  const errors = checkProjectSettings(input);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const project = await lockForEdit(tx, Project, viewer, { id: input.projectId, version: input.version ?? null }, { idField: 'projectId' });
    if (input.unitPattern || input.unitExample) {
      // the pattern and its example are judged together: the example must follow the pattern
      const pattern = input.unitPattern?.trim() || project.unitPattern;
      const example = input.unitExample?.trim() || project.unitExample;
      const unitErrors = checkUnitFormat(pattern, example);
      if (unitErrors.length) throw DomainError.fromFieldErrors(unitErrors);
      project.unitPattern = pattern;
      project.unitExample = example;
    }
    // @Min(2) on the input has refused fewer than 2 years before this runs (保管2年)
    if (input.retentionYears !== null && input.retentionYears !== undefined) project.retentionYears = input.retentionYears;
    if (input.statisticsPeriod) project.statisticsPeriod = input.statisticsPeriod;
    if (input.reminderDays !== null && input.reminderDays !== undefined) project.reminderDays = input.reminderDays;
    if (input.minGapDays !== null && input.minGapDays !== undefined) project.minGapDays = input.minGapDays;
    if (input.maxAttempts !== null && input.maxAttempts !== undefined) project.maxAttempts = input.maxAttempts;
    if (input.correctionHours !== null && input.correctionHours !== undefined) project.correctionHours = input.correctionHours;
    if (input.commonShortcomings) project.commonShortcomings = normaliseShortcomings(input.commonShortcomings);
    return project;
  });
}
