import { apiMessage, ErrorCode, FieldError, type Message, type MessageArgs, type MessageKey } from '@hf/shared';
import { standardMessage } from './error-messages';

/**
 * One expected failure: its stable code, the path of the input field that caused it, and its text — `message` for
 * people reading the API ("中文 (English)"), `messageKey` and `args` of the shared catalogue for a client that
 * renders it in its own language.
 */
export interface Failure {
  field: string[];
  code: ErrorCode;
  message: string;
  messageKey?: MessageKey;
  args?: MessageArgs;
}

const path = (field: string[] | string): string[] => (Array.isArray(field) ? field : [field]);

/** A failure whose text is a catalogue message. */
export function failure(code: ErrorCode, field: string[] | string, message: Message = standardMessage(code)): Failure {
  return { field: path(field), code, message: apiMessage(message), messageKey: message.key, ...(message.args ? { args: message.args } : {}) };
}

/**
 * An expected failure of a rule (validation, conflict, not found, forbidden, archived, invalid state), thrown by
 * services, rules and the argument decoders. It knows nothing of GraphQL: the API maps it in one place
 * (graphql/user-error.ts for mutation payloads, api/format-error.ts for query errors).
 */
export class DomainError extends Error {
  /** The first failure's code, field and text key: what a client reads from an error that is not a mutation's userErrors. */
  readonly extensions: { code: ErrorCode; field: string[]; messageKey?: MessageKey; args?: MessageArgs };

  constructor(readonly errors: Failure[]) {
    super(errors.map((e) => e.message).join('; '));
    const [first] = errors;
    this.extensions = { code: first.code, field: first.field, ...(first.messageKey ? { messageKey: first.messageKey } : {}), ...(first.args ? { args: first.args } : {}) };
  }

  static of(code: ErrorCode, field: string[] | string, message: Message = standardMessage(code)): DomainError {
    return new DomainError([failure(code, field, message)]);
  }

  /** The field errors of a pure rule (shared/ or a module's rule file), each field under `prefix`. */
  static fromFieldErrors(errors: FieldError[], prefix: string[] = []): DomainError {
    return new DomainError(errors.map((e) => ({
      code: e.code, field: [...prefix, e.field], message: e.message, ...(e.messageKey ? { messageKey: e.messageKey } : {}), ...(e.args ? { args: e.args } : {}),
    })));
  }
}

export const notFound = (field: string | string[] = 'id') => DomainError.of(ErrorCode.NOT_FOUND, field);

export const conflict = (field: string | string[] = 'version') => DomainError.of(ErrorCode.CONFLICT, field);

export const forbidden = (field: string | string[], message = standardMessage(ErrorCode.FORBIDDEN)) =>
  DomainError.of(ErrorCode.FORBIDDEN, field, message);

export const badInput = (field: string | string[], message: Message) => DomainError.of(ErrorCode.BAD_USER_INPUT, field, message);

export const invalidState = (field: string | string[], message: Message) => DomainError.of(ErrorCode.INVALID_STATE, field, message);
