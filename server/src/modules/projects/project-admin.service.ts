import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeProject } from '../../core/access';
import { ErrorCode, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, msg, PolicyPresetName, type FieldError, fieldError } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { DomainError, notFound } from '../../core/domain-error';
import { lockForEdit } from '../../db/lock-for-edit';
import { applyPreset } from '../policies/policy.service';
import { Department, Project } from './project.entity';

/** 项目编码: used in every number (HF-A01-…, HFB-A01-2026Q4-01), so short capitals and digits. */
export const PROJECT_CODE_PATTERN = /^[A-Z0-9]{1,8}$/;

export function checkProjectDraft(draft: { code?: string; name: string; companyName?: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.code !== undefined && !PROJECT_CODE_PATTERN.test(draft.code)) errors.push(fieldError('code', ErrorCode.BAD_USER_INPUT, msg('project.codeInvalid')));
  const name = draft.name.trim();
  if (!name) errors.push(fieldError('name', ErrorCode.BAD_USER_INPUT, msg('project.nameRequired')));
  else if (Array.from(name).length > MAX_LABEL_LENGTH) errors.push(fieldError('name', ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_LABEL_LENGTH })));
  if (draft.companyName && Array.from(draft.companyName.trim()).length > MAX_LABEL_LENGTH) {
    errors.push(fieldError('companyName', ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_LABEL_LENGTH })));
  }
  return errors;
}

/** 新建项目: with the callback policies of a preset (回访标准规程 by default), so its tickets get callbacks at once. */
export async function createProject(em: EntityManager, input: { code: string; name: string; companyName?: string | null; preset?: PolicyPresetName | null }) {
  const code = input.code.trim();
  const errors = checkProjectDraft({ ...input, code });
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  const taken = () => DomainError.of(ErrorCode.BAD_USER_INPUT, 'code', msg('project.codeTaken'));
  return em.transactional(async (tx) => {
    if (await tx.count(Project, { code })) throw taken();
    const companyName = input.companyName?.trim() || (await tx.find(Project, {}, { orderBy: { id: 'asc' }, limit: 1 }))[0]?.companyName || input.name.trim();
    const project = tx.create(Project, { code, name: input.name.trim(), companyName, createdAt: new Date() });
    await tx.flush();
    await applyPreset(tx, project, input.preset ?? PolicyPresetName.STANDARD_000);
    return project;
  }).catch((error: unknown) => {
    // the same code created twice at once: the unique index decides, the second is told
    throw error instanceof UniqueConstraintViolationException ? taken() : error;
  });
}

/** The code stays (it is printed in every number issued); the name can change. */
export async function renameProject(em: EntityManager, viewer: Viewer, input: { id: number; version: number; name: string; companyName?: string | null }) {
  const errors = checkProjectDraft(input);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const project = await lockForEdit(tx, Project, viewer, input);
    project.name = input.name.trim();
    if (input.companyName?.trim()) project.companyName = input.companyName.trim();
    return project;
  });
}

function checkDepartmentName(name: string): FieldError[] {
  const trimmed = name.trim();
  if (!trimmed) return [fieldError('name', ErrorCode.BAD_USER_INPUT, msg('department.nameRequired'))];
  if (Array.from(trimmed).length > MAX_NAME_LENGTH) return [fieldError('name', ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_NAME_LENGTH }))];
  return [];
}

/** 新增部门 of a project (the departments complaints name, and their supervisors lead). */
export async function createDepartment(em: EntityManager, input: { projectId: number; name: string }) {
  const errors = checkDepartmentName(input.name);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, input.projectId);
    if (!project) throw notFound('projectId');
    const name = input.name.trim();
    if (await tx.count(Department, { project: project.id, name })) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'name', msg('department.nameTaken'));
    const department = tx.create(Department, { project, name });
    await tx.flush();
    return department;
  }).catch((error: unknown) => {
    throw error instanceof UniqueConstraintViolationException ? DomainError.of(ErrorCode.BAD_USER_INPUT, 'name', msg('department.nameTaken')) : error;
  });
}

/** A department renamed: the complaints against it and its supervisor follow (they point at the row, not the name). */
export async function renameDepartment(em: EntityManager, viewer: Viewer, input: { id: number; name: string }) {
  const errors = checkDepartmentName(input.name);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    // a name without a version: renaming twice at once leaves the later name, which is what both wanted to see
    const department = await tx.findOne(Department, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!department || !canSeeProject(viewer, department.project.id)) throw notFound('id');
    const name = input.name.trim();
    if (name !== department.name && (await tx.count(Department, { project: department.project.id, name }))) {
      throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'name', msg('department.nameTaken'));
    }
    department.name = name;
    return department;
  });
}
