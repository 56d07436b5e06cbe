import { graphql } from '../graphql/index.js';

export const UsageReportQuery = graphql(`
  query UsageReport($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {
    usageReport(from: $from, to: $to, groupBy: $groupBy) {
      rows {
        keys {
          dimension
          value
          label
        }
        bookings
        hours
        attendees
        cancellations
        lateCancellations
      }
      totals {
        bookings
        hours
        attendees
        cancellations
        lateCancellations
        organizations
        newOrganizations
      }
    }
  }
`);
