import { ErrorCode, FieldError } from '@hf/shared';
/** An expected failure of a mutation (Shopify's userErrors shape). */
export declare class UserError {
    field: string[];
    code: ErrorCode;
    message: string;
}
/** Thrown by services for expected failures; becomes userErrors in the payload. */
export declare class DomainError extends Error {
    readonly errors: UserError[];
    constructor(errors: UserError[]);
    static of(code: ErrorCode, field: string[] | string, message: string): DomainError;
    static fromFieldErrors(errors: FieldError[], prefix?: string[]): DomainError;
}
export declare const notFound: (field?: string | string[]) => DomainError;
export declare const conflict: (field?: string | string[]) => DomainError;
export declare const forbidden: (field: string | string[], message?: string) => DomainError;
export declare const badInput: (field: string | string[], message: string) => DomainError;
/** Runs a mutation's work; expected failures come back as userErrors, anything else stays an error. */
export declare function withUserErrors<T extends object>(run: () => Promise<T>): Promise<Partial<T> & {
    userErrors: UserError[];
}>;
