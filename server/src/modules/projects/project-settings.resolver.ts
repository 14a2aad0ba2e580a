import { checkUnitFormat, MAX_CODE_LENGTH, MAX_UNIT_PATTERN_LENGTH, Role, StatisticsPeriod } from '@hf/shared';
import { Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../../core/domain-error';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { projectInput } from '../../graphql/arguments';
import { requireViewer } from '../../graphql/context';
import { Project } from './project.entity';

@InputType({ description: '项目设置 of statistics, archiving and the unit format' })
class UpdateProjectSettingsInput {
  @Field(() => ID) projectId!: string;
  @Field(() => StatisticsPeriod, { nullable: true, description: 'quarter by default; seed 001 compiles monthly' }) statisticsPeriod?: StatisticsPeriod | null;
  @Field(() => Int, { nullable: true, description: '保管2年: at least 2' }) @Min(2) @Max(100) retentionYears?: number | null;
  @Field(() => Int, { nullable: true, description: 'days before a window closes when the clerk is reminded: 0–30' }) @Min(0) @Max(30) reminderDays?: number | null;
  @Field(() => String, { nullable: true, description: '房号 format as a regular expression, e.g. ^\\d{1,3}-\\d{1,2}-\\d{3,4}$ for 楼栋-单元-房号' })
  @MaxLength(MAX_UNIT_PATTERN_LENGTH)
  unitPattern?: string | null;
  @Field(() => String, { nullable: true, description: 'a unit in that format (it must match), shown in the form and in refusals' })
  @MaxLength(MAX_CODE_LENGTH)
  unitExample?: string | null;
}

@ObjectType()
class ProjectSettingsPayload {
  @Field(() => Project, { nullable: true }) project?: Project | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class ProjectSettingsResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ProjectSettingsPayload, { description: 'the administrator sets the statistics period, the retention and the unit format' })
  async updateProjectSettings(@Arg('input', () => UpdateProjectSettingsInput) input: UpdateProjectSettingsInput, @Ctx() ctx: Context) {
    return withUserErrors(async () => {
      const viewer = requireViewer(ctx);
      const id = projectInput(viewer, input.projectId);
      return ctx.em.transactional(async (tx) => {
        const project = await tx.findOneOrFail(Project, id);
        // @Min(2) has refused fewer than 2 years before this runs (保管2年)
        if (input.retentionYears !== null && input.retentionYears !== undefined) project.retentionYears = input.retentionYears;
        if (input.statisticsPeriod) project.statisticsPeriod = input.statisticsPeriod;
        if (input.reminderDays !== null && input.reminderDays !== undefined) project.reminderDays = input.reminderDays;
        if (input.unitPattern || input.unitExample) {
          // the pattern and its example are judged together: the example must follow the pattern
          const pattern = input.unitPattern?.trim() || project.unitPattern;
          const example = input.unitExample?.trim() || project.unitExample;
          const errors = checkUnitFormat(pattern, example);
          if (errors.length) throw DomainError.fromFieldErrors(errors);
          project.unitPattern = pattern;
          project.unitExample = example;
        }
        return { project };
      });
    });
  }
}
