import type { BookingCategory } from '../../bookings/booking.enums.js';

/**
 * What the report files (CSV, XLSX) call their columns and codes, one file per language: a missing word does
 * not compile. The same words as the report page's table in the client, so a file reads like the screen.
 */
export interface ReportWords {
  /** Usage report: split by. */
  usage: {
    ORGANIZATION: string;
    LOCATION: string;
    ROOM: string;
    CATEGORY: string;
    MONTH: string;
    WEEKDAY: string;
    HOUR: string;
    bookings: string;
    hours: string;
    attendees: string;
    cancellations: string;
    lateCancellations: string;
  };
  occupancy: { location: string; room: string; openHours: string; bookedHours: string; share: string };
  coaching: {
    TOPIC: string;
    ORGANIZATION: string;
    MONTH: string;
    requests: string;
    sessions: string;
    hours: string;
    closed: string;
    medianDaysToFirstSession: string;
  };
  network: {
    MONTH: string;
    QUARTER: string;
    YEAR: string;
    meetingsHeld: string;
    mosInvited: string;
    mosPresent: string;
    peoplePresent: string;
    proposalsMade: string;
    proposalsAnswered: string;
    proposalsDone: string;
    /** The last row's label. */
    total: string;
  };
  /** Fairness report (issue 29): one row per MO. */
  fairness: {
    organization: string;
    bookedHours: string;
    usedHours: string;
    releasedHours: string;
    declinedRequests: string;
    lapsedRequests: string;
    eveningHours: string;
    fairShare: string;
    eveningAgainstFairShare: string;
  };
  categories: Record<BookingCategory, string>;
}
