import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldError, PolicyPresetName, PolicyStage } from '@hf/shared';
import type { Viewer } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { CallbackPolicy } from './callback-policy.entity';
/** A policy stage must make sense: a window that closes after it opens, a rate in 0–100, a performer who calls. */
export declare function validateStages(stages: PolicyStage[]): FieldError[];
/** Writes a preset's policies for a project (one per kind and complaint severity), replacing stages in place. */
export declare function applyPreset(em: EntityManager, project: Project, name: PolicyPresetName): Promise<CallbackPolicy[]>;
export declare function applyPresetForViewer(em: EntityManager, viewer: Viewer, projectGlobalId: string, name: PolicyPresetName): Promise<CallbackPolicy[]>;
export declare function updatePolicyStages(em: EntityManager, viewer: Viewer, input: {
    id: string;
    version: number;
    stages: PolicyStage[];
}): Promise<import("@mikro-orm/postgresql").Loaded<CallbackPolicy, never, "*", never>>;
