import { Role } from '@hf/shared';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { Department, Project } from './project.entity';
export declare class ProjectResolver {
    projects(ctx: Context): Promise<Project[]>;
    staff(ctx: Context, projectId: string, role?: Role): Promise<User[]>;
    departments(project: Project, ctx: Context): Promise<Department[]>;
}
