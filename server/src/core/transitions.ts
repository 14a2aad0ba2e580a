import { forbidden, invalidState } from './domain-error';

/**
 * One action on a record with a status: the states it may be taken in, the states it may lead to (none: the status
 * stays), what a refusal says, and — where the role matters — who may take it in which state.
 */
export interface Transition<S extends string, R extends string = string> {
  from: readonly S[];
  to: readonly S[];
  /** INVALID_STATE message when the record is in another state (zh-CN first, English second) */
  refusal: string;
  /** state → the roles that may take the action in it (absent: any role the resolver let in) */
  by?: Partial<Record<S, readonly R[]>>;
}

export type TransitionTable<A extends string, S extends string, R extends string = string> = Record<A, Transition<S, R>>;

/** Whether the action may be taken in this state (by this role, where the table names roles). */
export function allows<A extends string, S extends string, R extends string>(
  table: TransitionTable<A, S, R>,
  action: A,
  from: S,
  role?: R,
): boolean {
  const t = table[action];
  if (!t.from.includes(from)) return false;
  const roles = t.by?.[from];
  return !roles || (role !== undefined && roles.includes(role));
}

/** Refuses the action with INVALID_STATE (the table's refusal) in another state, with FORBIDDEN for a role the state does not let take it. */
export function assertAllowed<A extends string, S extends string, R extends string>(
  table: TransitionTable<A, S, R>,
  action: A,
  from: S,
  options: { role?: R; field?: string } = {},
): void {
  const t = table[action];
  const field = options.field ?? 'id';
  if (!t.from.includes(from)) throw invalidState(field, t.refusal);
  const roles = t.by?.[from];
  if (roles && (options.role === undefined || !roles.includes(options.role))) throw forbidden(field);
}

/**
 * Takes the action (assertAllowed) and returns the status it leads to: `to` where the table allows several, the
 * status the record has where the action leaves it as it is.
 */
export function transition<A extends string, S extends string, R extends string>(
  table: TransitionTable<A, S, R>,
  action: A,
  from: S,
  options: { to?: S; role?: R; field?: string } = {},
): S {
  assertAllowed(table, action, from, options);
  const t = table[action];
  if (options.to !== undefined) {
    // a programming error, not a user's: the service asked for a status the table does not lead to
    if (!t.to.includes(options.to)) throw new Error(`${action}: ${from} → ${options.to} is not in the table`);
    return options.to;
  }
  if (t.to.length > 1) throw new Error(`${action} leads to one of ${t.to.join(', ')}: name it`);
  return t.to[0] ?? from;
}
