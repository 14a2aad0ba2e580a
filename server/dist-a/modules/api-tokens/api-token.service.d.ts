import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiScope, FieldError } from '@hf/shared';
import type { TokenCaller, Viewer } from '../../graphql/context';
import { ApiToken } from './api-token.entity';
export interface CreateApiTokenRequest {
    name: string;
    scopes: ApiScope[];
    projectIds?: string[] | null;
    expiresAt?: Date | null;
}
export declare function validateApiTokenRequest(input: CreateApiTokenRequest, now?: Date): FieldError[];
/** Creates a token; the secret is returned here once and never again (only its SHA-256 is kept). */
export declare function createApiToken(em: EntityManager, viewer: Viewer, input: CreateApiTokenRequest, now?: Date): Promise<{
    apiToken: ApiToken;
    secret: string;
}>;
export declare function revokeApiToken(em: EntityManager, viewer: Viewer, input: {
    id: string;
    version: number;
}, now?: Date): Promise<ApiToken>;
export declare function looksLikeApiToken(bearer: string): boolean;
/** The system behind a bearer token: its scopes and projects; null when unknown, revoked or expired. */
export declare function callerForApiToken(em: EntityManager, secret: string, now?: Date): Promise<TokenCaller | null>;
