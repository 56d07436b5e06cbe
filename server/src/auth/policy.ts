import type { BookingVisibility } from '../bookings/booking.enums.js';
import { mayTakeStep, type CoachingStatus, type CoachingStep } from '../coaching/coaching.enums.js';
import type { MeetingState, ProposalStatus } from '../network/network.enums.js';
import { mayEditWhile, maySupportWhile } from '../network/proposal-rules.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import type { Viewer } from './viewer.js';

/**
 * Authorization in one place, used by queries, mutations and subscriptions alike. Nothing outside
 * `auth/` looks at `viewer.kind` (an ESLint rule keeps it so): services ask here.
 * The booking fields it needs are the few that decide access, so it works on rows and on change-log snapshots.
 *
 * Coaches (COACH): they help MOs, they do not belong to one, and of other MOs they see nothing but what the
 * public sees (issue 24). Of rooms and bookings a coach reads every booking's occupancy (to find a room for a
 * session) and the details of PUBLIC ones only; never an MO's contacts, never the full MO list (only public
 * profiles), and they book nothing for an MO.
 * Of coaching they read the requests assigned to them and write notes on those (`mayReadCoachingRequest`
 * below); the MO's other requests and every other MO's stay unseen.
 */
export interface BookingAccessFacts {
  organizationId: string;
  visibility: BookingVisibility;
  /** For a booking a coaching session holds: the session, and that request's coach, who reads it in full (issue 24). */
  sessionId?: string | null;
  sessionCoachId?: string | null;
}

/** Whether the viewer is the coach of the coaching session this booking holds. */
function isCoachOfSession(viewer: Extract<Viewer, { kind: 'coach' }>, booking: BookingAccessFacts): boolean {
  return booking.sessionCoachId != null && booking.sessionCoachId === viewer.coachId;
}

/** A booking with where and when it is, for the rules that also depend on those (wall displays). */
export interface PlacedBookingFacts extends BookingAccessFacts {
  room: { locationId: string };
  start: Date;
  end: Date;
}

export type BookingAction = 'view' | 'viewDetails' | 'viewNotes' | 'manage';

export function can(viewer: Viewer, action: BookingAction, booking: BookingAccessFacts): boolean {
  if (viewer.kind === 'staff') return true;
  const ownOrganization = viewer.kind === 'member' && viewer.organizationId === booking.organizationId;
  switch (action) {
    case 'view':
      return viewer.kind === 'member' || viewer.kind === 'coach' || viewer.kind === 'display' || booking.visibility === 'PUBLIC';
    case 'viewDetails':
      // title, organization, category: others' PRIVATE bookings show only that the room is taken; a coach,
      // who belongs to no MO, reads the details the public reads
      // (their own coaching sessions excepted: the booking a session holds is theirs to read in full)
      if (viewer.kind === 'coach') return booking.visibility === 'PUBLIC' || isCoachOfSession(viewer, booking);
      return ownOrganization || (can(viewer, 'view', booking) && booking.visibility !== 'PRIVATE');
    case 'viewNotes':
      return ownOrganization;
    case 'manage':
      // a coaching session's booking is moved and cancelled as the session, so the calendar offers neither
      return ownOrganization && !booking.sessionId;
  }
}

/** A person as the rules below need them: for e-mails, feeds and staff lists, where no session asks. */
export interface PersonFacts {
  id: string;
  role: 'STAFF' | 'MEMBER' | 'COACH';
  organizationId: string | null;
  /** The coach record linked to a COACH; without it (not given, or not linked yet) a coach is a stranger. */
  coachId?: string | null;
  /** Whether that coach record is active; a resting coach reads nothing of coaching, like a stranger. */
  coachActive?: boolean;
  active: boolean;
  /** The session asking, when there is one; empty for a person read for an e-mail or a feed. */
  sessionId?: string;
}

/**
 * The viewer a person would be signed in now, not when a feed address or an e-mail was made: a deactivated
 * person, or a member without an MO, is a stranger.
 */
export function viewerOfPerson(person: PersonFacts): Viewer {
  if (!person.active) return { kind: 'anonymous' };
  const sessionId = person.sessionId ?? '';
  switch (person.role) {
    case 'STAFF':
      return { kind: 'staff', userId: person.id, sessionId };
    case 'COACH':
      return person.coachId && person.coachActive
        ? { kind: 'coach', userId: person.id, coachId: person.coachId, sessionId }
        : { kind: 'anonymous' };
    case 'MEMBER':
      if (person.organizationId === null) return { kind: 'anonymous' };
      return { kind: 'member', userId: person.id, organizationId: person.organizationId, sessionId };
  }
}

/**
 * Whether a person (not a session: an e-mail reaches them later) may still be told what a booking is: what
 * they could read of it signed in now. Someone who booked for an MO and has since left it is not told its
 * PRIVATE title.
 */
