import crypto from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkUserAccount, ErrorCode, msg, Role, TEMPORARY_PASSWORD_ALPHABET, TEMPORARY_PASSWORD_LENGTH, type UserAccountDraft,
} from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { DomainError, notFound } from '../../core/domain-error';
import { lockForEdit } from '../../db/lock-for-edit';
import { Department, Project } from '../projects/project.entity';
import { hashPassword } from './session.service';
import { Session, User } from './user.entity';

/** A password the administrator hands over once (there is no self-service change of password yet). */
export function temporaryPassword(): string {
  const bytes = crypto.randomBytes(TEMPORARY_PASSWORD_LENGTH);
  return Array.from(bytes, (b) => TEMPORARY_PASSWORD_ALPHABET[b % TEMPORARY_PASSWORD_ALPHABET.length]).join('');
}

/** The projects and department exist, and the department belongs to one of the assigned projects. */
async function assignments(tx: EntityManager, draft: UserAccountDraft): Promise<{ projects: Project[]; department: Department | null }> {
  const ids = [...new Set(draft.projectIds)];
  const projects = ids.length ? await tx.find(Project, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  if (projects.length !== ids.length) throw notFound('projectIds');
  if (draft.role !== Role.DEPARTMENT_SUPERVISOR || !draft.departmentId) return { projects, department: null };
  const department = await tx.findOne(Department, draft.departmentId);
  if (!department) throw notFound('departmentId');
  if (!ids.includes(department.project.id)) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'departmentId', msg('user.departmentOutsideProjects'));
  return { projects, department };
}

const revokeSessions = (tx: EntityManager, userId: number) => tx.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });

/** 新增用户: the account and a temporary password, shown this once (only its bcrypt hash is kept). */
export async function createUserAccount(em: EntityManager, draft: UserAccountDraft & { username: string }): Promise<{ user: User; temporaryPassword: string }> {
  const username = draft.username.trim();
  const errors = checkUserAccount({ ...draft, username });
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const taken = () => DomainError.of(ErrorCode.BAD_USER_INPUT, 'username', msg('user.usernameTaken'));
  try {
    return await em.transactional(async (tx) => {
      if (await tx.count(User, { username })) throw taken();
      const { projects, department } = await assignments(tx, draft);
      const user = tx.create(User, { username, displayName: draft.displayName.trim(), role: draft.role, passwordHash, department, createdAt: new Date() });
      user.projects.set(projects);
      await tx.flush();
      return { user, temporaryPassword: password };
    });
  } catch (error) {
    // the same username created by two administrators at once: the unique index decides, the second is told
    if (error instanceof UniqueConstraintViolationException) throw taken();
    throw error;
  }
}

/** 修改用户: name, role, projects and department, at the version the administrator read. */
export async function updateUserAccount(em: EntityManager, viewer: Viewer, input: UserAccountDraft & { id: number; version: number }): Promise<User> {
  const errors = checkUserAccount({ ...input, username: undefined });
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const user = await lockForEdit(tx, User, viewer, input);
    // an administrator who demoted themself would lock every administrator out of this screen
    if (user.id === viewer.user.id && input.role !== user.role) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'role', msg('user.notOwnAccount'));
    const { projects, department } = await assignments(tx, input);
    await user.projects.init();
    const assignmentChanged = user.role !== input.role || user.projects.getIdentifiers().join() !== projects.map((p) => p.id).join();
    user.displayName = input.displayName.trim();
    user.role = input.role;
    user.department = department ? tx.getReference(Department, department.id, { wrapped: true }) : null;
    user.projects.set(projects);
    // a new role or fewer projects takes effect now, not when the old session expires
    if (assignmentChanged) await revokeSessions(tx, user.id);
    return user;
  });
}

/** 重置密码: a new temporary password, shown once; the person's open sessions end. */
export async function resetUserPassword(em: EntityManager, viewer: Viewer, input: { id: number; version: number }): Promise<{ user: User; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    const user = await lockForEdit(tx, User, viewer, input);
    if (!user.active) throw DomainError.of(ErrorCode.INVALID_STATE, 'id', msg('user.alreadyInState'));
    // history leaves the hash out (audit/history.subscriber.ts); the version moves on, so a stale form is refused
    user.passwordHash = passwordHash;
    await revokeSessions(tx, user.id);
    await tx.flush();
    return { user, temporaryPassword: password };
  });
}

/** 停用 / 启用: never deleted; a disabled person cannot sign in and their sessions end at once. */
export async function setUserActive(em: EntityManager, viewer: Viewer, input: { id: number; version: number; active: boolean }): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await lockForEdit(tx, User, viewer, input);
    if (user.id === viewer.user.id) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'active', msg('user.notOwnAccount'));
    if (user.active === input.active) throw DomainError.of(ErrorCode.INVALID_STATE, 'active', msg('user.alreadyInState'));
    user.active = input.active;
    if (!input.active) await revokeSessions(tx, user.id);
    return user;
  });
}
