"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queryLimitRules = exports.rootFieldLimitRule = exports.aliasLimitRule = exports.depthLimitRule = exports.QUERY_LIMITS = void 0;
exports.maxPageSizeFor = maxPageSizeFor;
exports.pageSizeFor = pageSizeFor;
exports.operationCost = operationCost;
exports.isIntrospection = isIntrospection;
const graphql_1 = require("graphql");
const graphql_query_complexity_1 = require("graphql-query-complexity");
const shared_1 = require("@hf/shared");
const context_1 = require("./context");
const connection_1 = require("./connection");
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
exports.QUERY_LIMITS = {
    maxDepth: 10,
    maxAliases: 30,
    maxRootFields: 10,
    maxCost: 10_000,
    maxTokens: 5_000,
    tokenPageSize: 100,
    sessionPageSize: connection_1.MAX_PAGE_SIZE,
    defaultPageSize: 50,
    /** a list without `first` is guessed to hold this many items */
    listGuess: 10,
};
const tooComplex = (message) => new graphql_1.GraphQLError(message, { extensions: { code: shared_1.ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
/** The largest page the caller may ask for: API tokens 1–100, staff 1–500. */
function maxPageSizeFor(ctx) {
    return (0, context_1.isTokenCaller)(ctx?.caller) ? exports.QUERY_LIMITS.tokenPageSize : exports.QUERY_LIMITS.sessionPageSize;
}
/** pageSize() with the caller's maximum; use it in every connection resolver. */
function pageSizeFor(ctx, first) {
    return (0, connection_1.pageSize)(first, maxPageSizeFor(ctx));
}
function fragmentsOf(document) {
    const map = new Map();
    for (const d of document.definitions)
        if (d.kind === graphql_1.Kind.FRAGMENT_DEFINITION)
            map.set(d.name.value, d);
    return map;
}
/** Fields of a selection set with fragments expanded (each fragment once per path, so cycles end). */
function fieldsOf(set, fragments, seen = new Set()) {
    const out = [];
    for (const s of set.selections) {
        if (s.kind === graphql_1.Kind.FIELD)
            out.push(s);
        else if (s.kind === graphql_1.Kind.INLINE_FRAGMENT)
            out.push(...fieldsOf(s.selectionSet, fragments, seen));
        else if (!seen.has(s.name.value)) {
            const fragment = fragments.get(s.name.value);
            if (fragment)
                out.push(...fieldsOf(fragment.selectionSet, fragments, new Set([...seen, s.name.value])));
        }
    }
    return out;
}
function depthOf(set, fragments, seen = new Set()) {
    if (!set)
        return 0;
    let max = 0;
    for (const field of fieldsOf(set, fragments, seen)) {
        if (field.name.value === '__schema' || field.name.value === '__type')
            continue; // introspection: staff only, see below
        max = Math.max(max, 1 + depthOf(field.selectionSet, fragments, seen));
        if (max > exports.QUERY_LIMITS.maxDepth + 1)
            return max; // deep enough to refuse; stop walking
    }
    return max;
}
/** Depth, aliases and root fields, as validation rules (they run before any resolver, for everyone). */
const depthLimitRule = (context) => ({
    OperationDefinition(operation) {
        const document = context.getDocument();
        const depth = depthOf(operation.selectionSet, fragmentsOf(document));
        if (depth > exports.QUERY_LIMITS.maxDepth) {
            context.reportError(tooComplex(`查询嵌套过深 (query depth ${depth} exceeds ${exports.QUERY_LIMITS.maxDepth})`));
        }
    },
});
exports.depthLimitRule = depthLimitRule;
const aliasLimitRule = (context) => {
    let aliases = 0;
    return {
        Field(node) {
            if (node.alias)
                aliases += 1;
        },
        Document: {
            leave() {
                if (aliases > exports.QUERY_LIMITS.maxAliases)
                    context.reportError(tooComplex(`别名过多 (${aliases} aliases, at most ${exports.QUERY_LIMITS.maxAliases})`));
            },
        },
    };
};
exports.aliasLimitRule = aliasLimitRule;
const rootFieldLimitRule = (context) => ({
    OperationDefinition(operation) {
        const count = fieldsOf(operation.selectionSet, fragmentsOf(context.getDocument())).length;
        if (count > exports.QUERY_LIMITS.maxRootFields) {
            context.reportError(tooComplex(`根字段过多 (${count} root fields, at most ${exports.QUERY_LIMITS.maxRootFields})`));
        }
    },
});
exports.rootFieldLimitRule = rootFieldLimitRule;
exports.queryLimitRules = [exports.depthLimitRule, exports.aliasLimitRule, exports.rootFieldLimitRule];
class PageSizeError extends Error {
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/**
 * Cost of one field: connections (fields with `first`) multiply their children by the page size, other lists by a
 * guess of 10, objects cost 1, scalars 0 (an explicit `complexity` on the field wins). The page size is checked
 * here too, so an oversize page is refused before execution whatever resolver serves it.
 */
function costEstimator(maxPage) {
    return ({ field, args, childComplexity, type }) => {
        if (field.name.startsWith('__'))
            return 0; // introspection is for staff only and not charged
        const explicit = field.extensions?.complexity;
        const leaf = (0, graphql_1.isLeafType)((0, graphql_1.getNamedType)(field.type));
        if (leaf)
            return typeof explicit === 'number' ? explicit : 0;
        const own = typeof explicit === 'number' ? explicit : 1;
        const paged = field.args.some((a) => a.name === 'first');
        if (paged) {
            for (const name of ['first', 'last']) {
                const value = args[name];
                if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 1 || value > maxPage)) {
                    throw new PageSizeError(new graphql_1.GraphQLError(`${name} must be between 1 and ${maxPage}`, {
                        extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: [name], http: { status: 400 } },
                    }));
                }
            }
            const size = args.first ?? args.last ?? exports.QUERY_LIMITS.defaultPageSize;
            return own + size * childComplexity;
        }
        if ((0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type)) && !type.name.endsWith('Connection'))
            return exports.QUERY_LIMITS.listGuess * (own + childComplexity);
        return own + childComplexity;
    };
}
/**
 * Costs already computed, per parsed document (Apollo keeps one DocumentNode per distinct query text): the grid asks
 * the same query with the same variables again and again, and walking it with TypeInfo was a measurable part of a
 * small page (issue 7). Keyed by the caller's page limit, operation and variables; small variables only, few per
 * document; refusals are not kept (each gets a fresh error).
 */
