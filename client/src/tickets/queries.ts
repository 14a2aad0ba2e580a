import { graphql } from '../api/generated';

// The documents of 工单登记: a row, the rows, an edited row, a new ticket, completing one.
// `npm run codegen -w client` types every document of src/ into api/generated.

export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id number version kind severity ownerName unit phone channel receivedAt department category summary
    handler handlingResult completedAt status contractStart contractEnd voidReason voidedAt
  }
`);

export const TicketsQuery = graphql(`
  query Tickets($filter: TicketFilter, $first: Int, $after: String) {
    tickets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TicketRow } }
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ticket { ...TicketRow }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket { ...TicketRow }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const CompleteTicketMutation = graphql(`
  mutation CompleteTicket($input: CompleteTicketInput!) {
    completeTicket(input: $input) {
      ticket { ...TicketRow }
      callbacks { id serialCode }
      sampling { stageIndex purpose ratePercent period completed selected outcome }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const AddCallbackMutation = graphql(`
  mutation AddCallbackByHand($input: AddCallbackInput!) {
    addCallback(input: $input) {
      callback { id serialCode windowFrom windowTo }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

// rows saved by anyone, pushed over the live connection: Apollo's cache puts them into the sheet by id
export const TicketsChangedSubscription = graphql(`
  subscription TicketsChanged($projectId: ID) {
    ticketsChanged(projectId: $projectId) { ...TicketRow }
  }
`);