export function personMayReadDetails(person: PersonFacts, booking: BookingAccessFacts): boolean {
  const viewer = viewerOfPerson(person);
  return viewer.kind !== 'anonymous' && can(viewer, 'viewDetails', booking);
}

/**
 * Whether the viewer may read this booking at all, wherever it is asked for (a single booking, a
 * range, a subscription's replay or live event): a wall display only its own house's bookings that
 * touch today; everyone else as `can(viewer, 'view', …)` says.
 */
export function mayReadBooking(viewer: Viewer, booking: PlacedBookingFacts, now: Date): boolean {
  if (!can(viewer, 'view', booking)) return false;
  if (viewer.kind !== 'display') return true;
  if (booking.room.locationId !== viewer.locationId) return false;
  const window = displayWindow(viewer, now);
  return booking.start.getTime() < window.to.getTime() && booking.end.getTime() > window.from.getTime();
}

/**
 * Viewers in the same class get the same answer from every rule above and from every field resolver
 * that looks at the viewer, so one executed result can serve them all (subscription fan-out).
 * A rule that looks at anything else of the viewer must be reflected here.
 */
export function visibilityClass(viewer: Viewer): string {
  switch (viewer.kind) {
    // a class per coach: the coaching rules look at which coach asks, and so does `can` (a coach reads the
    // bookings of their own sessions in full), so two coaches never share one executed answer
    case 'coach':
      return `coach:${viewer.coachId}`;
    case 'staff':
    case 'anonymous':
      return viewer.kind;
    case 'member':
      return `member:${viewer.organizationId}`;
    case 'display':
      return `display:${viewer.locationId}`;
  }
}

/**
 * Whether what this viewer may read depends only on the data (and so on the change log's cursor), and one
 * answer may serve everyone of the viewer's visibility class. Not for wall displays: they read today only.
 */
export function readsIndependentlyOfTime(viewer: Viewer): boolean {
  return viewer.kind !== 'display';
}

/**
 * Whether a page may carry the answers to its first questions (`http/first-answers.ts`): a person's who is
 * signed in. The answers are asked as this viewer, so each operation's own decision still applies to them; a
 * wall display sends its token as a header no navigation carries, and a stranger's page would carry nothing
 * worth its bytes.
 */
export function pageCarriesFirstAnswers(viewer: Viewer): boolean {
  return viewer.kind === 'member' || viewer.kind === 'staff' || viewer.kind === 'coach';
}

/**
 * What a person may do, as the client offers it (a menu entry, a choice, a field). Named by the act, never
 * by the role: the client reads these and compares no roles. The server still checks every operation.
 */
export interface Capabilities {
  /** The admin page: houses, rooms, MOs, people, invitations, the audit log. */
  administer: boolean;
  viewReports: boolean;
  /** The fairness report: staff for every MO, a member for their own (`fairnessReportScope`). */
  readFairnessReport: boolean;
  /** Create and revoke wall-display links. */
  manageDisplayLinks: boolean;
  /** Book for any MO; others book for their own MO only. */
  bookForAnyOrganization: boolean;
  /** Tell an MO why its booking was changed or cancelled (it reads the reason in its notice and e-mail). */
  giveReasonForChanges: boolean;
  /** Write one's own MO's description on the account page. */
  editOrganizationDescription: boolean;
  /** Ask for coaching: a member for their MO, staff for any MO. */
  askForCoaching: boolean;
  /** Work on the coaching requests assigned to one: sessions, notes for the MO and for staff. */
  workAsCoach: boolean;
  /** The coaching queue: assign, decline, keep the list of coaches. */
  manageCoaching: boolean;
  /** The MOs' network: meetings, their agenda and minutes, and answers to proposals. */
  manageNetwork: boolean;
  /** Read the MOs' network: its meetings, agenda, minutes and proposals (`assertMayReadNetwork`). */
  readNetwork: boolean;
  /** Speak in the network for one's MO: answer invitations, bring topics and proposals, support others'. */
  takePartInNetwork: boolean;
}

export function capabilitiesOf(viewer: Viewer): Capabilities {
  const staff = viewer.kind === 'staff';
  return {
    administer: staff,
    viewReports: staff,
    readFairnessReport: viewer.kind === 'member' || staff,
    manageDisplayLinks: staff,
    bookForAnyOrganization: staff,
    giveReasonForChanges: staff,
    editOrganizationDescription: viewer.kind === 'member',
    askForCoaching: viewer.kind === 'member' || staff,
    workAsCoach: viewer.kind === 'coach',
    manageCoaching: staff,
    manageNetwork: staff,
    readNetwork: viewer.kind === 'member' || viewer.kind === 'coach' || staff,
    // as `proposingOrganizationOf`: only a member has an MO to speak for
    takePartInNetwork: viewer.kind === 'member',
  };
}

/**
 * What a person may do signed in now, for a user other than the viewer (a staff list of people): as their
 * own session would be told. A deactivated person may do nothing.
 */
