import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityName } from '@mikro-orm/core';
import { Callback } from '../modules/callbacks/callback.entity';
import { Owner } from '../modules/owners/owner.entity';
import { CallbackPolicy } from '../modules/policies/callback-policy.entity';
import { Department, Project } from '../modules/projects/project.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { QuarterlyReport } from '../modules/statistics/quarterly-report.entity';
import { requireCaller } from '../graphql/context';
import { ALL_API_SCOPES, ApiScope, ErrorCode } from '@hf/shared';
import { GraphQLError } from 'graphql';
import { User } from '../modules/users/user.entity';
import { WorkbookExport } from '../modules/exports/workbook-export.entity';
import { isTokenCaller } from '../core/caller';
import { decodeGlobalId } from '../core/global-id';
import type { Context } from '../graphql/context';
import { Node } from '../graphql/node';

const NODE_TYPES: Record<string, EntityName<object>> = {
  Project, Department, Owner, Ticket, Callback, CallbackPolicy, User, QuarterlyReport, WorkbookExport,
};

/** What an API token needs to look a type up by id (null: any scope; absent: staff only). */
const TOKEN_SCOPES: Record<string, ApiScope[] | null> = {
  Project: null,
  Department: null,
  Owner: [ApiScope.TICKETS_READ],
  Ticket: [ApiScope.TICKETS_READ],
  Callback: [ApiScope.CALLBACKS_READ],
  CallbackPolicy: [ApiScope.CALLBACKS_READ],
  QuarterlyReport: [ApiScope.STATISTICS_READ],
};

@Resolver()
export class NodeResolver {
  @Authorized(...ALL_API_SCOPES)
  @Query(() => Node, { nullable: true, description: 'any object by its global ID; null when it does not exist or is not yours to see' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const viewer = requireCaller(ctx);
    const decoded = decodeGlobalId(id);
    // a malformed id is the caller's mistake; a well-formed one that is unknown or not theirs is simply null
    if (!decoded) throw new GraphQLError('不是有效的 ID (not a global id)', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: ['id'] } });
    const entity = NODE_TYPES[decoded.typeName];
    if (!entity) return null;
    if (isTokenCaller(viewer)) {
      const needed = TOKEN_SCOPES[decoded.typeName];
      if (needed === undefined || (needed && !needed.some((s) => viewer.token.scopes.includes(s)))) return null;
    }
    const found = (await ctx.em.findOne(entity, { id: decoded.id } as never)) as Record<string, unknown> | null;
    if (!found) return null;
    if (found instanceof Project) return viewer.projectIds.includes(found.id) ? found : null;
    if (found instanceof User) return found;
    const project = found.project as { id: number } | undefined;
    return project && viewer.projectIds.includes(project.id) ? found : null;
  }
}
