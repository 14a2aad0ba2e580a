import { Collection, Ref, OptionalProps } from '@mikro-orm/core';
import { Role } from '@hf/shared';
import { Department, Project } from '../projects/project.entity';
/** A member of staff: clerk, supervisor, department supervisor, project manager, auditor or admin. */
export declare class User {
    [OptionalProps]?: 'nodeId' | 'active' | 'createdAt' | 'department';
    id: number;
    get nodeId(): string;
    username: string;
    displayName: string;
    passwordHash: string;
    role: Role;
    /** for department supervisors: the department they lead */
    department: Ref<Department> | null;
    projects: Collection<Project, object>;
    active: boolean;
    createdAt: Date;
}
/** A signed-in session; only the SHA-256 of the token is stored. */
export declare class Session {
    [OptionalProps]?: 'createdAt' | 'revokedAt';
    id: number;
    tokenHash: string;
    user: Ref<User>;
    createdAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
}
