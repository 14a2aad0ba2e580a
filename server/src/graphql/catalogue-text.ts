import { apiMessage, type Message, messageArgumentList } from '@hf/shared';
import { Field, ObjectType } from 'type-graphql';
import { MessageArgument } from './user-error';

/** A text of the shared catalogue (shared/src/messages.ts) outside a userError: e.g. why an archive seal does not hold. */
@ObjectType({ description: 'a message of the shared catalogue: the API text, and its key and arguments for a client in another language' })
export class CatalogueText {
  @Field(() => String, { description: 'zh-CN, then the English in brackets' }) message!: string;
  @Field(() => String) messageKey!: string;
  @Field(() => [MessageArgument]) args!: MessageArgument[];
}

export const catalogueText = (message: Message): CatalogueText => ({
  message: apiMessage(message), messageKey: message.key, args: messageArgumentList(message.args),
});
