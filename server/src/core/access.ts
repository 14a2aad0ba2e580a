import type { Role } from '@hf/shared';
import type { ProjectAccess, Viewer } from './caller';
import { notFound } from './domain-error';

export function canSeeProject(access: ProjectAccess, projectId: number): boolean {
  return access.projectIds.includes(projectId);
}

/** Residents' name, phone and unit: staff of that project, or a token with pii:read (seed 001: 保护客户隐私). */
export function canSeePersonalData(access: ProjectAccess | null | undefined, projectId: number | null | undefined): boolean {
  return Boolean(access && projectId != null && access.piiProjectIds?.includes(projectId));
}

/** For changes: the project must be one of the caller's (another one is NOT_FOUND, so nothing tells it exists). */
export function assertProjectAccess(access: ProjectAccess, projectId: number, field = 'projectId'): void {
  if (!canSeeProject(access, projectId)) throw notFound(field);
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.includes(viewer.user.role);
}
