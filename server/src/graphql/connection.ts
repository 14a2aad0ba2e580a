import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode } from '@hf/shared';
import { GraphQLError } from 'graphql';

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
    throw new GraphQLError(`first must be between 1 and ${max}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: ['first'] },
    });
  }
  return size;
}

export { assertCursorValueFits, decodeCursor, encodeCursor } from '../db/keyset';
