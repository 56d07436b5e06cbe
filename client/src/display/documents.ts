import { graphql } from '../graphql/index.js';

/** A wall display reads its house and rooms, no list of MOs (its token may not). */
export const DisplayDirectoryQuery = graphql(`
  query DisplayDirectory {
    locations {
      ...LocationFields
    }
  }
`);

export const DisplayLinksQuery = graphql(`
  query DisplayLinks {
    displayLinks {
      id
      locationId
      label
      createdAt
      revokedAt
    }
  }
`);

export const CreateDisplayLinkMutation = graphql(`
  mutation CreateDisplayLink($locationId: ID!, $label: String, $languages: [String!]) {
    createDisplayLink(locationId: $locationId, label: $label, languages: $languages) {
      path
      token
      link {
        id
        locationId
        label
        languages
        createdAt
        revokedAt
      }
    }
  }
`);

export const RevokeDisplayLinkMutation = graphql(`
  mutation RevokeDisplayLink($id: ID!) {
    revokeDisplayLink(id: $id) {
      id
      revokedAt
    }
  }
`);