export function capabilitiesOfPerson(person: PersonFacts): Capabilities {
  return capabilitiesOf(viewerOfPerson(person));
}

/** Throws UNAUTHENTICATED for anonymous viewers, FORBIDDEN for those who may not act for the MO. */
export function assertCanManageFor(viewer: Viewer, organizationId: string): void {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
  if (!can(viewer, 'manage', { organizationId, visibility: 'PRIVATE' })) throw forbidden();
}

/** An MO's description and its translations are the MO's own words: its members may write them, and staff. */
export function assertMayDescribeOrganization(viewer: Viewer, organizationId: string): void {
  assertSignedIn(viewer);
  if (viewer.kind === 'staff') return;
  if (viewer.kind !== 'member' || viewer.organizationId !== organizationId) throw forbidden();
}

export function assertSignedIn(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'member' | 'staff' | 'coach' }> {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
}

export function assertStaff(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'staff' }> {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
  if (viewer.kind !== 'staff') throw forbidden();
}

/** Erasing a person or an MO (GDPR Art. 17) is staff's: it cannot be undone, and the person may not be asked first. */
export function assertMayErase(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'staff' }> {
  assertStaff(viewer);
}

/** Everything stored about a person (GDPR Art. 15/20): the person themselves, and staff for anyone who asks them. */
export function assertMayExportPersonData(viewer: Viewer, personId: string): void {
  assertSignedIn(viewer);
  if (viewer.kind !== 'staff' && viewer.userId !== personId) throw forbidden();
}

/** The network's figures for the city are staff's: they show which MOs stay away, which no MO reads of another. */
export function assertMayReadNetworkReport(viewer: Viewer): void {
  assertStaff(viewer);
}

/**
 * Check-in (issue 29): the MO's members and staff, and a wall display for its own house's bookings of today (the
 * house's day, no slack: a display checks in only what it shows as today's). Coaches and strangers never.
 * When it may be checked in (the booking's status and time) is `check-in/check-in-window.ts`'s to say.
 */
export function mayCheckIn(viewer: Viewer, booking: PlacedBookingFacts, now: Date): boolean {
  switch (viewer.kind) {
    case 'staff':
      return true;
    case 'member':
      return viewer.organizationId === booking.organizationId;
    case 'display': {
      if (booking.room.locationId !== viewer.locationId) return false;
      const today = zonedParts(now, viewer.timeZone);
      const dayStart = zonedTimeToInstant({ ...today, hour: 0, minute: 0 }, viewer.timeZone);
      const nextDayStart = zonedTimeToInstant({ ...today, day: today.day + 1, hour: 0, minute: 0 }, viewer.timeZone);
      return booking.start.getTime() < nextDayStart.getTime() && booking.end.getTime() > dayStart.getTime();
    }
    case 'coach':
    case 'anonymous':
      return false;
  }
}

/** Check-in asks who one is before it looks for the booking: a stranger is told to sign in. */
export function assertMayCheckInAtAll(viewer: Viewer): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
}

/** Check-in: a stranger is told to sign in, whoever else may not is refused. */
export function assertMayCheckIn(viewer: Viewer, booking: PlacedBookingFacts, now: Date): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (!mayCheckIn(viewer, booking, now)) throw forbidden();
}

/** Whether a house requires check-in and its grace period are staff's to set; everyone may read them. */
export function assertMaySetCheckInSettings(viewer: Viewer): void {
  assertStaff(viewer);
}

/** The houses whose check-in settings the viewer reads: a wall display its own, everyone else all. */
export function checkInSettingsScope(viewer: Viewer): string[] | null {
  return readableLocationIds(viewer);
}

/**
 * The fairness report (issue 29): staff read every MO, to talk it through with them; a member reads their own
 * MO's figures and the fair share they are measured against, never another MO's row. A coach belongs to no MO.
 */
export function fairnessReportScope(viewer: Viewer): 'all' | { organizationId: string } {
  return organizationScope(viewer);
}

/** Every MO for staff, their own for a member; a coach, who belongs to no MO, is refused (FORBIDDEN). */
function organizationScope(viewer: Viewer): 'all' | { organizationId: string } {
  assertSignedIn(viewer);
  switch (viewer.kind) {
    case 'staff':
      return 'all';
    case 'member':
      return { organizationId: viewer.organizationId };
    case 'coach':
      throw forbidden();
  }
}

