import { graphql } from '../api/generated';

// 回访计划 reads its rows with the callbacks list (callbacks/queries.ts); this counts the same plan over every period,
// so a plan limited to one period says how many due callbacks belong to others (a repair's window runs into the next).
// `npm run codegen -w client` types every document of src/ into api/generated.

export const PlanElsewhereQuery = graphql(`
  query PlanElsewhere($filter: CallbackFilter) {
    callbacks(filter: $filter, first: 1) { totalCount }
  }
`);
