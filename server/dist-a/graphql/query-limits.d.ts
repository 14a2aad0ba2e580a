import { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import { Context } from './context';
/**
 * Query limits (OWASP GraphQL Cheat Sheet; GitHub's GraphQL limits). The numbers and why:
 * - depth 10: the deepest real query (a callback's ticket's history's author) is 8 levels; introspection is not counted.
 * - 30 aliases, 10 root fields per document: the client asks for at most a handful; more is a batching attack.
 * - cost 10,000 per query, computed before execution: about the objects a query may return (a connection costs
 *   1 + `first` × its children, a plain list 10 × (1 + its children), an object 1, a scalar 0 — GitHub's node limit
 *   idea). The grid's 500-row page (callback, ticket, assignee, co-assignee) costs ~3,000.
 * - page size: API tokens 1–100 (GitHub), staff sessions 1–500 (the grid).
 * - parse: at most 5,000 tokens, so a huge document is refused before it is validated.
 */
export declare const QUERY_LIMITS: {
    readonly maxDepth: 10;
    readonly maxAliases: 30;
    readonly maxRootFields: 10;
    readonly maxCost: 10000;
    readonly maxTokens: 5000;
    readonly tokenPageSize: 100;
    readonly sessionPageSize: 500;
    readonly defaultPageSize: 50;
    /** a list without `first` is guessed to hold this many items */
    readonly listGuess: 10;
};
/** The largest page the caller may ask for: API tokens 1–100, staff 1–500. */
export declare function maxPageSizeFor(ctx: Pick<Context, 'caller'> | null | undefined): number;
/** pageSize() with the caller's maximum; use it in every connection resolver. */
export declare function pageSizeFor(ctx: Pick<Context, 'caller'>, first: number | null | undefined): number;
/** Depth, aliases and root fields, as validation rules (they run before any resolver, for everyone). */
export declare const depthLimitRule: ValidationRule;
export declare const aliasLimitRule: ValidationRule;
export declare const rootFieldLimitRule: ValidationRule;
export declare const queryLimitRules: ValidationRule[];
/**
 * The cost of an operation for this caller, before execution. Throws QUERY_TOO_COMPLEX over the limit, or
 * BAD_USER_INPUT for a page too big for the caller. Variables that don't fit are left to execution (which refuses
 * them with BAD_USER_INPUT before any resolver runs); such a request costs 1.
 */
export declare function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined, ctx: Pick<Context, 'caller'>): number;
/** Does the operation ask the schema about itself (__schema / __type)? */
export declare function isIntrospection(document: DocumentNode, operationName: string | undefined): boolean;
