import { graphql } from '../api/generated';

// 业主回访链接: make one (the secret is in the answer only), list a callback's links, revoke one.

export const CreateOwnerLinkMutation = graphql(`
  mutation CreateOwnerLink($input: CreateOwnerLinkInput!) {
    createOwnerLink(input: $input) {
      link { id purpose state createdAt expiresAt usedAt revokedAt }
      url smsText qrCodeSvg qrCodePng
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const OwnerLinksQuery = graphql(`
  query OwnerLinks($id: ID!) {
    node(id: $id) { ... on Callback { id ownerLinks { id purpose state createdAt expiresAt usedAt revokedAt } } }
  }
`);

export const RevokeOwnerLinkMutation = graphql(`
  mutation RevokeOwnerLink($input: RevokeOwnerLinkInput!) {
    revokeOwnerLink(input: $input) { link { id state revokedAt } userErrors { field code message messageKey args { name value } } }
  }
`);
