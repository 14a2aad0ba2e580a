import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { API_TOKEN_PREFIX, ApiScope, ErrorCode, FieldError, isApiScope } from '@hf/shared';
import type { TokenCaller, Viewer } from '../../core/caller';
import { DomainError, notFound } from '../../core/domain-error';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { lockForEdit } from '../../db/lock-for-edit';
import { ApiToken } from './api-token.entity';
import { hashToken } from '../users/token-hash';

/** last_used_at is written at most once a minute per token, so busy integrations don't write on every request */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiTokenRequest {
  name: string;
  scopes: ApiScope[];
  /** project row ids (decoded at the edge); null or absent: every project */
  projectIds?: number[] | null;
  expiresAt?: Date | null;
}

export function validateApiTokenRequest(input: CreateApiTokenRequest, now = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  const name = input.name?.trim() ?? '';
  if (!name) errors.push({ field: 'name', code: ErrorCode.BAD_USER_INPUT, message: '请填写名称 (name is required)' });
  if (Array.from(name).length > 100) errors.push({ field: 'name', code: ErrorCode.BAD_USER_INPUT, message: '名称最多 100 字 (at most 100 characters)' });
  if (!input.scopes?.length) errors.push({ field: 'scopes', code: ErrorCode.BAD_USER_INPUT, message: '至少选择一项权限 (at least one scope)' });
  else if (input.scopes.some((s) => !isApiScope(s))) errors.push({ field: 'scopes', code: ErrorCode.BAD_USER_INPUT, message: '未知权限 (unknown scope)' });
  else if (input.scopes.length === 1 && input.scopes[0] === ApiScope.PII_READ) {
    errors.push({ field: 'scopes', code: ErrorCode.BAD_USER_INPUT, message: 'pii:read 需配合读取权限 (pii:read only widens a read scope)' });
  }
  if (input.projectIds && input.projectIds.length === 0) {
    errors.push({ field: 'projectIds', code: ErrorCode.BAD_USER_INPUT, message: '留空表示全部项目，或至少选一个项目 (leave empty for all projects or pick at least one)' });
  }
  if (input.projectIds && input.projectIds.length > 200) errors.push({ field: 'projectIds', code: ErrorCode.BAD_USER_INPUT, message: '项目过多 (too many projects)' });
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    errors.push({ field: 'expiresAt', code: ErrorCode.BAD_USER_INPUT, message: '到期时间须在将来 (must be in the future)' });
  }
  return errors;
}

/** Creates a token; the secret is returned here once and never again (only its SHA-256 is kept). */
export async function createApiToken(em: EntityManager, viewer: Viewer, input: CreateApiTokenRequest, now = new Date()): Promise<{ apiToken: ApiToken; secret: string }> {
  const errors = validateApiTokenRequest(input, now);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  const projectIds = input.projectIds ? [...new Set(input.projectIds)].sort((a, b) => a - b) : null;
  return em.transactional(async (tx) => {
    if (projectIds) {
      // a count, not partial entities in the identity map (the payload resolves the token's projects afterwards)
      if ((await tx.count(Project, { id: { $in: projectIds } })) !== projectIds.length) throw notFound('projectIds');
    }
    const secret = `${API_TOKEN_PREFIX}${crypto.randomBytes(30).toString('base64url')}`;
    const apiToken = tx.create(ApiToken, {
      name: input.name.trim(),
      tokenHash: hashToken(secret),
      tokenHint: `${API_TOKEN_PREFIX}…${secret.slice(-4)}`,
      scopes: [...new Set(input.scopes)].sort(),
      projectIds,
      createdBy: tx.getReference(User, viewer.user.id),
      createdAt: now,
      expiresAt: input.expiresAt ?? null,
    });
    await tx.flush();
    return { apiToken, secret };
  });
}

export async function revokeApiToken(em: EntityManager, viewer: Viewer, input: { id: number; version: number }, now = new Date()): Promise<ApiToken> {
  return em.transactional(async (tx) => {
    // tokens belong to no project: an admin sees them all
    const apiToken = await lockForEdit(tx, ApiToken, viewer, input);
    if (apiToken.revokedAt) throw DomainError.of(ErrorCode.INVALID_STATE, 'id', '令牌已吊销 (already revoked)');
    apiToken.revokedAt = now;
    apiToken.revokedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    return apiToken;
  });
}

export function looksLikeApiToken(bearer: string): boolean {
  return bearer.startsWith(API_TOKEN_PREFIX);
}

/** Neither revoked nor past its expiry. */
export function isApiTokenActive(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = new Date()): boolean {
  return !token.revokedAt && (!token.expiresAt || token.expiresAt > now);
}

/** The system behind a bearer token: its scopes and projects; null when unknown, revoked or expired. */
export async function callerForApiToken(em: EntityManager, secret: string, now = new Date()): Promise<TokenCaller | null> {
  if (secret.length > 200) return null;
  const apiToken = await em.findOne(ApiToken, { tokenHash: hashToken(secret), revokedAt: null });
  if (!apiToken || !isApiTokenActive(apiToken, now)) return null;
  // plain ids, not entities: a Project loaded with fields ['id'] stays in the request's identity map as a partial
  // entity, and every later `project { code }` of the request resolved it without its code (issue 21)
  const projectIds =
    apiToken.projectIds ?? (await em.getConnection().execute<{ id: number }[]>('select id from project order by id')).map((row) => Number(row.id));
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // bookkeeping, not a change of the token: no history row, no version bump
    await em.getConnection().execute('update api_token set last_used_at = ? where id = ?', [now, apiToken.id]);
  }
  return {
    token: { id: apiToken.id, name: apiToken.name, scopes: apiToken.scopes },
    projectIds,
    piiProjectIds: apiToken.scopes.includes(ApiScope.PII_READ) ? projectIds : [],
  };
}
