import { Role } from '@hf/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { withUserErrors } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { requireViewer } from '../../graphql/context';
import { idArgument } from '../../graphql/arguments';
import { User } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import { createApiToken, isApiTokenActive, revokeApiToken } from './api-token.service';
import { ApiTokenPayload, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput } from './api-token.types';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiToken], { description: 'API tokens of other systems, revoked ones included (never the secret)' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    requireViewer(ctx);
    return ctx.em.find(ApiToken, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiTokenPayload, { description: 'the secret is in the payload this once and is stored only as a hash' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(() =>
      createApiToken(ctx.em, viewer, { ...input, projectIds: input.projectIds?.map((id, i) => idArgument(id, 'Project', `projectIds.${i}`)) }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiTokenPayload, { description: '吊销: the token stops working at once; it is kept, never deleted' })
  async revokeApiToken(@Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ apiToken: await revokeApiToken(ctx.em, viewer, { ...input, id: idArgument(input.id, 'ApiToken') }) }));
  }

  @FieldResolver(() => [Project], { nullable: true, description: 'the projects it is restricted to; null: every project' })
  projects(@Root() apiToken: ApiToken, @Ctx() ctx: Context): Promise<Project[]> | null {
    return apiToken.projectIds ? ctx.em.find(Project, { id: { $in: apiToken.projectIds } }, { orderBy: { code: 'asc' } }) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() apiToken: ApiToken) {
    return apiToken.createdBy?.load() ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  revokedBy(@Root() apiToken: ApiToken) {
    return apiToken.revokedBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean)
  active(@Root() apiToken: ApiToken): boolean {
    return isApiTokenActive(apiToken);
  }
}
