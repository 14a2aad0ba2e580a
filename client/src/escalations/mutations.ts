import { graphql } from '../api/generated';

export const WriteHandlingOpinionMutation = graphql(`
  mutation WriteHandlingOpinion($input: CallbackActionInput!) {
    writeHandlingOpinion(input: $input) {
      callback { ...CallbackRow }
      userErrors { field code message }
    }
  }
`);
