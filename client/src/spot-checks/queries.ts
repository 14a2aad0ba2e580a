import { graphql } from '../api/generated';

// 抽查回访 (seed 004): the supervisor's proposal, and planning the records she ticks.

export const SpotCheckProposalQuery = graphql(`
  query SpotCheckProposal($projectId: ID!, $period: String!) {
    proposeSpotChecks(projectId: $projectId, period: $period) {
      period ratePercent records repairRecords quota notYetRecorded planned stillToPlan
      proposed { id serialCode satisfaction result performedAt ticket { id number summary unit } }
      others { id serialCode satisfaction result performedAt ticket { id number summary unit } }
      spotChecks {
        id serialCode status satisfaction result spotCheckAgreement
        spotCheckOf { id serialCode satisfaction result ticket { id number } }
      }
    }
  }
`);

export const PlanSpotChecksMutation = graphql(`
  mutation PlanSpotChecks($input: PlanSpotChecksInput!) {
    planSpotChecks(input: $input) {
      spotChecks { id serialCode }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);
