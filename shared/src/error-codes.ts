/** Stable codes carried by userErrors[].code and GraphQL errors' extensions.code. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  ARCHIVED = 'ARCHIVED',
  INVALID_STATE = 'INVALID_STATE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
