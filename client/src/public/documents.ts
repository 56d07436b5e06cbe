import { graphql } from '../graphql/index.js';

export const PublicOrganizationFieldsFragment = graphql(`
  fragment PublicOrganizationFields on PublicOrganization {
    id
    shortName
    name
    description
    descriptionTranslations {
      language
      text
    }
    languages
    categories
    contactEmail
    contactPhone
    regularMeetings {
      weekday
      startTime
      endTime
      roomName
      houseName
      address
    }
    nextEvents {
      id
      title
      category
      start
      end
      roomName
      houseName
    }
  }
`);

export const PublicOrganizationsQuery = graphql(`
  query PublicOrganizations {
    publicOrganizations {
      ...PublicOrganizationFields
    }
  }
`);

export const PublicOrganizationQuery = graphql(`
  query PublicOrganization($shortName: String!) {
    publicOrganization(shortName: $shortName) {
      ...PublicOrganizationFields
    }
  }
`);
