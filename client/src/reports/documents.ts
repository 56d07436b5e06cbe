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

export const ReportChartFiguresQuery = graphql(`
  query ReportChartFigures($from: DateTime!, $to: DateTime!) {
    byMonth: usageReport(from: $from, to: $to, groupBy: [MONTH, CATEGORY]) {
      rows {
        keys {
          dimension
          value
          label
        }
        hours
      }
    }
    byOrganization: usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) {
      rows {
        keys {
          dimension
          value
          label
        }
        hours
      }
    }
    roomOccupancy(from: $from, to: $to) {
      roomId
      roomName
      locationName
      openHours
      bookedHours
      share
      cells {
        weekday
        hour
        openHours
        bookedHours
      }
    }
  }
`);

export const CoachingReportQuery = graphql(`
  query CoachingReport($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {
    coachingReport(from: $from, to: $to, by: $by) {
      rows {
        topic
        organizationId
        organizationName
        month
        requests
        sessions
        hours
        closed
        medianDaysToFirstSession
      }
      totals {
        requests
        sessions
        hours
        closed
        medianDaysToFirstSession
      }
    }
  }
`);

export const NetworkReportQuery = graphql(`
  query NetworkReport($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod!) {
    networkReport(from: $from, to: $to, groupBy: $groupBy) {
      rows {
        period
        meetingsHeld
        mosInvited
        mosPresent
        peoplePresent
        proposalsMade
        proposalsAnswered
        proposalsDone
      }
      totals {
        meetingsHeld
        mosInvited
        mosPresent
        peoplePresent
        proposalsMade
        proposalsAnswered
        proposalsDone
      }
    }
  }
`);

export const FairnessReportQuery = graphql(`
  query FairnessReport($from: DateTime!, $to: DateTime!) {
    fairnessReport(from: $from, to: $to) {
      rows {
        organizationId
        organizationName
        takesPart
        bookedHours
        usedHours
        releasedHours
        eveningHours
        declinedRequests
        lapsedRequests
        eveningAgainstFairShare
      }
      totals {
        bookedHours
        usedHours
        releasedHours
        eveningHours
        declinedRequests
        lapsedRequests
      }
      fairShare {
        eveningHours
        organizations
        hoursPerOrganization
      }
      eveningStartsAt
    }
  }
`);
