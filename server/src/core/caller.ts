import type { ApiScope, Role } from '@hf/shared';

/** What a caller may see: projects, and the projects whose residents' personal data they may read. */
export interface ProjectAccess {
  /** projects this caller may see: the assigned ones, or all for auditors and admins (a token: its projects) */
  projectIds: number[];
  /**
   * projects whose residents' name, phone and unit this caller may read unmasked: staff of the project
   * (assigned in user_project), or a token with pii:read (seed 001: 保护客户隐私，不得泄露个人信息).
   * Missing means none.
   */
  piiProjectIds?: number[];
}

/**
 * The member of staff as the rules see them. The session lookup (users/session.service.ts) gives the User entity
 * itself, so the users module may treat it as one.
 */
export interface StaffUser {
  id: number;
  role: Role;
  displayName: string;
}

/** A member of staff signed in with a session (cookie or bearer). */
export interface Viewer extends ProjectAccess {
  user: StaffUser;
}

/** Another system calling with an API token. */
export interface TokenCaller extends ProjectAccess {
  token: { id: number; name: string; scopes: ApiScope[] };
}

export type Caller = Viewer | TokenCaller;

export const isTokenCaller = (caller: Caller | null | undefined): caller is TokenCaller => Boolean(caller && 'token' in caller);
