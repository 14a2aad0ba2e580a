import { StatisticsPeriod } from '@hf/shared';
import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { Project } from './project.entity';
declare class UpdateProjectSettingsInput {
    projectId: string;
    statisticsPeriod?: StatisticsPeriod | null;
    retentionYears?: number | null;
}
export declare class ProjectSettingsResolver {
    updateProjectSettings(input: UpdateProjectSettingsInput, ctx: Context): Promise<Partial<{
        project: import("@mikro-orm/core").Loaded<Project, never, "*", never>;
    }> & {
        userErrors: UserError[];
    }>;
}
export {};
