import { ErrorCode } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadConfigOnce } from '../../graphql/settings';
import { Project } from '../projects/project.entity';
import { requireViewer } from '../../graphql/context';
import { SESSION_COOKIE, readSessionToken } from './session-cookie';
import { signIn, signOut } from './session.service';
import { User } from './user.entity';
import { LoginInput, LoginPayload, LogoutPayload, Me } from './user.types';

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
    const session = await signIn(ctx.em, input.username, input.password, loadConfigOnce().sessionTtlHours);
    if (!session) {
      return { userErrors: [{ field: ['password'], code: ErrorCode.UNAUTHENTICATED, message: '用户名或密码错误 (wrong username or password)' }] };
    }
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req.secure,
      expires: session.expiresAt,
      path: '/',
    });
    return { user: session.user, token: session.token, expiresAt: session.expiresAt, userErrors: [] };
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
