import { Role } from '@hf/shared';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { requireViewer } from '../../graphql/context';
import { idArgument } from '../../graphql/arguments';
import { reviewCallbacks } from './callback-review.service';
import { ReviewCallbacksInput, ReviewCallbacksPayload } from './callback-review.types';

@Resolver()
export class CallbackReviewResolver {
  @Authorized(Role.SUPERVISOR)
  @Mutation(() => ReviewCallbacksPayload, { description: '审核 of many records at once, one opinion; a record changed meanwhile is reported, not reviewed' })
  async reviewCallbacks(@Arg('input', () => ReviewCallbacksInput) input: ReviewCallbacksInput, @Ctx() ctx: Context): Promise<ReviewCallbacksPayload> {
    const viewer = requireViewer(ctx);
    const result = await withUserErrors(() =>
      reviewCallbacks(ctx.em, viewer, { ...input, rows: input.rows.map((row, index) => ({ ...row, id: idArgument(row.id, 'Callback', ['rows', String(index), 'id']) })) }),
    );
    return { callbacks: result.callbacks ?? [], reviewedCount: result.reviewedCount ?? 0, escalatedCount: result.escalatedCount ?? 0, userErrors: result.userErrors };
  }
}
