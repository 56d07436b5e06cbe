import { graphql } from '../graphql/index.js';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      ...ViewerFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      ...ViewerFields
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const UpdateMeMutation = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      ...ViewerFields
    }
  }
`);

export const OwnOrganizationQuery = graphql(`
  query OwnOrganization {
    me {
      id
      organization {
        id
        name
        description
        descriptionTranslations {
          language
          text
        }
      }
    }
  }
`);

export const UpdateOrganizationDescriptionMutation = graphql(`
  mutation UpdateOrganizationDescription($id: ID!, $description: String!, $descriptionTranslations: [TranslatedTextInput!]!) {
    updateOrganizationDescription(id: $id, description: $description, descriptionTranslations: $descriptionTranslations) {
      id
      description
      descriptionTranslations {
        language
        text
      }
    }
  }
`);

export const InvitationByTokenQuery = graphql(`
  query InvitationByToken($token: String!) {
    invitationByToken(token: $token) {
      name
      role
      organizationName
      language
      expiresAt
    }
  }
`);
