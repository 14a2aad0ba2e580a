import { apiMessage, Role } from '@hf/shared';
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { projectArgument } from '../../graphql/arguments';
import { requireViewer } from '../../graphql/context';
import { BROKEN_LINK_MESSAGES, historyChainState } from './history-chain';

@ObjectType({ description: '链条中第一个不成立的环节' })
export class BrokenHistoryLink {
  @Field(() => Int, { description: 'position in the project chain, from 1' }) sequence!: number;
  @Field(() => ID, { description: 'the change record at that position (its database id)' }) changeId!: string;
  @Field(() => String, { description: 'MISSING, CONTENT or LINK' }) problem!: string;
  @Field(() => String, { description: 'zh-CN, then the English in brackets' }) message!: string;
  @Field(() => String, { description: 'the message in the shared catalogue (chain.*), for a client that shows it in its own language' }) messageKey!: string;
}

@ObjectType({ description: '变更记录防篡改链: each change record of a project hashes its content and the previous link' })
export class HistoryChainStatus {
  @Field(() => Boolean, { description: 'every link recomputes to what is stored' }) intact!: boolean;
  @Field(() => Int, { description: 'links that hold, from the first' }) length!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the last link that holds' }) headHash!: string;
  @Field(() => BrokenHistoryLink, { nullable: true }) firstBrokenLink!: BrokenHistoryLink | null;
}

@Resolver()
export class HistoryChainResolver {
  @Authorized(Role.AUDITOR, Role.ADMIN)
  @Query(() => HistoryChainStatus, { description: '品质管理部: recompute a project history chain and name the first broken link' })
  async historyChain(@Ctx() ctx: Context, @Arg('projectId', () => ID) projectId: string): Promise<HistoryChainStatus> {
    const [id] = projectArgument(requireViewer(ctx), projectId);
    const state = await historyChainState(ctx.em, id);
    return {
      intact: state.broken === null,
      length: state.length,
      headHash: state.headHash,
      firstBrokenLink: state.broken && {
        ...state.broken, message: apiMessage(BROKEN_LINK_MESSAGES[state.broken.problem]), messageKey: BROKEN_LINK_MESSAGES[state.broken.problem].key,
      },
    };
  }
}