const costCache = new WeakMap();
const COST_CACHE = { perDocument: 50, maxKeyLength: 2_000 };
/**
 * The cost of an operation for this caller, before execution. Throws QUERY_TOO_COMPLEX over the limit, or
 * BAD_USER_INPUT for a page too big for the caller. Variables that don't fit are left to execution (which refuses
 * them with BAD_USER_INPUT before any resolver runs); such a request costs 1.
 */
function operationCost(schema, document, variables, operationName, ctx) {
    const maxPage = maxPageSizeFor(ctx);
    const key = `${maxPage}|${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;
    const cached = key.length <= COST_CACHE.maxKeyLength ? costCache.get(document)?.get(key) : undefined;
    const outcome = cached ?? computeCost(schema, document, variables, operationName, maxPage);
    if (outcome instanceof graphql_1.GraphQLError)
        throw outcome;
    if (cached === undefined && key.length <= COST_CACHE.maxKeyLength) {
        let forDocument = costCache.get(document);
        if (!forDocument)
            costCache.set(document, (forDocument = new Map()));
        if (forDocument.size >= COST_CACHE.perDocument)
            forDocument.clear();
        forDocument.set(key, outcome);
    }
    return outcome;
}
function computeCost(schema, document, variables, operationName, maxPage) {
    let cost;
    try {
        cost = (0, graphql_query_complexity_1.getComplexity)({ schema, query: document, variables, operationName, estimators: [costEstimator(maxPage)] });
    }
    catch (error) {
        if (error instanceof PageSizeError)
            return error.error;
        return 1;
    }
    if (cost > exports.QUERY_LIMITS.maxCost) {
        return tooComplex(`查询代价过高 (query cost ${cost} exceeds ${exports.QUERY_LIMITS.maxCost}: ask for smaller pages or fewer nested lists)`);
    }
    return Math.max(1, cost);
}
/** Does the operation ask the schema about itself (__schema / __type)? */
function isIntrospection(document, operationName) {
    const fragments = fragmentsOf(document);
    const operations = document.definitions.filter((d) => d.kind === graphql_1.Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
    if (!operation)
        return false;
    const visit = (set, seen) => Boolean(set) && fieldsOf(set, fragments, seen).some((f) => f.name.value === '__schema' || f.name.value === '__type' || visit(f.selectionSet, seen));
    return visit(operation.selectionSet, new Set());
}
//# sourceMappingURL=query-limits.js.map