import { createLoaders } from './loaders.js';
import { AuditService } from '../audit/audit.service.js';
import { BackupRuns } from '../backup/backup-runs.js';
import { ScheduledBackups } from '../backup/backup-schedule.js';
import type { BackupSettings } from '../config.js';
import { InvitationService } from '../auth/invitation.service.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { PasswordResetService } from '../auth/password-reset.service.js';
import { PeopleService } from '../auth/people.service.js';
import { SessionService } from '../auth/session.service.js';
import { BookingService, type BookingLimits } from '../bookings/booking.service.js';
import { ClosureService } from '../closures/closure.service.js';
import { ApprovalService } from '../approval/approval.service.js';
import { RequestExpiry } from '../approval/expiry.js';
import { CalendarFeedService } from '../feeds/calendar-feed.service.js';
import { FindingService } from '../finding/finding.service.js';
import { PublicOrganizationService } from '../public/public-organizations.js';
import { NotificationService } from '../notifications/notification.service.js';
import { SeriesService } from '../series/series.service.js';
import type { Database } from '../db/database.js';
import { CoachService } from '../coaching/coaches.service.js';
import { CoachingService } from '../coaching/coaching.service.js';
import { CoachingSessionService } from '../coaching/coaching-session.service.js';
import { CoachingMails } from '../coaching/coaching-mails.js';
import { CoachingNoticeService } from '../coaching/coaching-notice.service.js';
import { ProposalService } from '../network/proposal.service.js';
import { AgendaService } from '../network/agenda.service.js';
import { MinutesService } from '../network/minutes.service.js';
import { NetworkMeetingService } from '../network/network-meeting.service.js';
import { NetworkResponseService } from '../network/network-response.service.js';
import { DisplayLinkService } from '../display/display-link.service.js';
import { DirectoryAdminService } from '../locations/directory-admin.service.js';
import { LocationService } from '../locations/location.service.js';
import { ChangeMails } from '../mail/change-mails.js';
import { NetworkMails } from '../network/network-mails.js';
import { NetworkNoticeService } from '../network/network-notice.service.js';
import { NetworkReminders } from '../network/network-reminders.js';
import { CheckInService } from '../check-in/check-in.service.js';
import { NoShowRelease } from '../check-in/no-show-release.js';
import { SeriesNoticeService } from '../check-in/series-notice.service.js';
import type { Mailer } from '../mail/mailer.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ErasureService } from '../privacy/erasure.js';
import { PersonExportService } from '../privacy/person-export.js';
import { Retention, type RetentionSettings } from '../privacy/retention.js';
import { BookingChangeFanout, DEFAULT_FANOUT_LIMITS, type FanoutLimits } from '../realtime/booking-change-fanout.js';
import { ChangeFeed } from '../realtime/change-feed.js';
import type { Clock } from '../shared/clock.js';
import type { Log } from '../shared/log.js';
import { Metrics } from '../shared/metrics.js';
import { Readiness } from '../shared/readiness.js';
import type { AppInfo, PrivacyInfo } from './app-info.types.js';
import { WaitingListService } from '../waiting-list/waiting-list.service.js';

