import { MAX_CODE_LENGTH, MAX_UNIT_PATTERN_LENGTH, Role, StatisticsPeriod } from '@hf/shared';
import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { projectInput } from '../../graphql/arguments';
import { requireViewer } from '../../graphql/context';
import { Project } from './project.entity';
import { updateProjectSettings } from './project-settings.service';

@InputType({ description: '项目设置 of statistics, archiving, the unit format and the callback rules; absent fields stay as they are' })
class UpdateProjectSettingsInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int, { nullable: true, description: 'the version read; a change based on an older one is a CONFLICT' }) version?: number | null;
  @Field(() => StatisticsPeriod, { nullable: true, description: 'quarter by default; seed 001 compiles monthly' }) statisticsPeriod?: StatisticsPeriod | null;
  @Field(() => Int, { nullable: true, description: '保管2年: at least 2' }) @Min(2) @Max(100) retentionYears?: number | null;
  @Field(() => Int, { nullable: true, description: 'days before a window closes when the clerk is reminded: 0–30' }) @Min(0) @Max(30) reminderDays?: number | null;
  @Field(() => String, { nullable: true, description: '房号 format as a regular expression, e.g. ^\\d{1,3}-\\d{1,2}-\\d{3,4}$ for 楼栋-单元-房号' })
  @MaxLength(MAX_UNIT_PATTERN_LENGTH)
  unitPattern?: string | null;
  @Field(() => String, { nullable: true, description: 'a unit in that format (it must match), shown in the form and in refusals' })
  @MaxLength(MAX_CODE_LENGTH)
  unitExample?: string | null;
  @Field(() => Int, { nullable: true, description: '最短间隔: days between two callbacks to one owner (complaints excepted), 0–365; 0 turns it off' })
  minGapDays?: number | null;
  @Field(() => Int, { nullable: true, description: '尝试上限: failed attempts before 无法联系, 1–20' }) maxAttempts?: number | null;
  @Field(() => Int, { nullable: true, description: '更正时限: hours the visitor may correct a record, 0–168' }) correctionHours?: number | null;
  @Field(() => [String], { nullable: true, description: '缺点与不足: the common reasons the record form offers, in order' })
  @ArrayMaxSize(100)
  commonShortcomings?: string[] | null;
}

@ObjectType()
class ProjectSettingsPayload {
  @Field(() => Project, { nullable: true }) project?: Project | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class ProjectSettingsResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ProjectSettingsPayload, { description: 'the administrator sets the statistics period, the retention, the unit format and the callback rules' })
  async updateProjectSettings(@Arg('input', () => UpdateProjectSettingsInput) input: UpdateProjectSettingsInput, @Ctx() ctx: Context) {
    return withUserErrors(async () => {
      const viewer = requireViewer(ctx);
      return { project: await updateProjectSettings(ctx.em, viewer, { ...input, projectId: projectInput(viewer, input.projectId) }) };
    });
  }
}
