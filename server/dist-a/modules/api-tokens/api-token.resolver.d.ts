import type { Context } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.types';
export declare class ApiTokenResolver {
    apiTokens(ctx: Context): Promise<ApiToken[]>;
    createApiToken(input: CreateApiTokenInput, ctx: Context): Promise<Partial<{
        apiToken: ApiToken;
        secret: string;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    revokeApiToken(input: RevokeApiTokenInput, ctx: Context): Promise<Partial<{
        apiToken: ApiToken;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    projects(apiToken: ApiToken, ctx: Context): Promise<Project[]> | null;
    createdBy(apiToken: ApiToken): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    revokedBy(apiToken: ApiToken): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    active(apiToken: ApiToken): boolean;
}
