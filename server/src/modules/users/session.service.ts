import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_PROJECT_ROLES } from '@hf/shared';
import type { Viewer } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { Session, User } from './user.entity';

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

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
  em.create(Session, { tokenHash: sha256(token), user, expiresAt, createdAt: new Date() });
  await em.flush();
  return { token, user, expiresAt };
}

export async function signOut(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(Session, { tokenHash: sha256(token), revokedAt: null }, { revokedAt: new Date() });
}

/** The person behind a session token, with the projects they may see. */
export async function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const session = await em.findOne(
    Session,
    { tokenHash: sha256(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user'] },
  );
  const user = session?.user.getEntity();
  if (!user || !user.active) return null;
  const assigned = await assignedProjectIds(em, user);
  const projectIds = ALL_PROJECT_ROLES.includes(user.role) ? await visibleProjectIds(em, user) : assigned;
  return { user, projectIds, piiProjectIds: assigned };
}

/** The projects a person is staff of (user_project): only there do they see residents' personal data. */
export async function assignedProjectIds(em: EntityManager, user: User): Promise<number[]> {
  const rows = await em.getConnection().execute<{ project_id: number }[]>(
    'select project_id from user_project where user_id = ? order by project_id',
    [user.id],
  );
  return rows.map((r) => r.project_id);
}

export async function visibleProjectIds(em: EntityManager, user: User): Promise<number[]> {
  if (ALL_PROJECT_ROLES.includes(user.role)) {
    const all = await em.find(Project, {}, { fields: ['id'], orderBy: { id: 'asc' } });
    return all.map((p) => p.id);
  }
  return assignedProjectIds(em, user);
}
