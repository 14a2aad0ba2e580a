import { ErrorCode, FieldError } from '@hf/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(ErrorCode, { name: 'ErrorCode' });

/** An expected failure of a mutation (Shopify's userErrors shape). */
@ObjectType()
export class UserError {
  @Field(() => [String], { description: 'path to the input field, e.g. ["rows", "3", "satisfaction"]' })
  field!: string[];

  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field(() => String)
  message!: string;
}

/** Thrown by services for expected failures; becomes userErrors in the payload. */
export class DomainError extends Error {
  constructor(
    readonly errors: UserError[],
  ) {
    super(errors.map((e) => e.message).join('; '));
  }

  static of(code: ErrorCode, field: string[] | string, message: string): DomainError {
    return new DomainError([{ code, field: Array.isArray(field) ? field : [field], message }]);
  }

  static fromFieldErrors(errors: FieldError[], prefix: string[] = []): DomainError {
    return new DomainError(errors.map((e) => ({ code: e.code, field: [...prefix, e.field], message: e.message })));
  }
}

export const notFound = (field: string | string[] = 'id') =>
  DomainError.of(ErrorCode.NOT_FOUND, field, '记录不存在或无权访问 (not found)');

export const conflict = (field: string | string[] = 'version') =>
  DomainError.of(ErrorCode.CONFLICT, field, '该记录已被他人修改，请刷新后重试 (changed by someone else since you read it)');

export const forbidden = (field: string | string[], message = '无权执行此操作 (not allowed for your role)') =>
  DomainError.of(ErrorCode.FORBIDDEN, field, message);

export const badInput = (field: string | string[], message: string) => DomainError.of(ErrorCode.BAD_USER_INPUT, field, message);

/** Runs a mutation's work; expected failures come back as userErrors, anything else stays an error. */
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
