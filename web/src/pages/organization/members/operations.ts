// The organization's members, invitation codes and email invitations.
import { graphql } from "../../../gql";

export const InvitationCodesQuery = graphql(`
  query OrganizationInvitationCodes {
    me { id organizationInvitationCodes { code createdAt expiresAt maxUses uses revoked } }
  }
`);

export const MembersQuery = graphql(`
  query OrganizationMembers {
    me { id organizationMembers(first: 100) { totalCount edges { node { accountId role joinedAt } } } }
  }
`);

export const CreateCodeMutation = graphql(`
  mutation CreateOrganizationCode($input: CreateOrganizationInvitationCodeInput!) {
    createOrganizationInvitationCode(input: $input) { code createdAt expiresAt maxUses uses revoked }
  }
`);

export const RevokeCodeMutation = graphql(`
  mutation RevokeOrganizationCode($code: String!) {
    revokeOrganizationInvitationCode(code: $code) { code revoked }
  }
`);

export const InviteMutation = graphql(`
  mutation InviteToOrganization($email: String!) {
    inviteToOrganization(email: $email) { id email expiresAt }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveOrganizationMember($accountId: ID!) { removeOrganizationMember(accountId: $accountId) }
`);
