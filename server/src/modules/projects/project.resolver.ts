import { ALL_API_SCOPES, Role } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { projectArgument } from '../../graphql/arguments';
import { requireCaller, requireViewer } from '../../graphql/context';
import { User } from '../users/user.entity';
import { Department, Project } from './project.entity';

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(...ALL_API_SCOPES)
  @Query(() => [Project], { description: 'the projects the viewer (or API token) may see' })
  projects(@Ctx() ctx: Context): Promise<Project[]> {
    return ctx.em.find(Project, { id: { $in: requireCaller(ctx).projectIds } }, { orderBy: { code: 'asc' } });
  }

  @Authorized()
  @Query(() => [User], { description: 'staff of a project, e.g. to pick an assignee' })
  staff(@Ctx() ctx: Context, @Arg('projectId', () => ID) projectId: string, @Arg('role', () => Role, { nullable: true }) role?: Role): Promise<User[]> {
    const ids = projectArgument(requireViewer(ctx), projectId);
    return ctx.em.find(User, { projects: { $in: ids }, active: true, ...(role ? { role } : {}) }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Department])
  departments(@Root() project: Project, @Ctx() ctx: Context): Promise<Department[]> {
    return ctx.em.find(Department, { project: project.id }, { orderBy: { name: 'asc' } });
  }
}
