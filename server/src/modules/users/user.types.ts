import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH } from '@hf/shared';
import { MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { User } from './user.entity';

@InputType()
export class LoginInput {
  @Field(() => String) @MaxLength(MAX_NAME_LENGTH) username!: string;
  @Field(() => String) @MaxLength(MAX_PASSWORD_LENGTH) password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User, { nullable: true }) user?: User | null;
  @Field(() => String, { nullable: true, description: 'for scripts: send as "Authorization: Bearer <token>"; browsers get an httpOnly cookie' })
  token?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) expiresAt?: Date | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class UnlockLoginInput {
  @Field(() => String) @MaxLength(MAX_NAME_LENGTH) username!: string;
}

@ObjectType()
export class UnlockLoginPayload {
  @Field(() => Int, { description: 'addresses whose failed sign-ins of this username were forgotten' }) unlockedAddresses!: number;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean) ok!: boolean;
}

@ObjectType()
export class Me {
  @Field(() => User) user!: User;
  @Field(() => [Project]) projects!: Project[];
}
