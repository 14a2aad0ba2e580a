import { Field, ID, InterfaceType } from 'type-graphql';

/** The Relay Node interface; the global IDs themselves are core/global-id.ts. */
@InterfaceType({
  description: 'An object with a global ID',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id' })
  nodeId!: string;
}
