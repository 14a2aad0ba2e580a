import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH, PolicyPresetName, Role } from '@hf/shared';
import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../graphql/context';
import { idArgument, projectInput } from '../../graphql/arguments';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { User } from '../users/user.entity';
import { Department, Project } from './project.entity';
import { createDepartment, createProject, renameDepartment, renameProject } from './project-admin.service';

@InputType()
class CreateProjectInput {
  @Field(() => String, { description: '项目编码, e.g. C03: printed in every number, it never changes' }) @MaxLength(20) code!: string;
  @Field(() => String) @MaxLength(MAX_LABEL_LENGTH * 2) name!: string;
  @Field(() => String, { nullable: true, description: 'the company; the first project\'s when omitted' }) @MaxLength(MAX_LABEL_LENGTH * 2) companyName?: string | null;
  @Field(() => PolicyPresetName, { nullable: true, description: 'the callback policies it starts with (STANDARD_000 by default)' }) preset?: PolicyPresetName | null;
}

@InputType()
class UpdateProjectInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @MaxLength(MAX_LABEL_LENGTH * 2) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(MAX_LABEL_LENGTH * 2) companyName?: string | null;
}

@InputType()
class CreateDepartmentInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String) @MaxLength(MAX_NAME_LENGTH * 2) name!: string;
}

@InputType()
class RenameDepartmentInput {
  @Field(() => ID) id!: string;
  @Field(() => String) @MaxLength(MAX_NAME_LENGTH * 2) name!: string;
}

@ObjectType()
class ProjectPayload {
  @Field(() => Project, { nullable: true }) project?: Project | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class DepartmentPayload {
  @Field(() => Department, { nullable: true }) department?: Department | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

/** 项目与部门 (administrator): projects are never deleted, and neither are departments. */
@Resolver(() => Department)
export class ProjectAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ProjectPayload, { description: '新建项目, with the callback policies of a preset' })
  async createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return withUserErrors(async () => ({ project: await createProject(ctx.em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ProjectPayload, { description: 'the name (the code stays: it is printed in every number issued)' })
  async updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ project: await renameProject(ctx.em, viewer, { ...input, id: idArgument(input.id, 'Project') }) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DepartmentPayload)
  async createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ department: await createDepartment(ctx.em, { projectId: projectInput(viewer, input.projectId), name: input.name }) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DepartmentPayload)
  async renameDepartment(@Arg('input', () => RenameDepartmentInput) input: RenameDepartmentInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ department: await renameDepartment(ctx.em, viewer, { ...input, id: idArgument(input.id, 'Department') }) }));
  }

  @Authorized()
  @FieldResolver(() => [User], { description: '部门主管: the active department supervisors who lead it' })
  supervisors(@Root() department: Department, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.em.find(User, { department: department.id, role: Role.DEPARTMENT_SUPERVISOR, active: true }, { orderBy: { id: 'asc' } });
  }
}
