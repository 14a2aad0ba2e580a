import { Role } from '@hf/shared';
import type { Caller, Context, ProjectAccess, Viewer } from '../../graphql/context';
/** Staff only: API tokens are refused (FORBIDDEN), anonymous callers are asked to sign in. */
export declare function requireViewer(ctx: Context): Viewer;
/** Staff or an API token (the operations that accept tokens say which scope with @Authorized). */
export declare function requireCaller(ctx: Context): Caller;
export declare function canSeeProject(viewer: ProjectAccess, projectId: number): boolean;
/** Residents' name, phone and unit: staff of that project, or a token with pii:read (seed 001: 保护客户隐私). */
export declare function canSeePersonalData(caller: ProjectAccess | null | undefined, projectId: number | null | undefined): boolean;
/** Decodes a global ID of the expected type; a malformed one is the caller's mistake, named by field. */
export declare function parseId(globalId: string, typeName: string, field: string): number;
/** For query arguments: a project filter the viewer may use (an unknown or foreign project is FORBIDDEN). */
export declare function projectArgument(viewer: ProjectAccess, globalId: string | null | undefined): number[];
/** For mutations: the project must be one of the viewer's. */
export declare function assertProjectAccess(viewer: ProjectAccess, projectId: number, field?: string): void;
export declare function hasRole(viewer: Viewer, ...roles: Role[]): boolean;
