import { ErrorCode, type Message, msg } from '@hf/shared';

/**
 * The message each code carries when the place that refuses has nothing more specific to say: a key of the shared
 * catalogue (shared/src/messages.ts, zh-CN and English). An exhaustive switch: a new code in
 * shared/src/error-codes.ts does not compile until it has one.
 */
export function standardMessage(code: ErrorCode): Message {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return msg('common.invalidInput');
    case ErrorCode.CONFLICT:
      return msg('common.conflict');
    case ErrorCode.FORBIDDEN:
      return msg('common.forbidden');
    case ErrorCode.UNAUTHENTICATED:
      return msg('common.unauthenticated');
    case ErrorCode.NOT_FOUND:
      return msg('common.notFound');
    case ErrorCode.ARCHIVED:
      return msg('common.archived');
    case ErrorCode.INVALID_STATE:
      return msg('common.invalidState');
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return msg('common.internal');
    case ErrorCode.QUERY_TOO_COMPLEX:
      return msg('common.queryTooComplex');
    case ErrorCode.RATE_LIMITED:
      return msg('common.rateLimited');
  }
}
