import { Role, StatisticsPeriod } from '@hf/shared';
import { Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { projectInput } from '../../graphql/arguments';
import { requireViewer } from '../../graphql/context';
import { Project } from './project.entity';

@InputType({ description: '项目设置 of statistics and archiving' })
class UpdateProjectSettingsInput {
  @Field(() => ID) projectId!: string;
  @Field(() => StatisticsPeriod, { nullable: true, description: 'quarter by default; seed 001 compiles monthly' }) statisticsPeriod?: StatisticsPeriod | null;
  @Field(() => Int, { nullable: true, description: '保管2年: at least 2' }) @Min(2) @Max(100) retentionYears?: number | null;
}

@ObjectType()
class ProjectSettingsPayload {
  @Field(() => Project, { nullable: true }) project?: Project | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class ProjectSettingsResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ProjectSettingsPayload, { description: 'the administrator sets the statistics period and the retention' })
  async updateProjectSettings(@Arg('input', () => UpdateProjectSettingsInput) input: UpdateProjectSettingsInput, @Ctx() ctx: Context) {
    return withUserErrors(async () => {
      const viewer = requireViewer(ctx);
      const id = projectInput(viewer, input.projectId);
      return ctx.em.transactional(async (tx) => {
        const project = await tx.findOneOrFail(Project, id);
        // @Min(2) has refused fewer than 2 years before this runs (保管2年)
        if (input.retentionYears !== null && input.retentionYears !== undefined) project.retentionYears = input.retentionYears;
        if (input.statisticsPeriod) project.statisticsPeriod = input.statisticsPeriod;
        return { project };
      });
    });
  }
}
