import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, msg } from '@hf/shared';
import { messageError } from './message-error';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** A Relay connection type for a node type; totalCount is counted only when asked for. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    count!: () => Promise<number>;

    @Field(() => Int, { description: 'rows matching the filter (costs a count query)' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 500;

export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw messageError(msg('argument.pageSize', { name: 'first', max }), { code: ErrorCode.BAD_USER_INPUT, field: ['first'] });
  }
  return size;
}

/** Opaque keyset cursor: the sort value and the id of the row. */
export function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, number] {
  try {
    if (typeof cursor !== 'string' || cursor.length > 400) throw new Error('not a cursor');
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1]) && parsed[1] >= 0 && parsed[1] <= 2_147_483_647 &&
      ((typeof parsed[0] === 'string' && parsed[0].length <= 200) || Number.isFinite(parsed[0]))
    ) {
      return parsed as [string | number, number];
    }
  } catch {
    // fall through
  }
  throw badCursor();
}

const badCursor = () =>
  messageError(msg('argument.cursor'), { code: ErrorCode.BAD_USER_INPUT, field: ['after'] });

/** A cursor's sort value must fit the sort column (a forged one would otherwise reach SQL as a bad date). */
export function assertCursorValueFits(value: string | number, columnType: string | undefined): void {
  if (!columnType) return;
  if (columnType === 'date') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badCursor();
  } else if (columnType.startsWith('timestamp')) {
    const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(time)) throw badCursor();
  } else if (/^(int|integer|smallint|bigint|serial)/.test(columnType)) {
    if (!Number.isInteger(value)) throw badCursor();
  } else if (typeof value !== 'string') {
    throw badCursor();
  }
}
