import { ErrorCode } from '@hf/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DomainError } from '../core/domain-error';

registerEnumType(ErrorCode, { name: 'ErrorCode' });

/** An expected failure of a mutation (Shopify's userErrors shape): a core/domain-error.ts Failure as GraphQL data. */
@ObjectType()
export class UserError {
  @Field(() => [String], { description: 'path to the input field, e.g. ["rows", "3", "satisfaction"]' })
  field!: string[];

  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field(() => String)
  message!: string;
}

/**
 * Runs a mutation's work; its expected failures (DomainError) come back as userErrors of the payload, anything else
 * stays an error. Queries have no payload: there api/format-error.ts maps a DomainError to the error's code and field.
 */
export async function withUserErrors<T extends object>(
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { userErrors: [], ...(await run()) };
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: error.errors } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
