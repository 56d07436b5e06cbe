import { graphql } from '../graphql/index.js';

/** What the privacy page says from configuration: who answers for the data, and the periods the server applies. */
export const PrivacyFactsQuery = graphql(`
  query PrivacyFacts {
    appInfo {
      privacy {
        controllerName
        controllerContact
        imprintUrl
        sessionDays
        auditRetentionMonths
        notificationRetentionMonths
        backupDays
      }
    }
  }
`);

/** Staff erase a person (GDPR Art. 17): what identifies them goes, their bookings stay without a reference. */
export const ErasePersonMutation = graphql(`
  mutation ErasePerson($id: ID!) {
    erasePerson(id: $id)
  }
`);

/** Staff erase an MO the same way, with its people; its bookings stay for the city's figures. */
export const EraseOrganizationMutation = graphql(`
  mutation EraseOrganization($id: ID!) {
    eraseOrganization(id: $id)
  }
`);
