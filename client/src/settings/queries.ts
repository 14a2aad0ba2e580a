import { graphql } from '../api/generated';

// 设置 (settings) and 系统管理 (administration): the documents of client/src/settings/.

export const SettingsProjectQuery = graphql(`
  query SettingsProject($id: ID!) {
    node(id: $id) {
      ... on Project { id version code name minGapDays maxAttempts correctionHours commonShortcomings unitPattern unitExample }
    }
  }
`);

export const UpdateProjectSettingsMutation = graphql(`
  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {
    updateProjectSettings(input: $input) {
      project { id version minGapDays maxAttempts correctionHours commonShortcomings unitPattern unitExample }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const SettingsPoliciesQuery = graphql(`
  query SettingsPolicies($projectId: ID!) {
    callbackPolicies(projectId: $projectId) {
      id version kind severity preset updatedAt
      stages { anchor fromOffset toOffset unit ratePercent performerRole purpose }
    }
  }
`);

export const UpdateCallbackPolicyMutation = graphql(`
  mutation UpdateCallbackPolicy($input: UpdateCallbackPolicyInput!) {
    updateCallbackPolicy(input: $input) {
      policy { id version preset updatedAt stages { anchor fromOffset toOffset unit ratePercent performerRole purpose } }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users(first: 500) {
      totalCount
      edges { node { id version username displayName role active projects { id code } department { id name } } }
    }
  }
`);

export const AdminProjectsQuery = graphql(`
  query AdminProjects {
    projects { id version code name departments { id name supervisors { id displayName } } }
  }
`);


export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id version username displayName role active projects { id code } department { id name } }
      temporaryPassword
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user { id version username displayName role active projects { id code } department { id name } }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: UserVersionInput!) {
    resetUserPassword(input: $input) {
      user { id version }
      temporaryPassword
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      user { id version active }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens { id version name tokenHint scopes projects { id code } createdAt expiresAt revokedAt lastUsedAt active createdBy { displayName } }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken { id version name tokenHint scopes projects { id code } createdAt expiresAt revokedAt lastUsedAt active createdBy { displayName } }
      secret
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken { id version revokedAt active }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project { id version code name }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      project { id version code name }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department { id name }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const UpdateCallScriptMutation = graphql(`
  mutation UpdateCallScript($input: UpdateCallScriptInput!) {
    updateCallScript(input: $input) {
      callScript { kind greeting questions closing busyReply version standard updatedAt updatedBy { displayName } }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);
