import { isTokenCaller } from '../core/caller';
import { MAX_PAGE_SIZE, pageSize } from './connection';
import type { Context } from './context';

/**
 * Query limits (OWASP GraphQL Cheat Sheet; GitHub's GraphQL limits), checked by api/query-limits.ts before any resolver
 * runs; the page sizes also by every connection resolver. The numbers and why:
 * - depth 10: the deepest real query (a callback's ticket's history's author) is 8 levels; introspection is not counted.
 * - 30 aliases, 10 root fields per document: the client asks for at most a handful; more is a batching attack.
 * - cost 10,000 per query, computed before execution: about the objects a query may return (a connection costs
 *   1 + `first` × its children, a plain list 10 × (1 + its children), an object 1, a scalar 0 — GitHub's node limit
 *   idea). The grid's 500-row page (callback, ticket, assignee, co-assignee) costs ~3,000.
 * - page size: API tokens 1–100 (GitHub), staff sessions 1–500 (the grid).
 * - parse: at most 5,000 tokens, so a huge document is refused before it is validated.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 10,
  maxCost: 10_000,
  maxTokens: 5_000,
  tokenPageSize: 100,
  sessionPageSize: MAX_PAGE_SIZE,
  defaultPageSize: 50,
  /** a list without `first` is guessed to hold this many items */
  listGuess: 10,
} as const;

/** The largest page the caller may ask for: API tokens 1–100, staff 1–500. */
export function maxPageSizeFor(ctx: Pick<Context, 'caller'> | null | undefined): number {
  return isTokenCaller(ctx?.caller) ? QUERY_LIMITS.tokenPageSize : QUERY_LIMITS.sessionPageSize;
}

/** pageSize() with the caller's maximum; use it in every connection resolver. */
export function pageSizeFor(ctx: Pick<Context, 'caller'>, first: number | null | undefined): number {
  return pageSize(first, maxPageSizeFor(ctx));
}
