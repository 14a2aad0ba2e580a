import { Ref, OptionalProps } from '@mikro-orm/core';
import { ApiScope } from '@hf/shared';
import { User } from '../users/user.entity';
/**
 * An API token of another system (call centre, data warehouse …). Only the SHA-256 of the secret is stored;
 * the secret is shown once, when the admin creates it. Revoked, never deleted.
 */
export declare class ApiToken {
    [OptionalProps]?: 'nodeId' | 'createdAt' | 'expiresAt' | 'revokedAt' | 'revokedBy' | 'lastUsedAt' | 'version' | 'projectIds' | 'createdBy';
    id: number;
    get nodeId(): string;
    name: string;
    tokenHash: string;
    tokenHint: string;
    scopes: ApiScope[];
    /** null: every project; otherwise only these (the token never sees rows of other projects) */
    projectIds: number[] | null;
    createdBy: Ref<User> | null;
    createdAt: Date;
    expiresAt: Date | null;
    revokedAt: Date | null;
    revokedBy: Ref<User> | null;
    lastUsedAt: Date | null;
    version: number;
}
