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
    houses {
      id
      name
      address
    }
  }
`);

/** The MOs, and every house anyway: a week without public dates still shows where the houses are. */
export const PublicOrganizationsQuery = graphql(`
  query PublicOrganizations {
    publicOrganizations {
      ...PublicOrganizationFields
    }
    locations {
      id
      name
      address
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

/**
 * What a first visit to the login page says: whom to ask for access (the centre's contact, the same configured
 * controller the privacy page names) and where the houses are.
 */
export const FirstVisitQuery = graphql(`
  query FirstVisit {
    appInfo {
      privacy {
        controllerName
        controllerContact
      }
    }
    locations {
      id
      name
      address
    }
  }
`);
