import { graphql } from '../api/generated';

export const ReviewCallbacksMutation = graphql(`
  mutation ReviewCallbacks($input: ReviewCallbacksInput!) {
    reviewCallbacks(input: $input) {
      reviewedCount escalatedCount
      callbacks { ...CallbackRow }
      userErrors { field code message }
    }
  }
`);
