import { graphql } from '../graphql/index.js';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    role
    language
    organization {
      id
      name
      shortName
    }
    capabilities {
      administer
      viewReports
      readFairnessReport
      manageDisplayLinks
      bookForAnyOrganization
      giveReasonForChanges
      editOrganizationDescription
      askForCoaching
      workAsCoach
      manageCoaching
      manageNetwork
      readNetwork
      takePartInNetwork
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
