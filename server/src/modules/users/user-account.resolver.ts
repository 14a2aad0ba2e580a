import { Role } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../graphql/context';
import { idArgument, optionalIdArgument, projectArgument } from '../../graphql/arguments';
import { pageSize } from '../../graphql/connection';
import { SortDirection } from '../../graphql/enums';
import { paginate } from '../../graphql/paginate';
import { withUserErrors } from '../../graphql/user-error';
import { Department, Project } from '../projects/project.entity';
import { createUserAccount, resetUserPassword, setUserActive, updateUserAccount } from './user-account.service';
import {
  CreateUserInput, SetUserActiveInput, UpdateUserInput, UserConnection, UserPasswordPayload, UserPayload, UserVersionInput,
} from './user-account.types';
import { User } from './user.entity';

const projectIdsArgument = (ids: string[]) => ids.map((id, i) => idArgument(id, 'Project', `projectIds.${i}`));

/** 用户管理 (administrator): accounts with their role, projects and department; disabled, never deleted. */
@Resolver(() => User)
export class UserAccountResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: '用户: every account, disabled ones included, in the order they were created' })
  users(
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID, { nullable: true, description: 'only the staff of this project' }) projectId?: string,
    @Arg('first', () => Int, { nullable: true, description: '1–500, default 50' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const viewer = requireViewer(ctx);
    const where = projectId ? { projects: { $in: projectArgument(viewer, projectId) } } : {};
    return paginate(ctx.em, User, where, { first: pageSize(first), after, orderBy: 'id', direction: SortDirection.ASC });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPasswordPayload)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return withUserErrors(() =>
      createUserAccount(ctx.em, { ...input, projectIds: projectIdsArgument(input.projectIds), departmentId: optionalIdArgument(input.departmentId, 'Department', 'departmentId') }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'name, role, projects, department; a new role or projects end the open sessions' })
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({
      user: await updateUserAccount(ctx.em, viewer, {
        ...input,
        id: idArgument(input.id, 'User'),
        projectIds: projectIdsArgument(input.projectIds),
        departmentId: optionalIdArgument(input.departmentId, 'Department', 'departmentId'),
      }),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPasswordPayload, { description: '重置密码: a temporary password, shown once; open sessions end' })
  async resetUserPassword(@Arg('input', () => UserVersionInput) input: UserVersionInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(() => resetUserPassword(ctx.em, viewer, { ...input, id: idArgument(input.id, 'User') }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: '停用 / 启用 an account (never deleted: the records keep their author)' })
  async setUserActive(@Arg('input', () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ user: await setUserActive(ctx.em, viewer, { ...input, id: idArgument(input.id, 'User') }) }));
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [Project], { description: 'the projects the person works in (administrator)' })
  async projects(@Root() user: User): Promise<Project[]> {
    const projects = await user.projects.load();
    return [...projects].sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => Department, { nullable: true, description: 'a department supervisor: the department they lead' })
  department(@Root() user: User): Promise<Department | null> | null {
    return user.department ? user.department.load() : null;
  }
}
