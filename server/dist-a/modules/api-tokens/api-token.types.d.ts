import { ApiScope } from '@hf/shared';
import { UserError } from '../../graphql/user-error';
import { ApiToken } from './api-token.entity';
export declare class CreateApiTokenInput {
    name: string;
    scopes: ApiScope[];
    projectIds?: string[] | null;
    expiresAt?: Date | null;
}
export declare class RevokeApiTokenInput {
    id: string;
    version: number;
}
export declare class CreateApiTokenPayload {
    apiToken?: ApiToken | null;
    secret?: string | null;
    userErrors: UserError[];
}
export declare class ApiTokenPayload {
    apiToken?: ApiToken | null;
    userErrors: UserError[];
}
