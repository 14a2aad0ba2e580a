import { ALL_PROJECT_ROLES, Role } from './enums';
import { ErrorCode } from './error-codes';
import { type FieldError, fieldError } from './callback-fields';
import { msg } from './messages';
import { MAX_NAME_LENGTH } from './text';

// 用户管理 (DOMAIN.md: the administrator keeps the users): who may be assigned to what. Accounts are never deleted —
// a person who leaves is disabled (停用) and keeps their name on every record they wrote.

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,49}$/;

/** An account as the administrator writes it; the department only for a department supervisor. */
export interface UserAccountDraft {
  username?: string;
  displayName: string;
  role: Role;
  projectIds: readonly number[];
  departmentId?: number | null;
}

/** Roles that see every project (auditors, admins) are assigned to none: an assignment would open residents' data. */
export const isAllProjectRole = (role: Role): boolean => ALL_PROJECT_ROLES.includes(role);

/** The rules that need no database: the username's form, a name, projects for the role, a department for its supervisor. */
export function checkUserAccount(draft: UserAccountDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.username !== undefined && !USERNAME_PATTERN.test(draft.username)) {
    errors.push(fieldError('username', ErrorCode.BAD_USER_INPUT, msg('user.usernameInvalid')));
  }
  const name = draft.displayName.trim();
  if (!name) errors.push(fieldError('displayName', ErrorCode.BAD_USER_INPUT, msg('user.displayNameRequired')));
  else if (Array.from(name).length > MAX_NAME_LENGTH) errors.push(fieldError('displayName', ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_NAME_LENGTH })));
  if (isAllProjectRole(draft.role)) {
    if (draft.projectIds.length) errors.push(fieldError('projectIds', ErrorCode.BAD_USER_INPUT, msg('user.noProjectsForRole', { role: draft.role })));
  } else if (!draft.projectIds.length) {
    errors.push(fieldError('projectIds', ErrorCode.BAD_USER_INPUT, msg('user.projectsRequired', { role: draft.role })));
  }
  if (draft.role === Role.DEPARTMENT_SUPERVISOR && !draft.departmentId) {
    errors.push(fieldError('departmentId', ErrorCode.BAD_USER_INPUT, msg('user.departmentRequired')));
  }
  return errors;
}

/** A temporary password the administrator hands over (shown once): no look-alike characters (0/O, 1/l/I). */
export const TEMPORARY_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const TEMPORARY_PASSWORD_LENGTH = 12;
