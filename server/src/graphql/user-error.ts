import { ErrorCode, messageArgumentList } from '@hf/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DomainError, type Failure } from '../core/domain-error';

registerEnumType(ErrorCode, { name: 'ErrorCode' });

/** An expected failure of a mutation (Shopify's userErrors shape): a core/domain-error.ts Failure as GraphQL data. */
@ObjectType()
export class UserError {
  @Field(() => [String], { description: 'path to the input field, e.g. ["rows", "3", "satisfaction"]' })
  field!: string[];

  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field(() => String, { description: 'for people reading the API: zh-CN, then the English in brackets' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'the message in the shared catalogue (shared/src/messages.ts), for a client that shows it in its own language',
  })
  messageKey!: string | null;

  @Field(() => [MessageArgument], { description: 'the values the catalogue message puts in its placeholders' })
  args!: MessageArgument[];
}

/** One value of a catalogue message, e.g. { name: "max", value: "2000" }. */
@ObjectType()
export class MessageArgument {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

/** A Failure as the schema shows it. */
export const userError = (failure: Failure | UserError): UserError => ({
  field: failure.field,
  code: failure.code,
  message: failure.message,
  messageKey: failure.messageKey ?? null,
  args: Array.isArray(failure.args) ? failure.args : messageArgumentList(failure.args as Failure['args']),
});

/**
 * Runs a mutation's work; its expected failures (DomainError) come back as userErrors of the payload, anything else
 * stays an error. Queries have no payload: there api/format-error.ts maps a DomainError to the error's code and field.
 */
export async function withUserErrors<T extends object>(
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    const result = await run();
    // a service that refuses row by row returns its failures beside the result (updateCallbacks, reviewCallbacks)
    const own = (result as { userErrors?: (Failure | UserError)[] }).userErrors ?? [];
    return { ...result, userErrors: own.map(userError) };
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: error.errors.map(userError) } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
