import { apiMessage, type Message } from '@hf/shared';
import { GraphQLError } from 'graphql';

/**
 * A top-level GraphQL error whose text is a catalogue message: `message` "中文 (English)" as always, and
 * extensions.messageKey / extensions.args for a client that shows it in its own language.
 */
export function messageError(message: Message, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(apiMessage(message), {
    extensions: { ...extensions, messageKey: message.key, ...(message.args ? { args: message.args } : {}) },
  });
}
