import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireViewer } from '../../graphql/context';
import { pageSizeFor } from '../../graphql/limits';
import { idArgument } from '../../graphql/arguments';
import { withUserErrors } from '../../graphql/user-error';
import { markRead, notificationPage, unreadCount } from './notification.service';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationConnection } from './notification.types';

/** 提醒: every member of staff reads and marks their own notifications (signed in; API tokens use webhooks). */
@Resolver()
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'your notifications, newest first: the open ones unless includeResolved' })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('includeResolved', () => Boolean, { nullable: true }) includeResolved?: boolean,
  ) {
    const viewer = requireViewer(ctx);
    return notificationPage(ctx.em, { userId: viewer.user.id, projectIds: viewer.projectIds }, { first: pageSizeFor(ctx, first), after, unreadOnly, includeResolved });
  }

  @Query(() => Int, { description: 'your open, unread notifications (the bell)' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    const viewer = requireViewer(ctx);
    return unreadCount(ctx.em, { userId: viewer.user.id, projectIds: viewer.projectIds });
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: '标为已读: these of your notifications, or all of them' })
  async markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const recipient = { userId: viewer.user.id, projectIds: viewer.projectIds };
    return withUserErrors(async () => {
      const ids = input.all || !input.ids ? null : input.ids.map((id, i) => idArgument(id, 'Notification', ['ids', String(i)]));
      const markedCount = await markRead(ctx.em, recipient, ids);
      return { markedCount, unreadCount: await unreadCount(ctx.em, recipient) };
    });
  }
}
