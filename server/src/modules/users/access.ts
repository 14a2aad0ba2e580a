import { ErrorCode, Role } from '@hf/shared';
import { GraphQLError } from 'graphql';
import type { Caller, Context, ProjectAccess, Viewer } from '../../graphql/context';
import { forbiddenError, unauthenticated } from '../../graphql/auth-checker';
import { decodeGlobalId } from '../../graphql/node';
import { DomainError } from '../../graphql/user-error';

/** Staff only: API tokens are refused (FORBIDDEN), anonymous callers are asked to sign in. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer && ctx.caller) throw forbiddenError('API 令牌不能执行此操作 (not available to API tokens)');
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Staff or an API token (the operations that accept tokens say which scope with @Authorized). */
export function requireCaller(ctx: Context): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}

export function canSeeProject(viewer: ProjectAccess, projectId: number): boolean {
  return viewer.projectIds.includes(projectId);
}

/** Residents' name, phone and unit: staff of that project, or a token with pii:read (seed 001: 保护客户隐私). */
export function canSeePersonalData(caller: ProjectAccess | null | undefined, projectId: number | null | undefined): boolean {
  return Boolean(caller && projectId != null && caller.piiProjectIds?.includes(projectId));
}

/** Decodes a global ID of the expected type; a malformed one is the caller's mistake, named by field. */
export function parseId(globalId: string, typeName: string, field: string): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, `不是有效的${typeName} ID (not a ${typeName} id)`);
  }
  return decoded.id;
}

/** For query arguments: a project filter the viewer may use (an unknown or foreign project is FORBIDDEN). */
export function projectArgument(viewer: ProjectAccess, globalId: string | null | undefined): number[] {
  if (!globalId) return viewer.projectIds;
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== 'Project' || !canSeeProject(viewer, decoded.id)) {
    throw new GraphQLError('无权访问该项目 (no access to this project)', {
      extensions: { code: ErrorCode.FORBIDDEN, field: ['projectId'] },
    });
  }
  return [decoded.id];
}

/** For mutations: the project must be one of the viewer's. */
export function assertProjectAccess(viewer: ProjectAccess, projectId: number, field = 'projectId'): void {
  if (!canSeeProject(viewer, projectId)) {
    throw DomainError.of(ErrorCode.NOT_FOUND, field, '记录不存在或无权访问 (not found)');
  }
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.includes(viewer.user.role);
}
