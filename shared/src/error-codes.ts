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
  /** the query is too deep, too costly, has too many aliases or root fields, or asks for too big a page */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** the caller's query-cost budget of the window is spent (HTTP 429) */
  RATE_LIMITED = 'RATE_LIMITED',
}
