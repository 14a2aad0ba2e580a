import { graphql } from '../api/generated';

// The session's documents: who is signed in, sign in and out, and whether the period is archived (read-only).
// `npm run codegen -w client` types every document of src/ into api/generated.

export const MeQuery = graphql(`
  query Me {
    me {
      user { id username displayName role departmentName }
      projects { id code name statisticsPeriod correctionHours unitPattern unitExample commonShortcomings }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id displayName role }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout { ok }
  }
`);

export const ArchiveStatusQuery = graphql(`
  query ArchiveStatus($projectId: ID!, $period: String) {
    archiveStatus(projectId: $projectId, period: $period) {
      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil
      lateRecordings { serialCode recordedAt recordedBy { displayName } }
    }
  }
`);
