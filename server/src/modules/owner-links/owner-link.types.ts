import { OwnerLinkPurpose } from '@hf/shared';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { OwnerLink } from './owner-link.entity';

@InputType()
export class CreateOwnerLinkInput {
  @Field(() => ID, { description: 'the Callback' }) callbackId!: string;
  @Field(() => OwnerLinkPurpose, { description: 'SURVEY for a planned callback; CONFIRM for a result recorded by phone' }) purpose!: OwnerLinkPurpose;
}

@InputType()
export class RevokeOwnerLinkInput {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class CreateOwnerLinkPayload {
  @Field(() => OwnerLink, { nullable: true }) link?: OwnerLink | null;
  @Field(() => String, { nullable: true, description: 'the link for the owner (shown once: the secret in it is not kept)' }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'a ready SMS in Chinese, at most 70 characters with the link' }) smsText?: string | null;
  @Field(() => String, { nullable: true, description: 'the link as a QR code, SVG (to print on the work order)' }) qrCodeSvg?: string | null;
  @Field(() => String, { nullable: true, description: 'the link as a QR code, PNG as a data: URL' }) qrCodePng?: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RevokeOwnerLinkPayload {
  @Field(() => OwnerLink, { nullable: true }) link?: OwnerLink | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
