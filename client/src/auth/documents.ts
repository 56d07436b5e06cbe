import { graphql } from '../graphql/index.js';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      name
      email
      role
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
