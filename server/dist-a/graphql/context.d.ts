import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiScope } from '@hf/shared';
import type { Request, Response } from 'express';
import type { User } from '../modules/users/user.entity';
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
/** A member of staff signed in with a session (cookie or bearer). */
export interface Viewer extends ProjectAccess {
    user: User;
}
/** Another system calling with an API token. */
export interface TokenCaller extends ProjectAccess {
    token: {
        id: number;
        name: string;
        scopes: ApiScope[];
    };
}
export type Caller = Viewer | TokenCaller;
export declare const isTokenCaller: (caller: Caller | null | undefined) => caller is TokenCaller;
export interface Context {
    em: EntityManager;
    /** staff only: null for anonymous callers and API tokens */
    viewer: Viewer | null;
    /** staff or API token */
    caller: Caller | null;
    req: Request;
    res: Response;
}
