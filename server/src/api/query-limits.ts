import {
  ASTVisitor, DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, getNullableType, GraphQLError, GraphQLSchema,
  isLeafType, isListType, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from '@hf/shared';
import type { Context } from '../graphql/context';
import { maxPageSizeFor, QUERY_LIMITS } from '../graphql/limits';

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/** Fields of a selection set with fragments expanded (each fragment once per path, so cycles end). */
function fieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string> = new Set()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      const fragment = fragments.get(s.name.value);
      if (fragment) out.push(...fieldsOf(fragment.selectionSet, fragments, new Set([...seen, s.name.value])));
    }
  }
  return out;
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string> = new Set()): number {
  if (!set) return 0;
  let max = 0;
  for (const field of fieldsOf(set, fragments, seen)) {
    if (field.name.value === '__schema' || field.name.value === '__type') continue; // introspection: staff only, see below
    max = Math.max(max, 1 + depthOf(field.selectionSet, fragments, seen));
    if (max > QUERY_LIMITS.maxDepth + 1) return max; // deep enough to refuse; stop walking
  }
  return max;
}

/** Depth, aliases and root fields, as validation rules (they run before any resolver, for everyone). */
export const depthLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation: OperationDefinitionNode) {
    const document = context.getDocument();
    const depth = depthOf(operation.selectionSet, fragmentsOf(document));
    if (depth > QUERY_LIMITS.maxDepth) {
      context.reportError(tooComplex(`查询嵌套过深 (query depth ${depth} exceeds ${QUERY_LIMITS.maxDepth})`));
    }
  },
});

export const aliasLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  let aliases = 0;
  return {
    Field(node: FieldNode) {
      if (node.alias) aliases += 1;
    },
    Document: {
      leave() {
        if (aliases > QUERY_LIMITS.maxAliases) context.reportError(tooComplex(`别名过多 (${aliases} aliases, at most ${QUERY_LIMITS.maxAliases})`));
      },
    },
  };
};

export const rootFieldLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation: OperationDefinitionNode) {
    const count = fieldsOf(operation.selectionSet, fragmentsOf(context.getDocument())).length;
    if (count > QUERY_LIMITS.maxRootFields) {
      context.reportError(tooComplex(`根字段过多 (${count} root fields, at most ${QUERY_LIMITS.maxRootFields})`));
    }
  },
});

export const queryLimitRules: ValidationRule[] = [depthLimitRule, aliasLimitRule, rootFieldLimitRule];

class PageSizeError extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/**
 * Cost of one field: connections (fields with `first`) multiply their children by the page size, other lists by a
 * guess of 10, objects cost 1, scalars 0 (an explicit `complexity` on the field wins). The page size is checked
 * here too, so an oversize page is refused before execution whatever resolver serves it.
 */
function costEstimator(maxPage: number) {
  return ({ field, args, childComplexity, type }: ComplexityEstimatorArgs): number => {
    if (field.name.startsWith('__')) return 0; // introspection is for staff only and not charged
    const explicit = (field.extensions as { complexity?: unknown } | undefined)?.complexity;
    const leaf = isLeafType(getNamedType(field.type));
    if (leaf) return typeof explicit === 'number' ? explicit : 0;
    const own = typeof explicit === 'number' ? explicit : 1;
    const paged = field.args.some((a) => a.name === 'first');
    if (paged) {
      for (const name of ['first', 'last'] as const) {
        const value = args[name] as unknown;
        if (value !== undefined && value !== null && (!Number.isInteger(value) || (value as number) < 1 || (value as number) > maxPage)) {
          throw new PageSizeError(new GraphQLError(`${name} must be between 1 and ${maxPage}`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field: [name], http: { status: 400 } },
          }));
        }
      }
      const size = (args.first as number | undefined) ?? (args.last as number | undefined) ?? QUERY_LIMITS.defaultPageSize;
      return own + size * childComplexity;
    }
    if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) return QUERY_LIMITS.listGuess * (own + childComplexity);
    return own + childComplexity;
  };
}

/**
 * Costs already computed, per parsed document (Apollo keeps one DocumentNode per distinct query text): the grid asks
 * the same query with the same variables again and again, and walking it with TypeInfo was a measurable part of a
 * small page (issue 7). Keyed by the caller's page limit, operation and variables; small variables only, few per
 * document; refusals are not kept (each gets a fresh error).
 */
const costCache = new WeakMap<DocumentNode, Map<string, number>>();
const COST_CACHE = { perDocument: 50, maxKeyLength: 2_000 };

/**
 * The cost of an operation for this caller, before execution. Throws QUERY_TOO_COMPLEX over the limit, or
 * BAD_USER_INPUT for a page too big for the caller. Variables that don't fit are left to execution (which refuses
 * them with BAD_USER_INPUT before any resolver runs); such a request costs 1.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined, ctx: Pick<Context, 'caller'>): number {
  const maxPage = maxPageSizeFor(ctx);
  const key = `${maxPage}|${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;
  const cached = key.length <= COST_CACHE.maxKeyLength ? costCache.get(document)?.get(key) : undefined;
  const outcome = cached ?? computeCost(schema, document, variables, operationName, maxPage);
  if (outcome instanceof GraphQLError) throw outcome;
  if (cached === undefined && key.length <= COST_CACHE.maxKeyLength) {
    let forDocument = costCache.get(document);
    if (!forDocument) costCache.set(document, (forDocument = new Map()));
    if (forDocument.size >= COST_CACHE.perDocument) forDocument.clear();
    forDocument.set(key, outcome);
  }
  return outcome;
}

function computeCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined, maxPage: number): number | GraphQLError {
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator(maxPage)] });
  } catch (error) {
    if (error instanceof PageSizeError) return error.error;
    return 1;
  }
  if (cost > QUERY_LIMITS.maxCost) {
    return tooComplex(`查询代价过高 (query cost ${cost} exceeds ${QUERY_LIMITS.maxCost}: ask for smaller pages or fewer nested lists)`);
  }
  return Math.max(1, cost);
}

/** Does the operation ask the schema about itself (__schema / __type)? */
export function isIntrospection(document: DocumentNode, operationName: string | undefined): boolean {
  const fragments = fragmentsOf(document);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return false;
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    Boolean(set) && fieldsOf(set!, fragments, seen).some((f) => f.name.value === '__schema' || f.name.value === '__type' || visit(f.selectionSet, seen));
  return visit(operation.selectionSet, new Set());
}
