import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityName } from '@mikro-orm/core';
import { Callback } from '../modules/callbacks/callback.entity';
import { Owner } from '../modules/owners/owner.entity';
import { CallbackPolicy } from '../modules/policies/callback-policy.entity';
import { Department, Project } from '../modules/projects/project.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { QuarterlyReport } from '../modules/statistics/quarterly-report.entity';
import { requireViewer } from '../modules/users/access';
import { User } from '../modules/users/user.entity';
import { WorkbookExport } from '../modules/exports/workbook-export.entity';
import type { Context } from './context';
import { decodeGlobalId, Node } from './node';

const NODE_TYPES: Record<string, EntityName<object>> = {
  Project, Department, Owner, Ticket, Callback, CallbackPolicy, User, QuarterlyReport, WorkbookExport,
};

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'any object by its global ID; null when it does not exist or is not yours to see' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const viewer = requireViewer(ctx);
    const decoded = decodeGlobalId(id);
    const entity = decoded && NODE_TYPES[decoded.typeName];
    if (!decoded || !entity) return null;
    const found = (await ctx.em.findOne(entity, { id: decoded.id } as never)) as Record<string, unknown> | null;
    if (!found) return null;
    if (found instanceof Project) return viewer.projectIds.includes(found.id) ? found : null;
    if (found instanceof User) return found;
    const project = found.project as { id: number } | undefined;
    return project && viewer.projectIds.includes(project.id) ? found : null;
  }
}
