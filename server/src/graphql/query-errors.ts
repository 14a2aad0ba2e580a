import { GraphQLError } from 'graphql';
import { DomainError } from './user-error';

/** In a query, an expected failure (e.g. a malformed period) is a GraphQL error carrying its code and field. */
export async function withQueryErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) {
      const [first] = error.errors;
      throw new GraphQLError(first.message, { extensions: { code: first.code, field: first.field } });
    }
    throw error;
  }
}
