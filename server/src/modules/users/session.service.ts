import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_PROJECT_ROLES } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { columnNames } from '../../db/read-model';
import { Session, User } from './user.entity';
import { hashToken } from './token-hash';

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

// a fixed hash to compare against when the user does not exist, so both paths take as long
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

/** Checks a username and password; on success opens a session and returns its token (shown once). */
export async function signIn(
  em: EntityManager,
  username: string,
  password: string,
  ttlHours: number,
): Promise<{ token: string; user: User; expiresAt: Date } | null> {
  const user = await em.findOne(User, { username, active: true }, { populate: ['passwordHash'] });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  em.create(Session, { tokenHash: hashToken(token), user, expiresAt, createdAt: new Date() });
  await em.flush();
  return { token, user, expiresAt };
}

export async function signOut(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(Session, { tokenHash: hashToken(token), revokedAt: null }, { revokedAt: new Date() });
}

/**
 * The person behind a session token, with the projects they may see: one statement (session, user, assigned
 * projects, and every project for auditors and admins), since every request asks it first.
 */
export async function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null> {
  return viewerWhere(em, `join session s on s.user_id = u.id where s.token_hash = ? and s.revoked_at is null and s.expires_at > ? and u.active`, [hashToken(token), new Date()]);
}

/** An active member of staff as they would be signed in now: a background job acting for the person who asked for it. */
export function viewerOfUser(em: EntityManager, userId: number): Promise<Viewer | null> {
  return viewerWhere(em, `where u.id = ? and u.active`, [userId]);
}

async function viewerWhere(em: EntityManager, condition: string, params: unknown[]): Promise<Viewer | null> {
  const userColumns = columnNames(em.getMetadata().get(User.name)).map((column) => `u."${column}"`);
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${userColumns.join(', ')},
            array(select up.project_id from user_project up where up.user_id = u.id order by up.project_id) as "assigned$",
            case when u.role in (?) then array(select p.id from project p order by p.id) end as "all$"
       from app_user u
       ${condition}`,
    [[...ALL_PROJECT_ROLES], ...params],
  );
  if (!row) return null;
  const { assigned$: assigned, all$: all, ...columns } = row as { assigned$: number[]; all$: number[] | null };
  const user = em.map(User, columns);
  return { user, projectIds: all ?? assigned, piiProjectIds: assigned };
}