/** Retired houses and rooms and inactive MOs are listed for the administration only: staff. */
export function mayListRetired(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/**
 * The private calendar feeds a viewer may have: their own bookings, their MO's, and for staff everything.
 * A feed is read as its owner now (`viewerOfPerson`), so leaving an MO or the staff ends what it showed.
 */
export function privateFeedKinds(viewer: Viewer): Array<'ORGANIZATION' | 'PERSON' | 'EVERYTHING'> {
  switch (viewer.kind) {
    case 'staff':
      return ['PERSON', 'EVERYTHING'];
    case 'member':
      return ['ORGANIZATION', 'PERSON'];
    // the sessions of the requests assigned to them (`personFeedSessionsOf`); read as the coach they are now
    case 'coach':
      return ['PERSON'];
    case 'anonymous':
    case 'display':
      return [];
  }
}

/**
 * Beside the bookings a person made, whose coaching sessions their own feed (PERSON) lists: a coach's, those of
 * the requests assigned to them now, whoever booked or moved them (staff, the MO); a request handed to another
 * coach leaves the feed with it. Each booking still shows as `can` says.
 */
export function personFeedSessionsOf(viewer: Viewer): { coachId: string } | null {
  return viewer.kind === 'coach' ? { coachId: viewer.coachId } : null;
}

/** The locations a viewer may read: a wall display only its own; null means all. */
export function readableLocationIds(viewer: Viewer): string[] | null {
  return viewer.kind === 'display' ? [viewer.locationId] : null;
}

/** Anonymous visitors read only PUBLIC bookings. */
export function readsPublicBookingsOnly(viewer: Viewer): boolean {
  return viewer.kind === 'anonymous';
}

/** An MO's e-mail and phone: for signed-in people only, never for a wall display or a stranger. */
/** Whether an MO's contact shows on the public page, to anyone: only where it chose so, apart from its profile. */
export function contactIsPublic(organization: { profilePublic: boolean; publicContact: boolean }): boolean {
  return organization.profilePublic && organization.publicContact;
}

export function mayReadContacts(viewer: Viewer): boolean {
  return viewer.kind === 'member' || viewer.kind === 'staff';
}

/**
 * Which MOs a viewer may list: signed-in people all active ones, strangers those with a public
 * profile; a wall display none (it shows each booking's MO name, nothing more).
 */
export function organizationListScope(viewer: Viewer): 'all' | 'public' {
  if (viewer.kind === 'display') throw forbidden();
  // a coach works with the MOs assigned to them, and reads those through their requests
  return viewer.kind === 'anonymous' || viewer.kind === 'coach' ? 'public' : 'all';
}

/** Members' MOs are held to a daily booking quota; staff are not. */
export function hasBookingQuota(viewer: Viewer): boolean {
  return viewer.kind === 'member';
}

/**
 * Approval (issue 29): an MO member's booking waits for staff where the approval rules ask for it; staff's own
 * bookings never do (they are the ones who decide). Only staff decide requests and set the rules; everyone
 * signed in may read the rules, so the booking form can say beforehand that a booking will be a request.
 */
export function bookingsAwaitApproval(viewer: Viewer): boolean {
  return viewer.kind === 'member';
}

export function assertMayDecideRequests(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'staff' }> {
  assertStaff(viewer);
}

export function assertMaySetApprovalRules(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'staff' }> {
  assertStaff(viewer);
}

export function assertMayReadApprovalRules(viewer: Viewer): void {
  assertSignedIn(viewer);
}

/** Clocks slightly off around midnight still get their day. */
const DISPLAY_DAY_SLACK_MS = 3600_000;

/** Today in the display's house, with an hour's slack either side. */
function displayWindow(viewer: Extract<Viewer, { kind: 'display' }>, now: Date): { from: Date; to: Date } {
  const today = zonedParts(now, viewer.timeZone);
  const dayStart = zonedTimeToInstant({ ...today, hour: 0, minute: 0 }, viewer.timeZone);
  const nextDayStart = zonedTimeToInstant({ ...today, day: today.day + 1, hour: 0, minute: 0 }, viewer.timeZone);
  return { from: new Date(dayStart.getTime() - DISPLAY_DAY_SLACK_MS), to: new Date(nextDayStart.getTime() + DISPLAY_DAY_SLACK_MS) };
}

/**
 * Narrows a read of bookings to what the viewer may read: a wall display its own location for today (in
 * the location's time zone), refused with FORBIDDEN beyond that; everyone else unchanged.
 */
export function scopeBookingRead<R extends { from: Date; to: Date; locationIds?: string[] | null }>(
  viewer: Viewer,
  range: R,
  now: Date,
): R {
  if (viewer.kind !== 'display') return range;
  if (range.locationIds?.some((id) => id !== viewer.locationId)) throw forbidden();
  const window = displayWindow(viewer, now);
  if (range.from.getTime() < window.from.getTime() || range.to.getTime() > window.to.getTime()) throw forbidden();
  return { ...range, locationIds: [viewer.locationId] };
}

/** Staff may book any time; members not in the past. */
export function mayBookInThePast(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/** A change of a house, room, MO or closure, as far as the rule below needs it. */
export interface DirectoryChangeFacts {
  entity: 'LOCATION' | 'ROOM' | 'ORGANIZATION' | 'CLOSURE';
  locationIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/**
 * Who hears that the directory changed (to refetch it): everyone of houses and rooms they can see, a wall
 * display only of its own house's; of an MO, everyone who may list it — strangers only public profiles —
 * and displays too, since their bookings show MO names.
 */
export function mayLearnOfDirectoryChange(viewer: Viewer, change: DirectoryChangeFacts): boolean {
  if (change.entity === 'ORGANIZATION') {
    if (viewer.kind !== 'anonymous' && viewer.kind !== 'coach') return true;
    return change.after.profilePublic === true || change.before?.profilePublic === true;
  }
  return viewer.kind !== 'display' || change.locationIds.includes(viewer.locationId);
}

/** The display link a wall display reads with, or null for any other viewer. */
export function displayLinkOf(viewer: Viewer): string | null {
  return viewer.kind === 'display' ? viewer.displayLinkId : null;
}

/** Whose bookings "my bookings" lists: a member's MO's, every MO's for staff, none for a coach (of no MO). */
export function ownBookingsScope(viewer: Viewer): { organizationId: string } | 'all' | 'none' {
  assertSignedIn(viewer);
  switch (viewer.kind) {
    case 'member':
      return { organizationId: viewer.organizationId };
    case 'staff':
      return 'all';
    case 'coach':
      return 'none';
  }
}

/** A coaching request as the rules below need it: whose it is and whom it is assigned to. */
export interface CoachingRequestFacts {
  organizationId: string;
  coachId: string | null;
}

/** A request is read by the MO's members, by the coach it is assigned to, and by staff; by nobody else. */
export function mayReadCoachingRequest(viewer: Viewer, request: CoachingRequestFacts): boolean {
  switch (viewer.kind) {
    case 'staff':
      return true;
    case 'member':
      return viewer.organizationId === request.organizationId;
    case 'coach':
      return request.coachId !== null && request.coachId === viewer.coachId;
    case 'anonymous':
    case 'display':
      return false;
  }
}

/** Which requests a list holds: staff every one, a member their MO's, a coach those assigned to them. */
export function coachingRequestScope(viewer: Viewer): 'all' | { organizationId: string } | { coachId: string } {
  assertSignedIn(viewer);
  switch (viewer.kind) {
    case 'staff':
      return 'all';
    case 'member':
      return { organizationId: viewer.organizationId };
    case 'coach':
      return { coachId: viewer.coachId };
  }
}

/** A member asks for their own MO, staff for any; a coach asks for nobody. */
export function assertMayRequestCoaching(viewer: Viewer, organizationId: string): void {
  assertSignedIn(viewer);
  if (viewer.kind === 'staff') return;
  if (viewer.kind !== 'member' || viewer.organizationId !== organizationId) throw forbidden();
}

/** Closing (with how it went) is the MO's word, or staff's; the coach tells staff in a note. */
export function mayCloseCoachingRequest(viewer: Viewer, request: CoachingRequestFacts): boolean {
  return viewer.kind === 'staff' || (viewer.kind === 'member' && viewer.organizationId === request.organizationId);
}

/**
 * Staff-only notes are for the centre's side of a coaching: staff and the request's coach write and read them,
 * the MO never does (a member cannot write one either: they could not read it back).
 */
export function mayUseStaffOnlyNotes(viewer: Viewer, request: CoachingRequestFacts): boolean {
  return viewer.kind === 'staff' || (viewer.kind === 'coach' && mayReadCoachingRequest(viewer, request));
}

/**
 * Whether the viewer hears of a change of a coaching request (an open screen, a notice): whoever may read the
 * request as it is now; of a staff-only note only those who may read it, so the MO never learns one exists.
 */
export function mayLearnOfCoachingChange(viewer: Viewer, request: CoachingRequestFacts, change: { staffOnly: boolean }): boolean {
  return mayReadCoachingRequest(viewer, request) && (!change.staffOnly || mayUseStaffOnlyNotes(viewer, request));
}

/** The sides of a coaching: the MO's members, the request's coach, the centre's staff. */
export type CoachingSide = 'MO' | 'COACH' | 'STAFF';

/** Which side of this request the viewer is on; null for everyone else (another MO, another coach, a stranger). */
export function coachingSideOf(viewer: Viewer, request: CoachingRequestFacts): CoachingSide | null {
  if (!mayReadCoachingRequest(viewer, request)) return null;
  switch (viewer.kind) {
    case 'staff':
      return 'STAFF';
    case 'coach':
      return 'COACH';
    case 'member':
      return 'MO';
    case 'anonymous':
    case 'display':
      return null;
  }
}

/**
 * Whether a person (read as they are now: `viewerOfPerson`) is told of a change by notice or e-mail: they are
 * on one of the sides the change is told to (`audienceOf`) and may learn of it; the one who made it never is.
 */
export function isToldOfCoachingChange(
  person: Viewer,
  request: CoachingRequestFacts,
  change: { staffOnly: boolean },
  audience: readonly CoachingSide[],
  actorId: string | null,
): boolean {
  const side = coachingSideOf(person, request);
  if (side === null || !audience.includes(side)) return false;
  if (person.kind !== 'anonymous' && person.kind !== 'display' && person.userId === actorId) return false;
  return mayLearnOfCoachingChange(person, request, change);
}

/** The MO's own contact address is told what the MO's members may learn: never that a staff-only note exists. */
export function moAddressMayLearnOfCoachingChange(request: CoachingRequestFacts, change: { staffOnly: boolean }): boolean {
  return mayLearnOfCoachingChange({ kind: 'member', userId: '', organizationId: request.organizationId, sessionId: '' }, request, change);
}

/**
 * Whether a person (as they are now: `viewerOfPerson`) is told of network news (minutes, a meeting moved or
 * called off, an answered proposal, a reminder) by notice and e-mail: the members of the MOs it concerns,
 * never the one who made it. Staff make the news and coaches only read the network: neither is told.
 */
export function isToldOfNetworkNews(person: Viewer, concernedOrganizationIds: ReadonlySet<string>, actorId: string | null): boolean {
  return person.kind === 'member' && person.userId !== actorId && concernedOrganizationIds.has(person.organizationId);
}

/** The notes of a request this viewer may read: a member never sees a staff-only one. */
export function readableCoachingMessages<M extends { staffOnly: boolean }>(
  viewer: Viewer,
  request: CoachingRequestFacts,
  messages: readonly M[],
): M[] {
  if (!mayReadCoachingRequest(viewer, request)) return [];
  const staffSide = mayUseStaffOnlyNotes(viewer, request);
  return messages.filter((message) => staffSide || !message.staffOnly);
}

/** A coach's contact is for staff and the coach; an MO reaches its coach through the request's notes. */
export function mayReadCoachContact(viewer: Viewer, coach: { id: string }): boolean {
  return viewer.kind === 'staff' || (viewer.kind === 'coach' && viewer.coachId === coach.id);
}

/** Which coaches fit a request is staff's tool for choosing one; nobody else learns who else could coach. */
export function mayReadCoachSuggestions(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/** Which person signs in as a coach is staff's to link; others do not learn the account behind a coach. */
export function mayReadCoachAccount(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/** Sessions are booked by the request's coach, or staff; the MO asks for one in a note. */
export function mayScheduleCoachingSession(viewer: Viewer, request: CoachingRequestFacts): boolean {
  return viewer.kind === 'staff' || (viewer.kind === 'coach' && mayReadCoachingRequest(viewer, request));
}

/** A session is cancelled by either side: the MO, the request's coach, or staff. */
export function mayCancelCoachingSession(viewer: Viewer, request: CoachingRequestFacts): boolean {
  return mayReadCoachingRequest(viewer, request);
}

/** A session is moved by whoever may cancel it: the MO, the request's coach, or staff (issue 24). */
export function mayMoveCoachingSession(viewer: Viewer, request: CoachingRequestFacts): boolean {
  return mayCancelCoachingSession(viewer, request);
}

/** What the viewer may do on one request now, as the client offers it (`CoachingRequest.viewerMay`). */
export interface CoachingRequestAbilities {
  message: boolean;
  writeStaffOnly: boolean;
  schedule: boolean;
  moveOrCancelSessions: boolean;
  close: boolean;
  assign: boolean;
  decline: boolean;
}

/**
 * The rules above joined with what the request's state allows (`mayTakeStep`), so the client copies neither
 * and follows when either changes. Assigning and declining are staff's (the services `assertStaff`).
 */
export function coachingRequestAbilities(
  viewer: Viewer,
  request: CoachingRequestFacts & { status: CoachingStatus },
): CoachingRequestAbilities {
  const step = (name: CoachingStep) => mayTakeStep(name, request.status);
  const reads = mayReadCoachingRequest(viewer, request);
  const staff = viewer.kind === 'staff';
  return {
    message: reads && step('message'),
    writeStaffOnly: mayUseStaffOnlyNotes(viewer, request) && step('message'),
    schedule: mayScheduleCoachingSession(viewer, request) && step('schedule'),
    // offered together, so only where both the move ('schedule') and the cancel step are allowed
    moveOrCancelSessions:
      mayMoveCoachingSession(viewer, request) && mayCancelCoachingSession(viewer, request) && step('schedule') && step('cancelSession'),
    close: mayCloseCoachingRequest(viewer, request) && step('close'),
    assign: staff && step('assign'),
    decline: staff && step('decline'),
  };
}

/**
 * A session's booking is moved and cancelled as the session; only staff may still cancel it straight on the
 * calendar (or by a closure), and the session is cancelled with it. Everyone else is sent to the session.
 */
export function sessionFollowsBookingCancelledBy(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/**
 * The MOs' network (issue 25): its meetings are read by every MO's members, by coaches and by staff; strangers
 * and wall displays see none of it (UNAUTHENTICATED, as for coaching).
 */
export function mayReadNetwork(viewer: Viewer): boolean {
  return viewer.kind === 'member' || viewer.kind === 'coach' || viewer.kind === 'staff';
}

export function assertMayReadNetwork(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'member' | 'staff' | 'coach' }> {
  assertSignedIn(viewer);
}

/** Meetings are the centre's to create, move and cancel: staff only. */
export function assertMayManageNetwork(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'staff' }> {
  assertStaff(viewer);
}

/**
 * The MO a viewer answers meeting invitations for: a member their own. Staff answer for no MO (they record who
 * came with the minutes; an MO's answer is its own word), coaches belong to none.
 */
export function answeringOrganizationOf(viewer: Viewer): string | null {
  return viewer.kind === 'member' ? viewer.organizationId : null;
}

/**
 * A member's MO takes part in the network (answers, topics, support) while it is an active MO: a member of an MO
 * since deactivated speaks for nobody. The centre's organisation has no members (the database refuses them).
 */
export function assertOrganizationTakesPart(organization: { active: boolean; kind: string } | null): void {
  if (!organization?.active || organization.kind !== 'MO') throw forbidden();
}

/** An MO answers only for itself: any of its members, nobody else. */
export function mayAnswerForOrganization(viewer: Viewer, organizationId: string): boolean {
  return answeringOrganizationOf(viewer) === organizationId;
}

/** Every MO's answer, who has not answered and the interpretation needed: staff's planning, no MO reads another's. */
export function mayReadMeetingResponses(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/**
 * Which `networkChanges` a reader hears: an MO's answer only staff and that MO's members (when another MO
 * answers is not theirs to learn; `attendingCount` comes with the next change of the meeting), the rest everyone.
 */
export function mayHearNetworkChange(viewer: Viewer, change: { entity: string; organizationId: string | null }): boolean {
  if (!mayReadNetwork(viewer)) return false;
  if (change.entity !== 'MEETING_RESPONSE') return true;
  return mayReadMeetingResponses(viewer) || (change.organizationId !== null && mayAnswerForOrganization(viewer, change.organizationId));
}

/** A meeting as the abilities below need it. */
export interface NetworkMeetingFacts {
  state: MeetingState;
  agendaDeadline: Date;
}

/** Whether MOs may still put topics on a meeting's agenda: one to come, before its deadline. */
export function agendaIsOpen(meeting: NetworkMeetingFacts, now: Date): boolean {
  return meeting.state === 'COMING' && now.getTime() < meeting.agendaDeadline.getTime();
}

/** What the viewer may do with one meeting now, as the client offers it (`NetworkMeeting.abilities`). */
export interface NetworkMeetingAbilities {
  respond: boolean;
  proposeAgendaItem: boolean;
  manage: boolean;
  publishMinutes: boolean;
}

export function networkMeetingAbilities(viewer: Viewer, meeting: NetworkMeetingFacts, now: Date): NetworkMeetingAbilities {
  const staff = viewer.kind === 'staff';
  const member = answeringOrganizationOf(viewer) !== null;
  return {
    respond: member && meeting.state === 'COMING',
    // staff add topics until the meeting starts (`agendaClosesFor`), MOs until the deadline
    proposeAgendaItem: staff ? meeting.state === 'COMING' : member && agendaIsOpen(meeting, now),
    manage: staff && meeting.state !== 'CANCELLED',
    publishMinutes: staff && meeting.state === 'HELD',
  };
}

/**
 * Who puts a topic on a meeting's agenda, and for whom: a member for their own MO, staff for the centre (null);
 * a coach acts for no MO. Putting an MO's proposal on the agenda is staff's (`mayPutProposalOnAgenda`).
 */
export function agendaProposerOf(viewer: Viewer): { organizationId: string | null } {
  assertSignedIn(viewer);
  if (viewer.kind === 'staff') return { organizationId: null };
  if (viewer.kind !== 'member') throw forbidden();
  return { organizationId: viewer.organizationId };
}

/** Until when the viewer may add topics: MOs until the agenda deadline, staff until the meeting starts. */
export function agendaClosesFor(viewer: Viewer, meeting: { start: Date; agendaDeadline: Date }): Date {
  return viewer.kind === 'staff' ? meeting.start : meeting.agendaDeadline;
}

/** An MO's proposal goes on a meeting's agenda by staff's choice; an MO brings its own topic instead. */
export function mayPutProposalOnAgenda(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/** An agenda topic as the rules below need it: whose it is (null: the centre's) and where it stands. */
export interface AgendaItemFacts {
  organizationId: string | null;
  status: 'PROPOSED' | 'ACCEPTED' | 'MERGED' | 'DECLINED';
}

/** Whether the viewer speaks for the MO that brought the topic (its members); the centre's topics have no MO. */
export function isOwnAgendaItem(viewer: Viewer, item: AgendaItemFacts): boolean {
  return viewer.kind === 'member' && item.organizationId !== null && viewer.organizationId === item.organizationId;
}

/**
 * Its MO edits a topic until staff decide on it and while the agenda is open to MOs (`agendaIsOpen`: not after
 * the deadline, the start or a cancellation); staff always (`AgendaItem.mayEdit`).
 */
export function mayEditAgendaItem(viewer: Viewer, item: AgendaItemFacts, meeting: NetworkMeetingFacts, now: Date): boolean {
  if (viewer.kind === 'staff') return true;
  return isOwnAgendaItem(viewer, item) && item.status === 'PROPOSED' && agendaIsOpen(meeting, now);
}

/** Who came to a meeting is staff's record, as the answers are (`mayReadMeetingResponses`). */
export function mayReadMeetingAttendance(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/** The agenda, minutes and decisions: whoever reads the network; never the public page, never a wall display. */
export function mayReadMeetingRecord(viewer: Viewer): boolean {
  return viewer.kind === 'member' || viewer.kind === 'coach' || viewer.kind === 'staff';
}

/** A proposal between meetings as the rules below need it: whose it is and where it stands. */
export interface ProposalFacts {
  organizationId: string;
  status: ProposalStatus;
}

/** Proposals are read by everyone signed in (MOs' members, coaches, staff); strangers and wall displays see none. */
export function assertMayReadProposals(viewer: Viewer): void {
  assertSignedIn(viewer);
}

/**
 * The MO a proposal is made for: the member's own. Staff answer proposals rather than make them (the centre's
 * own topics go on a meeting's agenda), and a coach speaks for no MO.
 */
export function proposingOrganizationOf(viewer: Viewer): string {
  assertSignedIn(viewer);
  if (viewer.kind !== 'member') throw forbidden();
  return viewer.organizationId;
}

/** Its MO's members edit a proposal (while its state allows, `mayEditWhile`); nobody else rewrites an MO's words. */
export function assertMayEditProposal(viewer: Viewer, proposal: ProposalFacts): void {
  assertSignedIn(viewer);
  if (viewer.kind !== 'member' || viewer.organizationId !== proposal.organizationId) throw forbidden();
}

/**
 * Support is an MO's voice: a member gives or withdraws it for their MO. 'own' for the MO's own proposal, which
 * the service refuses with its own code; staff and coaches have no voice to give.
 */
export function supportingOrganizationOf(viewer: Viewer, proposal: ProposalFacts): { organizationId: string } | 'own' {
  assertSignedIn(viewer);
  if (viewer.kind !== 'member') throw forbidden();
  return viewer.organizationId === proposal.organizationId ? 'own' : { organizationId: viewer.organizationId };
}

/** Whether the viewer's MO is among a proposal's supporters; only a member has an MO to support with. */
export function viewerSupports(viewer: Viewer, supporterIds: readonly string[]): boolean {
  return viewer.kind === 'member' && supporterIds.includes(viewer.organizationId);
}

/** What the viewer may do on one proposal now (`Proposal.abilities`); the server still checks each step. */
export interface ProposalAbilities {
  /** Give or withdraw the MO's support. */
  support: boolean;
  edit: boolean;
  answer: boolean;
}

export function proposalAbilities(viewer: Viewer, proposal: ProposalFacts): ProposalAbilities {
  const member = viewer.kind === 'member';
  const own = member && viewer.organizationId === proposal.organizationId;
  return {
    support: member && !own && maySupportWhile(proposal.status),
    edit: own && mayEditWhile(proposal.status),
    // answering again (PLANNED, then DONE) stays open to staff
    answer: viewer.kind === 'staff',
  };
}

/**
 * When the last backup was taken is for staff, who act on it (the admin page warns when it is old): where backups
 * live and how large they are says something of the installation that members need not know.
 */
export function mayReadBackupState(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}

/**
 * The waiting list (issue 29): an MO waits for a taken slot. A member keeps their own MO's entries, staff any
 * MO's; a coach waits for no MO. Whose entries a viewer lists and may leave, confirm or decline.
 */
export function waitingListScope(viewer: Viewer): 'all' | { organizationId: string } {
  return organizationScope(viewer);
}

/** Joining for an MO is booking for it later: its members and staff (`assertCanManageFor`). */
export function assertMayWaitFor(viewer: Viewer, organizationId: string): void {
  waitingListScope(viewer);
  assertCanManageFor(viewer, organizationId);
}

/**
 * Whether the person who joined may still be offered the slot: the offer is placed with their rights now, so
 * one who left the MO or was deactivated gets none (their entry expires).
 */
export function personMayWaitFor(person: PersonFacts, organizationId: string): boolean {
  const viewer = viewerOfPerson(person);
  return (viewer.kind === 'member' || viewer.kind === 'staff') && can(viewer, 'manage', { organizationId, visibility: 'PRIVATE' });
}
