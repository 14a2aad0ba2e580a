import { ApiScope, CALLBACK_PERFORMERS, OWNER_PAGE_PATH, ownerLinkSms, Role } from '@hf/shared';
import QRCode from 'qrcode';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireCaller } from '../../graphql/context';
import { idArgument } from '../../graphql/arguments';
import { loadConfigOnce } from '../../graphql/settings';
import { withUserErrors } from '../../graphql/user-error';
import { Callback } from '../callbacks/callback.entity';
import { QuarterlyStatistics } from '../statistics/statistics.types';
import { MethodCount, methodCounts, OwnerAnswerStatistics, ownerAnswerStatistics } from './owner-answer.statistics';
import { OwnerLink } from './owner-link.entity';
import { createOwnerLink, revokeOwnerLink } from './owner-link.service';
import { CreateOwnerLinkInput, CreateOwnerLinkPayload, RevokeOwnerLinkInput, RevokeOwnerLinkPayload } from './owner-link.types';

/** Where owners reach the app: PUBLIC_URL, else the address this request came to. */
function publicBase(ctx: Context): string {
  const configured = loadConfigOnce().ownerLinks.publicUrl;
  if (configured) return configured;
  return `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`;
}

/** 业主回访链接: staff (or the SMS gateway's token) ask for a link; the owner answers on the public page (http/owner-page.route.ts). */
@Resolver(() => OwnerLink)
export class OwnerLinkResolver {
  @Authorized<Role | ApiScope>(...CALLBACK_PERFORMERS, ApiScope.OWNER_LINKS_WRITE)
  @Mutation(() => CreateOwnerLinkPayload, {
    description: '发送回访链接 / 发送确认链接: a one-time link for the owner (replaces the previous unused one of the same purpose), with the SMS text and a QR code',
  })
  async createOwnerLink(@Arg('input', () => CreateOwnerLinkInput) input: CreateOwnerLinkInput, @Ctx() ctx: Context): Promise<CreateOwnerLinkPayload> {
    const caller = requireCaller(ctx);
    return withUserErrors(async () => {
      const callbackId = idArgument(input.callbackId, 'Callback', 'callbackId');
      const { link, token, project } = await createOwnerLink(ctx.em, caller, { callbackId, purpose: input.purpose });
      const url = `${publicBase(ctx)}${OWNER_PAGE_PATH}${token}`;
      const qr = { errorCorrectionLevel: 'M' as const, margin: 2 };
      return {
        link,
        url,
        smsText: ownerLinkSms(input.purpose, project.name, url),
        qrCodeSvg: await QRCode.toString(url, { ...qr, type: 'svg' }),
        qrCodePng: await QRCode.toDataURL(url, { ...qr, width: 240 }),
      };
    });
  }

  @Authorized<Role | ApiScope>(...CALLBACK_PERFORMERS, ApiScope.OWNER_LINKS_WRITE)
  @Mutation(() => RevokeOwnerLinkPayload, { description: '撤销: the link stops working at once' })
  async revokeOwnerLink(@Arg('input', () => RevokeOwnerLinkInput) input: RevokeOwnerLinkInput, @Ctx() ctx: Context): Promise<RevokeOwnerLinkPayload> {
    const caller = requireCaller(ctx);
    return withUserErrors(async () => ({ link: await revokeOwnerLink(ctx.em, caller, idArgument(input.id, 'OwnerLink')) }));
  }

  @FieldResolver(() => Callback)
  callback(@Root() link: OwnerLink): Promise<Callback> {
    return link.callback.loadOrFail();
  }
}

/** A callback's links, newest first (state, purpose, times; never the secret). */
@Resolver(() => Callback)
export class CallbackOwnerLinksResolver {
  @FieldResolver(() => [OwnerLink], { description: '业主回访链接 sent for this callback, newest first' })
  ownerLinks(@Root() callback: Callback, @Ctx() ctx: Context): Promise<OwnerLink[]> {
    return ctx.em.find(OwnerLink, { callback: callback.id }, { orderBy: { id: 'desc' } });
  }
}

/** The period's channels and owners' confirmations, beside the rest of the statistics. */
@Resolver(() => QuarterlyStatistics)
export class OwnerAnswerStatisticsResolver {
  @FieldResolver(() => OwnerAnswerStatistics, { description: '业主确认: results given online, confirmed, disputed and unconfirmed' })
  ownerAnswers(@Root() stats: QuarterlyStatistics, @Ctx() ctx: Context): Promise<OwnerAnswerStatistics> {
    return ownerAnswerStatistics(ctx.em, idArgument(stats.projectId, 'Project'), stats.from, stats.to);
  }

  @FieldResolver(() => [MethodCount], { description: '回访方式: recorded results per method (电话 / 面谈 / 现场查看 / 线上)' })
  methods(@Root() stats: QuarterlyStatistics, @Ctx() ctx: Context): Promise<MethodCount[]> {
    return methodCounts(ctx.em, idArgument(stats.projectId, 'Project'), stats.from, stats.to);
  }
}
