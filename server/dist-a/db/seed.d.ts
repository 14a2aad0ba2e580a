import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@hf/shared';
import { Project } from '../modules/projects/project.entity';
export declare const DEMO_PASSWORD = "demo1234";
/** The demo logins, also listed in README.md. */
export declare const DEMO_USERS: {
    username: string;
    displayName: string;
    role: Role;
    projects: string[];
    department?: string;
}[];
export declare function seedDemoDataIfEmpty(em: EntityManager, now?: Date): Promise<boolean>;
/** The company: projects A01 (standard policy) and B02 (seed 001 rates), departments, a login of every role. */
export declare function seedOrganisation(em: EntityManager, now?: Date): Promise<Project[]>;
