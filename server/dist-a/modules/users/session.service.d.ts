import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { User } from './user.entity';
export declare function hashPassword(password: string): Promise<string>;
/** Checks a username and password; on success opens a session and returns its token (shown once). */
export declare function signIn(em: EntityManager, username: string, password: string, ttlHours: number): Promise<{
    token: string;
    user: User;
    expiresAt: Date;
} | null>;
export declare function signOut(em: EntityManager, token: string): Promise<void>;
/**
 * The person behind a session token, with the projects they may see: one statement (session, user, assigned
 * projects, and every project for auditors and admins), since every request asks it first.
 */
export declare function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null>;
/** The projects a person is staff of (user_project): only there do they see residents' personal data. */
export declare function assignedProjectIds(em: EntityManager, user: User): Promise<number[]>;
export declare function visibleProjectIds(em: EntityManager, user: User): Promise<number[]>;
