import { ErrorCode } from '@hf/shared';

/**
 * The message each code carries when the place that refuses has nothing more specific to say (zh-CN first,
 * English second). An exhaustive switch: a new code in shared/src/error-codes.ts does not compile until it has one.
 */
export function standardMessage(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return '输入无效 (invalid input)';
    case ErrorCode.CONFLICT:
      return '该记录已被他人修改，请刷新后重试 (changed by someone else since you read it)';
    case ErrorCode.FORBIDDEN:
      return '无权执行此操作 (not allowed for your role)';
    case ErrorCode.UNAUTHENTICATED:
      return '请先登录 (sign in first)';
    case ErrorCode.NOT_FOUND:
      return '记录不存在或无权访问 (not found)';
    case ErrorCode.ARCHIVED:
      return '该期间已存档，记录只读 (the period is archived; records are read-only)';
    case ErrorCode.INVALID_STATE:
      return '当前状态下不能执行此操作 (not possible in the current state)';
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return '服务器内部错误 (internal error)';
    case ErrorCode.QUERY_TOO_COMPLEX:
      return '查询过于复杂 (the query is too complex)';
    case ErrorCode.RATE_LIMITED:
      return '请求额度已用完 (rate limit spent)';
  }
}