/** Every service of the app, built once per process over one database. */
export interface Services {
  database: Database;
  clock: Clock;
  info: AppInfo;
  mailer: Mailer;
  /** E-mails to MOs about their bookings changed by others, sent when due. */
  changeMails: ChangeMails;
  /** The network's news for the MOs' members (minutes, meetings moved or called off, answers, reminders). */
  networkNotices: NetworkNoticeService;
  /** Reminders before a network meeting, claimed once across nodes. */
  networkReminders: NetworkReminders;
  /** Check-in and each house's check-in rule (issue 29). */
  checkIn: CheckInService;
  /** Releases bookings nobody checked in to, claimed once across nodes (issue 29). */
  noShowRelease: NoShowRelease;
  /** Series nobody came to three times in a row: the MO is asked, staff told. */
  seriesNotices: SeriesNoticeService;
  /** E-mails about the network, sent when due. */
  networkMails: NetworkMails;
  bookings: BookingService;
  series: SeriesService;
  closures: ClosureService;
  /** Staff's approval of bookings: the rules, the queue, approving and declining (issue 29). */
  approval: ApprovalService;
  /** Lapses requests and waiting-list offers nobody decided in time, on one node at a time (issue 29). */
  requestExpiry: RequestExpiry;
  finding: FindingService;
  feeds: CalendarFeedService;
  publicOrganizations: PublicOrganizationService;
  notifications: NotificationService;
  sessions: SessionService;
  people: PeopleService;
  invitations: InvitationService;
  passwordResets: PasswordResetService;
  locations: LocationService;
  directoryAdmin: DirectoryAdminService;
  organizations: OrganizationService;
  audit: AuditService;
  /** Erasing a person or an MO (GDPR Art. 17). */
  erasure: ErasureService;
  /** Everything stored about a person, for `/me/export.json` (GDPR Art. 15/20). */
  personExport: PersonExportService;
  /** Deleting and pseudonymising what is kept past its time, hourly, on one node at a time. */
  retention: Retention;
  changeFeed: ChangeFeed;
  changeFanout: BookingChangeFanout;
  displayLinks: DisplayLinkService;
  coaching: CoachingService;
  /** The coaches staff keep. */
  coaches: CoachService;
  coachingSessions: CoachingSessionService;
  /** What others did to the coaching requests one takes part in. */
  coachingNotices: CoachingNoticeService;
  /** E-mails about coaching changes, sent when due. */
  coachingMails: CoachingMails;
  /** Proposals between the network's meetings, the MOs' support and staff's answers. */
  proposals: ProposalService;
  /** The network's meetings, booked for the centre through the booking write unit. */
  networkMeetings: NetworkMeetingService;
  /** The MOs' answers to meetings, one per MO. */
  networkResponses: NetworkResponseService;
  /** The meetings' agenda: topics the MOs bring, staff's decisions on them and their order. */
  agenda: AgendaService;
  /** The meetings' minutes, decisions and who came. */
  minutes: MinutesService;
  /** This app's metrics registry (`/metrics`); any floor may count into it. */
  metrics: Metrics;
  /** Whether this node takes new work (`/readyz`); false once it drains for a shutdown. */
  readiness: Readiness;
  /** Backups taken, as every node reads them (`lastBackup()`), and taking one. */
  backups: BackupRuns;
  /** Backups every `BACKUP_EVERY_HOURS`, taken by one node. */
  scheduledBackups: ScheduledBackups;
  /** The waiting list for taken slots (issue 29); its offers are made by the write unit. */
  waitingList: WaitingListService;
}

