import { ApprovalRule } from '../approval/approval-rule.entity.js';
import { Invitation } from '../auth/invitation.entity.js';
import { UserSession } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { Booking } from '../bookings/booking.entity.js';
import { Closure } from '../closures/closure.entity.js';
import { BookingSeries } from '../series/booking-series.entity.js';
import { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { DisplayLink } from '../display/display-link.entity.js';
import { Coach, CoachingMessage, CoachingRequest, CoachingSession } from '../coaching/coaching.entities.js';
import {
  AgendaItem,
  MeetingAttendance,
  MeetingDecision,
  MeetingResponse,
  NetworkMeeting,
  Proposal,
  ProposalSupport,
} from '../network/network.entities.js';
import { WaitingListEntry } from '../waiting-list/waiting-list.entity.js';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema.js';
import { DisplayLinks1764100000000 } from './migrations/1764100000000-display-links.js';
import { Administration1764200000000 } from './migrations/1764200000000-administration.js';
import { DisplayLanguages1764300000000 } from './migrations/1764300000000-display-languages.js';
import { SeriesAndClosures1764400000000 } from './migrations/1764400000000-series-and-closures.js';
import { Notifications1764500000000 } from './migrations/1764500000000-notifications.js';
import { CalendarFeeds1764600000000 } from './migrations/1764600000000-calendar-feeds.js';
import { FeedTokenHash1764700000000 } from './migrations/1764700000000-feed-token-hash.js';
import { PublicContact1764800000000 } from './migrations/1764800000000-public-contact.js';
import { Coaching1764900000000 } from './migrations/1764900000000-coaching.js';
import { CoachingSessions1765000000000 } from './migrations/1765000000000-coaching-sessions.js';
import { CoachingClosedAt1765130000000 } from './migrations/1765130000000-coaching-closed-at-h3.js';
import { CoachingNotices1765140000000 } from './migrations/1765140000000-coaching-notices-h1.js';
import { CoachingSessionBookingH21765220000000 } from './migrations/1765220000000-coaching-session-booking-h2.js';
import { CoachingMessageOrder1765300000000 } from './migrations/1765300000000-coaching-message-order.js';
import { Network1765400000000 } from './migrations/1765400000000-network.js';
import { NetworkNotices1765410000000 } from './migrations/1765410000000-network-notices.js';
import { BackupRuns1765500000000 } from './migrations/1765500000000-backup-runs.js';
import { Erasure1765510000000 } from './migrations/1765510000000-erasure.js';
import { FairUse1765600000000 } from './migrations/1765600000000-fair-use.js';
import { WaitingList1765610000000 } from './migrations/1765610000000-waiting-list.js';
import { SeriesNotices1765620000000 } from './migrations/1765620000000-series-notices.js';

export const entities = [
  Location,
  ApprovalRule,
  Room,
  Organization,
  User,
  UserSession,
  Invitation,
  Booking,
  BookingSeries,
  Closure,
  DisplayLink,
  Coach,
  CoachingRequest,
  CoachingMessage,
  CoachingSession,
  NetworkMeeting,
  MeetingResponse,
  AgendaItem,
  MeetingDecision,
  MeetingAttendance,
  Proposal,
  ProposalSupport,
  WaitingListEntry,
];
export const migrations = [
  InitialSchema1764000000000,
  DisplayLinks1764100000000,
  Administration1764200000000,
  DisplayLanguages1764300000000,
  SeriesAndClosures1764400000000,
  Notifications1764500000000,
  CalendarFeeds1764600000000,
  FeedTokenHash1764700000000,
  PublicContact1764800000000,
  Coaching1764900000000,
  CoachingSessions1765000000000,
  CoachingClosedAt1765130000000,
  CoachingNotices1765140000000,
  CoachingSessionBookingH21765220000000,
  CoachingMessageOrder1765300000000,
  Network1765400000000,
  NetworkNotices1765410000000,
  BackupRuns1765500000000,
  Erasure1765510000000,
  FairUse1765600000000,
  WaitingList1765610000000,
  SeriesNotices1765620000000,
];
