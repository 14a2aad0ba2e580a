import { ApiScope } from '@hf/shared';
import { Arg, Authorized, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireCaller, requireViewer } from '../../graphql/context';
import { projectArgument } from '../../graphql/arguments';
import { Callback } from '../callbacks/callback.entity';
import { Ticket } from '../tickets/ticket.entity';
import { unreadCount } from '../notifications/notification.service';
import { noticeStream } from './live';

interface Subscribed {
  context: Context;
  args: { projectId?: string | null };
}

/** The ids of changed rows of one entity in the projects the caller may see (and the one asked for). */
function rowIds(entityType: string, { context, args }: Subscribed): AsyncIterableIterator<number[]> {
  const caller = requireCaller(context);
  const projects = projectArgument(caller, args.projectId);
  return noticeStream((notice) =>
    notice.kind === 'row' && notice.entityType === entityType && notice.projectId != null && projects.includes(notice.projectId) && notice.ids?.length
      ? notice.ids
      : null,
  );
}

/**
 * One read of the changed rows for every subscriber of the same notice (the ids array is the notice's own, shared by
 * every stream): 200 open sheets cost one statement per save, not 200. Each subscriber then keeps only the rows of
 * its projects, and its own execution applies its scopes and masks to the fields.
 */
const sharedReads = new WeakMap<object, Promise<unknown[]>>();

function readOnce<T>(ids: number[], read: () => Promise<T[]>): Promise<T[]> {
  let rows = sharedReads.get(ids);
  if (!rows) {
    rows = read();
    sharedReads.set(ids, rows);
  }
  return rows as Promise<T[]>;
}

/**
 * Live sheets and bells (graphql-ws over /graphql): a row saved by anyone, in any process, is pushed within a second
 * to every open sheet of its project; the rows are read again for each subscriber, so the same access checks and
 * personal-data masks as a query apply. The sheets keep their 15 s polling as a fallback.
 */
@Resolver()
export class LiveResolver {
  @Authorized(ApiScope.CALLBACKS_READ)
  @Subscription(() => [Callback], {
    description: '《业主回访记录表》 rows as they are saved (by anyone), in your projects or the one named',
    subscribe: (data) => rowIds('Callback', data as unknown as Subscribed),
  })
  async callbacksChanged(@Root() ids: number[], @Ctx() ctx: Context, @Arg('projectId', () => ID, { nullable: true }) projectId?: string): Promise<Callback[]> {
    const projects = projectArgument(requireCaller(ctx), projectId);
    // a fresh fork per notice: never an identity map filled by earlier events
    const rows = await readOnce(ids, () =>
      ctx.em.fork().find(Callback, { id: { $in: ids } }, { populate: ['ticket', 'assignee', 'coAssignee'], orderBy: { id: 'asc' } }));
    return rows.filter((row) => projects.includes(row.project.id));
  }

  @Authorized(ApiScope.TICKETS_READ)
  @Subscription(() => [Ticket], {
    description: '工单 rows as they are saved (by anyone), in your projects or the one named',
    subscribe: (data) => rowIds('Ticket', data as unknown as Subscribed),
  })
  async ticketsChanged(@Root() ids: number[], @Ctx() ctx: Context, @Arg('projectId', () => ID, { nullable: true }) projectId?: string): Promise<Ticket[]> {
    const projects = projectArgument(requireCaller(ctx), projectId);
    const rows = await readOnce(ids, () => ctx.em.fork().find(Ticket, { id: { $in: ids } }, { orderBy: { id: 'asc' } }));
    return rows.filter((row) => projects.includes(row.project.id));
  }

  @Authorized()
  @Subscription(() => Int, {
    description: 'your unread notifications, each time they change (the bell)',
    subscribe: ({ context }) => {
      const viewer = requireViewer(context as Context);
      return noticeStream((notice) => (notice.kind === 'notification' && notice.recipientId === viewer.user.id ? notice.recipientId : null));
    },
  })
  unreadNotificationCountChanged(@Ctx() ctx: Context): Promise<number> {
    const viewer = requireViewer(ctx);
    return unreadCount(ctx.em, { userId: viewer.user.id, projectIds: viewer.projectIds });
  }
}