export function createServices(
  database: Database,
  options: {
    clock: Clock;
    sessionDays: number;
    /** Scheduled backups; none when not given. */
    backup?: BackupSettings;
    log: Log;
    mailer: Mailer;
    fanoutLimits?: FanoutLimits;
    bookingLimits?: BookingLimits;
    throttleLogins: boolean;
    /** How long personal data is kept; the defaults of `config.ts` when not given. */
    retention?: RetentionSettings;
    demo: boolean;
    privacy: PrivacyInfo;
    changeMailDelaySeconds?: number;
    /** One per app; a fresh one without process figures when not given (tests). */
    metrics?: Metrics;
  },
): Services {
  const { dataSource } = database;
  const { clock, log, mailer } = options;
  const metrics = options.metrics ?? new Metrics();
  const changeFeed = new ChangeFeed(database, log);
  const bookings = new BookingService(dataSource, clock, options.bookingLimits, {
    changes: mailer.configured,
    delayMs: (options.changeMailDelaySeconds ?? 60) * 1000,
  });
  const backups = new BackupRuns(database, clock, options.backup?.dir !== undefined);
  const sessions = new SessionService(dataSource, clock, options.sessionDays, options.throttleLogins ? new LoginThrottle(clock) : null);
  // a delivery of one write runs with loaders of its own over these services
  const withFreshLoaders = <Context extends object>(template: Context): Context => ({ ...template, loaders: createLoaders(services) });
  const services: Services = {
    database,
    clock,
    info: { demo: options.demo, mailConfigured: mailer.configured, privacy: options.privacy },
    mailer,
    changeMails: new ChangeMails(dataSource, mailer, clock, log),
    networkNotices: new NetworkNoticeService(dataSource, clock),
    networkReminders: new NetworkReminders(dataSource, clock, log, mailer.configured),
    checkIn: new CheckInService(dataSource, bookings.writing),
    noShowRelease: new NoShowRelease(dataSource, bookings.writing, log),
    seriesNotices: new SeriesNoticeService(dataSource, clock),
    networkMails: new NetworkMails(dataSource, mailer, clock, log),
    bookings,
    series: new SeriesService(dataSource, clock, bookings),
    closures: new ClosureService(dataSource, clock, bookings),
    approval: new ApprovalService(dataSource, clock, bookings),
    requestExpiry: new RequestExpiry(dataSource, bookings.writing, log),
    finding: new FindingService(dataSource, clock),
    feeds: new CalendarFeedService(dataSource, clock),
    publicOrganizations: new PublicOrganizationService(dataSource, clock),
    notifications: new NotificationService(dataSource, clock),
    sessions,
    people: new PeopleService(dataSource, sessions.cache),
    invitations: new InvitationService(dataSource, clock, sessions, mailer),
    passwordResets: new PasswordResetService(dataSource, clock, sessions, mailer, log),
    locations: new LocationService(dataSource),
    directoryAdmin: new DirectoryAdminService(dataSource, clock),
    organizations: new OrganizationService(dataSource),
    audit: new AuditService(dataSource),
    erasure: new ErasureService(dataSource, clock, sessions.cache, bookings),
    personExport: new PersonExportService(dataSource, clock),
    retention: new Retention(dataSource, clock, options.retention ?? { auditMonths: 24, notificationsMonths: 6 }, log),
    changeFeed,
    changeFanout: new BookingChangeFanout(changeFeed, clock, withFreshLoaders, options.fanoutLimits ?? DEFAULT_FANOUT_LIMITS, log, metrics),
    displayLinks: new DisplayLinkService(dataSource, clock),
    coaching: new CoachingService(dataSource, clock, bookings, {
      mail: mailer.configured,
      delayMs: (options.changeMailDelaySeconds ?? 60) * 1000,
    }),
    coaches: new CoachService(dataSource, sessions.cache),
    coachingSessions: new CoachingSessionService(dataSource, clock, bookings),
    coachingNotices: new CoachingNoticeService(dataSource, clock),
    coachingMails: new CoachingMails(dataSource, mailer, clock, log),
    proposals: new ProposalService(dataSource, clock, {
      mail: mailer.configured,
      delayMs: (options.changeMailDelaySeconds ?? 60) * 1000,
    }),
    networkMeetings: new NetworkMeetingService(dataSource, clock, bookings),
    networkResponses: new NetworkResponseService(dataSource, clock, bookings.writing),
    agenda: new AgendaService(dataSource, clock, { mail: mailer.configured, delayMs: (options.changeMailDelaySeconds ?? 60) * 1000 }),
    minutes: new MinutesService(dataSource, clock, { mail: mailer.configured, delayMs: (options.changeMailDelaySeconds ?? 60) * 1000 }),
    metrics,
    readiness: new Readiness(),
    backups,
    scheduledBackups: new ScheduledBackups(backups, options.backup ?? { dir: undefined, everyHours: 24, keep: 1 }, clock, log),
    waitingList: new WaitingListService(dataSource, bookings, clock),
  };
  return services;
}
