import { ErrorCode, FieldError } from '@hf/shared';
import { standardMessage } from './error-messages';

/** One expected failure: its stable code, the path of the input field that caused it, and a message for people. */
export interface Failure {
  field: string[];
  code: ErrorCode;
  message: string;
}

const path = (field: string[] | string): string[] => (Array.isArray(field) ? field : [field]);

/**
 * An expected failure of a rule (validation, conflict, not found, forbidden, archived, invalid state), thrown by
 * services, rules and the argument decoders. It knows nothing of GraphQL: the API maps it in one place
 * (graphql/user-error.ts for mutation payloads, api/format-error.ts for query errors).
 */
export class DomainError extends Error {
  /** The first failure's code and field: what a client reads from an error that is not a mutation's userErrors. */
  readonly extensions: { code: ErrorCode; field: string[] };

  constructor(readonly errors: Failure[]) {
    super(errors.map((e) => e.message).join('; '));
    this.extensions = { code: errors[0].code, field: errors[0].field };
  }

  static of(code: ErrorCode, field: string[] | string, message: string = standardMessage(code)): DomainError {
    return new DomainError([{ code, field: path(field), message }]);
  }

  /** The field errors of a pure rule (shared/ or a module's rule file), each field under `prefix`. */
  static fromFieldErrors(errors: FieldError[], prefix: string[] = []): DomainError {
    return new DomainError(errors.map((e) => ({ code: e.code, field: [...prefix, e.field], message: e.message })));
  }
}

export const notFound = (field: string | string[] = 'id') => DomainError.of(ErrorCode.NOT_FOUND, field);

export const conflict = (field: string | string[] = 'version') => DomainError.of(ErrorCode.CONFLICT, field);

export const forbidden = (field: string | string[], message = standardMessage(ErrorCode.FORBIDDEN)) =>
  DomainError.of(ErrorCode.FORBIDDEN, field, message);

export const badInput = (field: string | string[], message: string) => DomainError.of(ErrorCode.BAD_USER_INPUT, field, message);

export const invalidState = (field: string | string[], message: string) => DomainError.of(ErrorCode.INVALID_STATE, field, message);
