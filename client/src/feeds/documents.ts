import { graphql } from '../graphql/index.js';

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      kind
      label
      url
    }
  }
`);

export const RenewCalendarFeedMutation = graphql(`
  mutation RenewCalendarFeed($kind: CalendarFeedKind!) {
    renewCalendarFeed(kind: $kind) {
      kind
      label
      url
    }
  }
`);
