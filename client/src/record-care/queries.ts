import { graphql } from '../api/generated';

// Record care in the sheets: 作废 a callback or ticket with a reason, 关闭 a ticket, 改派 a callback to other clerks,
// and the project's staff (to choose clerks, and to name the people in a history).

export const VoidCallbackMutation = graphql(`
  mutation VoidCallback($input: VoidInput!) {
    voidCallback(input: $input) { callback { ...CallbackRow } userErrors { field code message messageKey args { name value } } }
  }
`);

export const ReassignCallbackMutation = graphql(`
  mutation ReassignCallback($input: ReassignCallbackInput!) {
    reassignCallback(input: $input) { callback { ...CallbackRow } userErrors { field code message messageKey args { name value } } }
  }
`);

export const VoidTicketMutation = graphql(`
  mutation VoidTicket($input: VoidInput!) {
    voidTicket(input: $input) { ticket { ...TicketRow } userErrors { field code message messageKey args { name value } } }
  }
`);

export const CloseTicketMutation = graphql(`
  mutation CloseTicket($input: TicketActionInput!) {
    closeTicket(input: $input) { ticket { ...TicketRow } userErrors { field code message messageKey args { name value } } }
  }
`);

export const ProjectStaffQuery = graphql(`
  query ProjectStaff($projectId: ID!) {
    staff(projectId: $projectId) { id displayName role }
  }
`);
