import { HeaderMap } from '@apollo/server';
import { ErrorCode, Role } from '@hf/shared';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadConfigOnce } from '../../graphql/settings';
import { Project } from '../projects/project.entity';
import { requireViewer } from '../../graphql/context';
import { SESSION_COOKIE, readSessionToken } from './session-cookie';
import { Blocked, loginThrottle, waitText } from './login-throttle';
import { signIn, signOut } from './session.service';
import { User } from './user.entity';
import { LoginInput, LoginPayload, LogoutPayload, Me, UnlockLoginInput, UnlockLoginPayload } from './user.types';

/** HTTP 429 with retry-after: the same answer for a known and an unknown username */
function tooManyFailures(blocked: Blocked): GraphQLError {
  const wait = waitText(blocked.retryAfterSeconds);
  return new GraphQLError(`登录失败次数过多，请 ${wait.zh}后再试 (too many failed sign-ins: try again in ${wait.en})`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: blocked.retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(blocked.retryAfterSeconds)]]) },
    },
  });
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => Me, { description: 'the signed-in person and the projects they may see' })
  async me(@Ctx() ctx: Context): Promise<Me> {
    const viewer = requireViewer(ctx);
    const projects = await ctx.em.find(Project, { id: { $in: viewer.projectIds } }, { orderBy: { code: 'asc' } });
    // the session lookup (viewerForToken) maps the User entity itself
    return { user: viewer.user as User, projects };
  }

  @Mutation(() => LoginPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const throttle = loginThrottle(ctx.req);
    const ip = ctx.req.ip ?? 'unknown';
    // checked before the password: a blocked pair is refused even with the right password (no guessing through it)
    const blocked = await throttle.check(input.username, ip);
    if (blocked) throw tooManyFailures(blocked);
    const session = await signIn(ctx.em, input.username, input.password, loadConfigOnce().sessionTtlHours);
    if (!session) {
      const nowBlocked = await throttle.failed(input.username, ip);
      if (nowBlocked) throw tooManyFailures(nowBlocked);
      return { userErrors: [{ field: ['password'], code: ErrorCode.UNAUTHENTICATED, message: '用户名或密码错误 (wrong username or password)' }] };
    }
    await throttle.succeeded(input.username, ip);
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req.secure,
      expires: session.expiresAt,
      path: '/',
    });
    return { user: session.user, token: session.token, expiresAt: session.expiresAt, userErrors: [] };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnlockLoginPayload, { description: 'admin: forget the failed sign-ins of a username on every address (after a lock-out)' })
  async unlockLogin(@Arg('input', () => UnlockLoginInput) input: UnlockLoginInput, @Ctx() ctx: Context): Promise<UnlockLoginPayload> {
    return { unlockedAddresses: await loginThrottle(ctx.req).unlock(input.username), userErrors: [] };
  }

  @Mutation(() => LogoutPayload)
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const token = readSessionToken(ctx.req);
    if (token) await signOut(ctx.em, token);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  }

  @FieldResolver(() => String, { nullable: true })
  async departmentName(@Root() user: User): Promise<string | null> {
    return user.department ? (await user.department.load())?.name ?? null : null;
  }
}
