import { MAX_NAME_LENGTH, Role } from '@hf/shared';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';
import { User } from './user.entity';

export const UserConnection = Connection(User, 'User');

@InputType({ description: '新增用户: the temporary password comes back in the payload, once' })
export class CreateUserInput {
  @Field(() => String, { description: 'lower-case letters, digits, . _ -' }) @MaxLength(MAX_NAME_LENGTH) username!: string;
  @Field(() => String, { description: '姓名' }) @MaxLength(200) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [ID], { description: 'the projects they work in; none for auditors and admins (they see every project)' })
  @ArrayMaxSize(200)
  projectIds!: string[];
  @Field(() => ID, { nullable: true, description: 'a department supervisor: the department they lead' }) departmentId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @MaxLength(200) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [ID]) @ArrayMaxSize(200) projectIds!: string[];
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}

@InputType()
export class UserVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { description: 'false: 停用 (cannot sign in, sessions end); true: 启用' }) active!: boolean;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true }) user?: User | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UserPasswordPayload {
  @Field(() => User, { nullable: true }) user?: User | null;
  @Field(() => String, { nullable: true, description: 'the temporary password, shown this once (only its hash is stored)' })
  temporaryPassword?: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
