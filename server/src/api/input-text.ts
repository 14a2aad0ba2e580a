import { DocumentNode, FieldNode, GraphQLError, Kind, visit } from 'graphql';
import { apiMessage, ErrorCode, type Message, msg } from '@hf/shared';
import { textProblem } from '../core/acceptable-text';

/**
 * Mutations whose input holds cells of a grid edit: the text of `input.rows` is judged cell by cell by the mutation
 * itself (its refusal names ["rows", i, column] and refuses that row only), not here for the whole request.
 */
const PER_CELL_INPUTS: Record<string, string> = { updateCallbacks: 'rows' };

function badText(path: (string | number)[], problem: Message): GraphQLError {
  return new GraphQLError(`${path.join('.')}: ${apiMessage(problem)}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: path.map(String), http: { status: 400 }, messageKey: problem.key },
  });
}

/** the variables' paths whose text a mutation judges cell by cell: [variable, 'rows'] for updateCallbacks(input: $v) */
function perCellPaths(document: DocumentNode): string[][] {
  const paths: string[][] = [];
  visit(document, {
    Field(node: FieldNode) {
      const key = PER_CELL_INPUTS[node.name.value];
      const input = key && node.arguments?.find((a) => a.name.value === 'input');
      if (input && input.value.kind === Kind.VARIABLE) paths.push([input.value.name.value, key]);
    },
  });
  return paths;
}

function checkValue(value: unknown, path: (string | number)[], skip: string[][], depth = 0): void {
  if (depth > 20) throw badText(path, msg('text.nestedTooDeeply'));
  if (skip.some((p) => p.length === path.length && p.every((part, i) => part === path[i]))) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badText(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(item, [...path, i], skip, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkValue(key, [...path, key], skip, depth + 1);
      checkValue(item, [...path, key], skip, depth + 1);
    }
  }
}

/** Throws BAD_USER_INPUT naming the variable (or the argument) whose text is unacceptable. */
export function assertAcceptableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  if (variables) {
    const skip = perCellPaths(document);
    for (const [name, value] of Object.entries(variables)) checkValue(value, [name], skip);
  }
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      const problem = textProblem(node.value);
      if (!problem) return;
      const argument = [...ancestors].reverse().find((a) => !Array.isArray(a) && (a as { kind?: string }).kind === Kind.ARGUMENT) as { name: { value: string } } | undefined;
      throw badText([argument?.name.value ?? 'query'], problem);
    },
  });
}
