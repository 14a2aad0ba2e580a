import { ApiScope, MAX_LABEL_LENGTH } from '@hf/shared';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { ApiToken } from './api-token.entity';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'what an API token may do',
  valuesConfig: {
    TICKETS_READ: { description: 'tickets:read — read tickets' },
    CALLBACKS_READ: { description: 'callbacks:read — read callbacks' },
    STATISTICS_READ: { description: 'statistics:read — read statistics' },
    TICKETS_WRITE: { description: 'tickets:write — register tickets (call centre)' },
    PII_READ: { description: "pii:read — residents' name, phone and unit unmasked" },
    OWNER_LINKS_WRITE: { description: "owner-links:write — ask for an owner's survey or confirmation link (SMS gateway)" },
  },
});

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: '名称, e.g. 呼叫中心' }) @MaxLength(MAX_LABEL_LENGTH) name!: string;
  @Field(() => [ApiScope]) @ArrayMaxSize(10) scopes!: ApiScope[];
  @Field(() => [ID], { nullable: true, description: 'only these projects; omit for every project' }) @ArrayMaxSize(200) projectIds?: string[] | null;
  @Field(() => GraphQLDateTime, { nullable: true }) expiresAt?: Date | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true }) apiToken?: ApiToken | null;
  @Field(() => String, { nullable: true, description: 'the secret, shown this once: send as "Authorization: Bearer <secret>"' })
  secret?: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true }) apiToken?: ApiToken | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
