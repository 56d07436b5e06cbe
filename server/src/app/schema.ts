import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { AppInfoResolver } from './app-info.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { BackupResolver } from '../backup/backup.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { InvitationsResolver } from '../auth/invitations.resolver.js';
import { PasswordResetsResolver } from '../auth/password-resets.resolver.js';
import { PeopleResolver } from '../auth/people.resolver.js';
import { BookingsResolver } from '../bookings/bookings.resolver.js';
import { ApprovalResolver } from '../approval/approval.resolver.js';
import { ClosuresResolver } from '../closures/closures.resolver.js';
import { FeedsResolver } from '../feeds/feeds.resolver.js';
import { FindingResolver } from '../finding/finding.resolver.js';
import { PublicResolver } from '../public/public.resolver.js';
import { NotificationsResolver } from '../notifications/notifications.resolver.js';
import { NetworkNoticesResolver } from '../network/network-notices.resolver.js';
import { CheckInResolver } from '../check-in/check-in.resolver.js';
import { SeriesNoticesResolver } from '../check-in/series-notices.resolver.js';
import { ReportsResolver } from '../reports/reports.resolver.js';
import { SeriesResolver } from '../series/series.resolver.js';
import { DisplayLinksResolver } from '../display/display-links.resolver.js';
import { LocationsResolver, RoomResolver } from '../locations/locations.resolver.js';
import { OrganizationsResolver } from '../organizations/organizations.resolver.js';
import { BookingChangesResolver } from '../realtime/booking-changes.resolver.js';
import { DirectoryChangesResolver } from '../realtime/directory-changes.resolver.js';
import { CoachingChangesResolver } from '../realtime/coaching-changes.resolver.js';
import { CoachingNoticesResolver } from '../coaching/coaching-notices.resolver.js';
import { CoachingResolver, CoachingSessionResolver, CoachResolver } from '../coaching/coaching.resolver.js';
import { ProposalsResolver } from '../network/proposals.resolver.js';
import { AgendaResolver, MeetingAgendaResolver } from '../network/agenda.resolver.js';
import { MeetingAttendanceResolver, MeetingMinutesResolver } from '../network/minutes.resolver.js';
import { MeetingResponseResolver, NetworkMeetingResolver } from '../network/network.resolver.js';
import { NetworkChangesResolver } from '../realtime/network-changes.resolver.js';
import { PrivacyResolver } from '../privacy/privacy.resolver.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import { WaitingListResolver } from '../waiting-list/waiting-list.resolver.js';

/**
 * Subscriptions stream from the change feed through their own `subscribe` functions; type-graphql
 * insists on a PubSub all the same, so it gets one that refuses topic-based use.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('topics are not used: events come from the change log');
  },
  subscribe() {
    throw new Error('topics are not used: events come from the change log');
  },
};

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AppInfoResolver,
      AuthResolver,
      PeopleResolver,
      PrivacyResolver,
      InvitationsResolver,
      PasswordResetsResolver,
      AuditResolver,
      BackupResolver,
      LocationsResolver,
      RoomResolver,
      OrganizationsResolver,
      BookingsResolver,
      SeriesResolver,
      ClosuresResolver,
      ApprovalResolver,
      FindingResolver,
      FeedsResolver,
      PublicResolver,
      NotificationsResolver,
      NetworkNoticesResolver,
      CheckInResolver,
      SeriesNoticesResolver,
      ReportsResolver,
      BookingChangesResolver,
      DirectoryChangesResolver,
      CoachingChangesResolver,
      CoachingNoticesResolver,
      DisplayLinksResolver,
      CoachingResolver,
      CoachResolver,
      CoachingSessionResolver,
      ProposalsResolver,
      NetworkMeetingResolver,
      MeetingResponseResolver,
      NetworkChangesResolver,
      MeetingAgendaResolver,
      AgendaResolver,
      MeetingMinutesResolver,
      MeetingAttendanceResolver,
      WaitingListResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub: NO_TOPICS,
  });
}
