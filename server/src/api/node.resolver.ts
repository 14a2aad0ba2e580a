import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ALL_API_SCOPES } from '@hf/shared';
import { Project } from '../modules/projects/project.entity';
import { User } from '../modules/users/user.entity';
import { isTokenCaller } from '../core/caller';
import type { Context } from '../graphql/context';
import { requireCaller } from '../graphql/context';
import { Node } from '../graphql/node';
import { globalIdArgument } from '../graphql/arguments';
import { nodeTypes } from '../db/entities';

/** The types node(id) finds and the token scopes each needs (db/entities.ts). */
const NODE_TYPES = nodeTypes();

@Resolver()
export class NodeResolver {
  @Authorized(...ALL_API_SCOPES)
  @Query(() => Node, { nullable: true, description: 'any object by its global ID; null when it does not exist or is not yours to see' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const viewer = requireCaller(ctx);
    // a malformed id is the caller's mistake; a well-formed one that is unknown or not theirs is simply null
    const decoded = globalIdArgument(id);
    const type = NODE_TYPES.get(decoded.typeName);
    if (!type) return null;
    if (isTokenCaller(viewer) && !type.tokenScopes.some((s) => viewer.token.scopes.includes(s))) return null;
    const found = (await ctx.em.findOne(type.entity, { id: decoded.id } as never)) as Record<string, unknown> | null;
    if (!found) return null;
    if (found instanceof Project) return viewer.projectIds.includes(found.id) ? found : null;
    if (found instanceof User) return found;
    const project = found.project as { id: number } | undefined;
    return project && viewer.projectIds.includes(project.id) ? found : null;
  }
}
