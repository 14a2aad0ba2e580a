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
  callbacksChanged(@Root() ids: number[], @Ctx() ctx: Context, @Arg('projectId', () => ID, { nullable: true }) projectId?: string): Promise<Callback[]> {
    // a long subscription must not read from an identity map filled by earlier events
    ctx.em.clear();
    const projects = projectArgument(requireCaller(ctx), projectId);
    return ctx.em.find(Callback, { id: { $in: ids }, project: { $in: projects } }, { orderBy: { id: 'asc' } });
  }

  @Authorized(ApiScope.TICKETS_READ)
  @Subscription(() => [Ticket], {
    description: '工单 rows as they are saved (by anyone), in your projects or the one named',
    subscribe: (data) => rowIds('Ticket', data as unknown as Subscribed),
  })
  ticketsChanged(@Root() ids: number[], @Ctx() ctx: Context, @Arg('projectId', () => ID, { nullable: true }) projectId?: string): Promise<Ticket[]> {
    ctx.em.clear();
    const projects = projectArgument(requireCaller(ctx), projectId);
    return ctx.em.find(Ticket, { id: { $in: ids }, project: { $in: projects } }, { orderBy: { id: 'asc' } });
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
