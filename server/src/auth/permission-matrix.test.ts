import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, quietFor, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import {
  ACCEPT_INVITATION,
  ADD_COACHING_MESSAGE,
  ASSIGN_COACH,
  AUDIT_LOG,
  BOOKING_SERIES,
  BOOKINGS,
  CANCEL_BOOKING_SERIES,
  CANCEL_CLOSURE_BOOKINGS,
  CANCEL_COACHING_SESSION,
  MOVE_COACHING_SESSION,
  CLOSE_COACHING_REQUEST,
  COACHING_CHANGES,
  COACHING_NOTICES,
  MARK_COACHING_NOTICES_READ,
  NETWORK_NOTICES,
  MARK_NETWORK_NOTICES_READ,
  CLOSURE,
  COACHES,
  PROPOSALS,
  CREATE_PROPOSAL,
  UPDATE_PROPOSAL,
  SUPPORT_PROPOSAL,
  ANSWER_PROPOSAL,
  COACHING_REQUEST,
  COACHING_REQUESTS,
  CREATE_BOOKING_SERIES,
  CREATE_COACH,
  DECLINE_COACHING_REQUEST,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
  UPDATE_COACH,
  CREATE_CLOSURE,
  CLOSURE_PREVIEW,
  DECIDE_CLOSURE_BOOKINGS,
  DELETE_CLOSURE,
  FREE_ROOMS,
  FREE_SLOTS,
  HOLIDAYS,
  MARK_NOTIFICATIONS_READ,
  MY_BOOKINGS,
  NOTIFICATIONS,
  SEARCH_BOOKINGS,
  MOVE_CLOSURE_BOOKINGS,
  PREVIEW_BOOKING_SERIES,
  RESTORE_SERIES_OCCURRENCE,
  UPDATE_BOOKING_SERIES,
  CANCEL_BOOKING,
  CHANGE_PASSWORD,
  CREATE_BOOKING,
  CREATE_LOCATION,
  CREATE_ORGANIZATION,
  CREATE_PASSWORD_RESET,
  CREATE_ROOM,
  INVITATIONS,
  INVITATION_BY_TOKEN,
  INVITE_USER,
  MOVE_BOOKING,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  REVOKE_INVITATION,
  SET_USER_ACTIVE,
  UPDATE_BOOKING,
  UPDATE_LOCATION,
  UPDATE_ME,
  UPDATE_ORGANIZATION,
  UPDATE_ORGANIZATION_DESCRIPTION,
  UPDATE_ROOM,
  UPDATE_USER,
  USERS,
} from '../../test/documents.js';
import { buildAppSchema } from '../app/schema.js';
import { DEFAULT_BOOKING_LIMITS } from '../bookings/booking.service.js';
import {
  DECIDE_AGENDA_ITEM,
  ORDER_AGENDA,
  PROPOSE_AGENDA_ITEM,
  PUBLISH_MINUTES,
  UPDATE_AGENDA_ITEM,
  UPDATE_DECISION,
} from '../../test/agenda-documents.js';
import {
  CANCEL_NETWORK_MEETING,
  CREATE_NETWORK_MEETING,
  NETWORK_CHANGES,
  NETWORK_MEETING,
  NETWORK_MEETINGS,
  RESPOND_TO_NETWORK_MEETING,
  UPDATE_NETWORK_MEETING,
} from '../../test/meeting-documents.js';
import {
  CONFIRM_WAITING_LIST_OFFER,
  DECLINE_WAITING_LIST_OFFER,
  JOIN_WAITING_LIST,
  LEAVE_WAITING_LIST,
  MY_WAITING_LIST,
} from '../../test/waiting-list-documents.js';

/**
 * Every query and mutation of the schema × anonymous, a member of the MO concerned, a member of another MO,
 * the coach assigned to the MO's coaching request, another coach, staff, and a wall display: what each may
 * do, with the code each refusal must carry. A field added to the schema without a row here fails the first
 * test. The coaches' columns are the proof that a coach reads nothing of an MO but its requests assigned to them.
 */
const VIEWERS = ['anonymous', 'member', 'otherMember', 'coach', 'otherCoach', 'staff', 'display'] as const;
type ViewerName = (typeof VIEWERS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'OWN_PROPOSAL';

interface Fixture {
  app: TestApp;
  factory: Factory;
  locationId: string;
  roomId: string;
  organizationId: string;
  otherOrganizationId: string;
  staff: ApiClient;
  /** The coach the `coach` viewer signs in as, made anew with the viewers of each row. */
  coachId: string;
}

type Operation = (fixture: Fixture) => Promise<{ query: string; variables?: Record<string, unknown> }>;

//                                 anonymous          member  otherMember  coach        otherCoach   staff  display
const STAFF_ONLY: Outcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'];
const SIGNED_IN: Outcome[] = ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok', 'ok', 'UNAUTHENTICATED'];
/** Acting for an MO: its members and staff; a coach books nothing for an MO. */
const OWN_MO: Outcome[] = ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'];
const EVERYONE: Outcome[] = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'];
/** A coaching request of the MO, assigned to the coach: its MO, its coach and staff; others do not learn it exists. */
const COACHING_PARTIES: Outcome[] = ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'ok', 'UNAUTHENTICATED'];

// Monday 1 June 2026, 10:00 in Leipzig; the display's house is open around the clock.
const TODAY = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-02T00:00:00+02:00' };
/** Rooms of the display's house that the matrix's bookings and series take turns in, so that none meet. */
const rooms: string[] = [];
let slot = 0;
/** A fresh slot today (the display's day) for every booking the matrix makes: forty an afternoon, then the next room. */
function nextSlot() {
  const index = slot++;
  const start = new Date(Date.parse('2026-06-01T12:00:00+02:00') + (index % 40) * 15 * 60_000);
  return {
    roomId: rooms[Math.floor(index / 40) % rooms.length]!,
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
  };
}

const bookingOfMo = async (fixture: Fixture, visibility: 'MEMBERS' | 'PRIVATE' = 'MEMBERS') =>
  fixture.factory.booking({ organizationId: fixture.organizationId, visibility, ...nextSlot() });

/** A fresh slot taken by the other MO, and the waiting list's input for the MO that wants it. */
const takenSlotForMo = async (fixture: Fixture) => {
  const slot = nextSlot();
  const taken = await fixture.factory.booking({ organizationId: fixture.otherOrganizationId, ...slot });
  return { taken, input: { ...slot, organizationId: fixture.organizationId, title: 'Warten', category: 'MEETING' } };
};

/** The MO waiting for a taken slot (staff joined it for the MO); with `offered`, the slot was freed and offered. */
const waitingEntryOfMo = async (fixture: Fixture, offered = false) => {
  const { taken, input } = await takenSlotForMo(fixture);
  const { joinWaitingList } = await fixture.staff.data(JOIN_WAITING_LIST, { input });
  if (offered) await fixture.staff.data(CANCEL_BOOKING, { id: taken.id, expectedVersion: taken.version });
  return joinWaitingList as { id: string };
};

/** The waiting list of an MO: its members and staff; another MO does not learn an entry exists; a coach waits for none. */
const WAITING_MO: Outcome[] = ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'];

/** A booking of the MO waiting for staff (issue 29), as the approval rules would have left it. */
let requests = 0;
const requestOfMo = async (fixture: Fixture) => {
  // on days of their own, a week on: today's bookings of the MO would take the member's daily quota
  const index = requests++;
  const start = new Date(Date.parse('2026-06-08T12:00:00+02:00') + Math.floor(index / 40) * 86_400_000 + (index % 40) * 15 * 60_000);
  const booking = await fixture.factory.booking({
    organizationId: fixture.organizationId,
    roomId: fixture.roomId,
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
  });
  await fixture.app.services.database.dataSource.query(`UPDATE booking SET status = 'REQUESTED', expires_at = $2 WHERE id = $1`, [
    booking.id,
    '2026-06-04T08:00:00Z',
  ]);
  return booking.id;
};

/** Closures take one day each, in 2028, after every series. */
let day = 0;
let series = 0;
/**
 * A weekly series of three dates, each three weeks after the last so that no two series meet; after 25 (within
 * the two years ahead one may book, and before the closures of 2028) the next room.
 */
function seriesInput(fixture: Fixture) {
  const index = series++;
  const start = new Date(Date.parse('2026-06-02T18:00:00+02:00') + ((index % 25) + 1) * 3 * 7 * 86_400_000);
  return {
    roomId: index < 25 ? fixture.roomId : rooms[(Math.floor(index / 25) + 4) % rooms.length]!,
    organizationId: fixture.organizationId,
    title: 'Chor',
    category: 'CHOIR',
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    rrule: 'FREQ=WEEKLY;COUNT=3',
  };
}

const seriesOfMo = async (fixture: Fixture) => {
  const { createBookingSeries } = await fixture.staff.data(CREATE_BOOKING_SERIES, { input: seriesInput(fixture) });
  return createBookingSeries as { series: { id: string }; created: { occurrenceStart: string }[] };
};

const closureOfHouse = async (fixture: Fixture) => {
  const start = new Date(Date.parse('2028-01-03T00:00:00+01:00') + day++ * 86_400_000);
  const { createClosure } = await fixture.staff.data(CREATE_CLOSURE, {
    input: {
      locationId: fixture.locationId,
      start: start.toISOString(),
      end: new Date(start.getTime() + 86_400_000).toISOString(),
      reason: 'Renovierung',
    },
  });
  return createClosure as { id: string };
};

const issueInvitation = async (fixture: Fixture) =>
  (
    await fixture.staff.data(INVITE_USER, {
      input: { email: `invited-${Math.random().toString(36).slice(2)}@mo.example`, role: 'MEMBER', organizationId: fixture.organizationId },
    })
  ).inviteUser as { url: string; invitation: { id: string } };

const coachingInput = (fixture: Fixture) => ({
  organizationId: fixture.organizationId,
  topic: 'FUNDING',
  text: 'Hilfe beim Förderantrag',
  languages: ['de'],
});

/** A fresh request of the MO, assigned to the row's coach unless `assigned` is false. */
const coachingRequestOfMo = async (fixture: Fixture, assigned = true) => {
  const { requestCoaching } = await fixture.staff.data(REQUEST_COACHING, { input: coachingInput(fixture) });
  if (assigned) await fixture.staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId: fixture.coachId });
  return requestCoaching as { id: string };
};

const proposalInput = { title: 'Sonntags offen', text: 'Nachmittags', language: 'de' };
/** A member of the MO who makes its proposals, signed in once. */
let proposer: ApiClient | undefined;
/** A fresh OPEN proposal of the MO. */
const proposalOfMo = async (fixture: Fixture) => {
  proposer ??= (await fixture.factory.memberClient(fixture.organizationId)).client;
  const { createProposal } = await proposer.data(CREATE_PROPOSAL, { input: proposalInput });
  return createProposal as { id: string };
};

/** A network meeting written straight into the database: its booking (of the MO, it does not matter here) and its row. */
const networkMeeting = async (fixture: Fixture, slot: { roomId: string; start: string; end: string }) => {
  const booking = await fixture.factory.booking({ ...slot, organizationId: fixture.otherOrganizationId, category: 'NETWORK_MEETING' });
  const rows: Array<{ id: string }> = await fixture.app.services.database.dataSource.query(
    `INSERT INTO network_meeting (booking_id, title, agenda_deadline) VALUES ($1, 'Netzwerktreffen', $2) RETURNING id`,
    [booking.id, slot.start],
  );
  return rows[0]!.id;
};
/** One meeting to come (its agenda open to staff until it starts), and one held yesterday, each made once. */
let comingMeeting: Promise<string> | undefined;
let heldMeeting: Promise<string> | undefined;
const comingMeetingId = (fixture: Fixture) => (comingMeeting ??= networkMeeting(fixture, nextSlot()));
const heldMeetingId = (fixture: Fixture) =>
  (heldMeeting ??= networkMeeting(fixture, { roomId: fixture.roomId, start: '2026-05-31T10:00:00Z', end: '2026-05-31T11:00:00Z' }));
const agendaTopic = { title: 'Ein Klavier', text: 'Samstags', language: 'de' };
/** A fresh topic of the MO on the coming meeting, brought by one of its members. */
let topicProposer: ApiClient | undefined;
const agendaItemOfMo = async (fixture: Fixture) => {
  topicProposer ??= (await fixture.factory.memberClient(fixture.organizationId)).client;
  const { proposeAgendaItem } = await topicProposer.data(PROPOSE_AGENDA_ITEM, {
    meetingId: await comingMeetingId(fixture),
    input: agendaTopic,
  });
  return proposeAgendaItem as { id: string };
};
const minutesInput = { text: 'Protokoll', decisions: [{ text: 'Ein Beschluss', responsible: 'Team' }] };
/** A meeting's input for a fresh slot today, its agenda closing as it starts. */
const meetingInput = () => {
  const slot = nextSlot();
  return { ...slot, title: 'Netzwerktreffen', agendaDeadline: slot.start };
};
/** A fresh meeting staff created through the API, as every meeting is. */
const meetingOfCentre = async (fixture: Fixture) => {
  const { createNetworkMeeting } = await fixture.staff.data(CREATE_NETWORK_MEETING, { input: meetingInput() });
  return createNetworkMeeting as { id: string };
};

const MATRIX: Record<string, { operation: Operation; outcomes: Outcome[] }> = {
  // queries
  appInfo: { operation: async () => ({ query: '{ appInfo { demo mailConfigured } }' }), outcomes: EVERYONE },
  me: { operation: async () => ({ query: '{ me { id } }' }), outcomes: EVERYONE },
  locations: { operation: async () => ({ query: '{ locations { id rooms { id } } }' }), outcomes: EVERYONE },
  organizations: {
    operation: async () => ({ query: '{ organizations { id contactEmail } }' }),
    outcomes: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'FORBIDDEN'],
  },
  bookings: { operation: async () => ({ query: BOOKINGS, variables: TODAY }), outcomes: EVERYONE },
  booking: {
    operation: async (fixture) => ({
      query: `query ($id: ID!) { booking(id: $id) { id } }`,
      variables: { id: (await bookingOfMo(fixture)).id },
    }),
    outcomes: ['NOT_FOUND', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  displayLinks: { operation: async () => ({ query: '{ displayLinks { id } }' }), outcomes: STAFF_ONLY },
  displaySettings: { operation: async () => ({ query: '{ displaySettings { languages } }' }), outcomes: EVERYONE },
  users: { operation: async () => ({ query: USERS }), outcomes: STAFF_ONLY },
  invitations: { operation: async () => ({ query: INVITATIONS }), outcomes: STAFF_ONLY },
  auditLog: { operation: async () => ({ query: AUDIT_LOG, variables: { first: 5 } }), outcomes: STAFF_ONLY },
  backupState: { operation: async () => ({ query: '{ backupState { lastTakenAt stale scheduled } }' }), outcomes: STAFF_ONLY },
  freeRooms: {
    operation: async () => ({ query: FREE_ROOMS, variables: { from: '2026-06-01T12:00:00+02:00', to: '2026-06-01T13:00:00+02:00' } }),
    outcomes: EVERYONE,
  },
  freeSlots: { operation: async () => ({ query: FREE_SLOTS, variables: { date: '2026-06-01' } }), outcomes: EVERYONE },
  myBookings: { operation: async () => ({ query: MY_BOOKINGS }), outcomes: SIGNED_IN },
  // the waiting list (issue 29)
  myWaitingList: {
    operation: async () => ({ query: MY_WAITING_LIST }),
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'],
  },
  joinWaitingList: {
    operation: async (fixture) => ({ query: JOIN_WAITING_LIST, variables: { input: (await takenSlotForMo(fixture)).input } }),
    outcomes: OWN_MO,
  },
  leaveWaitingList: {
    operation: async (fixture) => ({ query: LEAVE_WAITING_LIST, variables: { id: (await waitingEntryOfMo(fixture)).id } }),
    outcomes: WAITING_MO,
  },
  confirmWaitingListOffer: {
    operation: async (fixture) => ({ query: CONFIRM_WAITING_LIST_OFFER, variables: { id: (await waitingEntryOfMo(fixture, true)).id } }),
    outcomes: WAITING_MO,
  },
  declineWaitingListOffer: {
    operation: async (fixture) => ({ query: DECLINE_WAITING_LIST_OFFER, variables: { id: (await waitingEntryOfMo(fixture, true)).id } }),
    outcomes: WAITING_MO,
  },
  searchBookings: {
    operation: async () => ({ query: SEARCH_BOOKINGS, variables: { text: 'Matrix', ...TODAY } }),
    outcomes: EVERYONE,
  },
  notifications: { operation: async () => ({ query: NOTIFICATIONS }), outcomes: SIGNED_IN },
  publicOrganizations: { operation: async () => ({ query: '{ publicOrganizations { shortName } }' }), outcomes: EVERYONE },
  publicOrganization: {
    operation: async () => ({ query: '{ publicOrganization(shortName: "MO") { shortName } }' }),
    outcomes: EVERYONE,
  },
  calendarFeeds: { operation: async () => ({ query: '{ calendarFeeds { kind url } }' }), outcomes: EVERYONE },
  usageReport: {
    operation: async () => ({
      query: `query ($from: DateTime!, $to: DateTime!) { usageReport(from: $from, to: $to, groupBy: [ORGANIZATION]) { totals { hours } } }`,
      variables: TODAY,
    }),
    outcomes: STAFF_ONLY,
  },
  roomOccupancy: {
    operation: async () => ({
      query: `query ($from: DateTime!, $to: DateTime!) { roomOccupancy(from: $from, to: $to) { share } }`,
      variables: TODAY,
    }),
    outcomes: STAFF_ONLY,
  },
  coachingReport: {
    operation: async () => ({
      query: `query ($from: DateTime!, $to: DateTime!) { coachingReport(from: $from, to: $to, by: [TOPIC]) { totals { requests } } }`,
      variables: TODAY,
    }),
    outcomes: STAFF_ONLY,
  },
  holidays: {
    operation: async () => ({ query: HOLIDAYS, variables: { from: '2026-12-20T00:00:00Z', to: '2027-01-10T00:00:00Z' } }),
    outcomes: EVERYONE,
  },
  closure: {
    operation: async (fixture) => ({ query: CLOSURE, variables: { id: (await closureOfHouse(fixture)).id } }),
    outcomes: STAFF_ONLY,
  },
  previewBookingSeries: {
    operation: async (fixture) => ({ query: PREVIEW_BOOKING_SERIES, variables: { input: seriesInput(fixture) } }),
    outcomes: OWN_MO,
  },
  bookingSeries: {
    operation: async (fixture) => ({ query: BOOKING_SERIES, variables: { id: (await seriesOfMo(fixture)).series.id } }),
    outcomes: OWN_MO,
  },

  networkReport: {
    operation: async () => ({
      query: `query ($from: DateTime!, $to: DateTime!) { networkReport(from: $from, to: $to, groupBy: QUARTER) { totals { meetingsHeld } } }`,
      variables: TODAY,
    }),
    outcomes: STAFF_ONLY,
  },
  fairnessReport: {
    operation: async () => ({
      query: `query ($from: DateTime!, $to: DateTime!) { fairnessReport(from: $from, to: $to) { rows { organizationId } fairShare { hoursPerOrganization } } }`,
      variables: TODAY,
    }),
    // staff every MO, each member their own MO's row (fairness-report.test.ts proves which); a coach is of no MO
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'],
  },
  approvalRules: {
    operation: async () => ({ query: '{ approvalRules { id always } }' }),
    outcomes: SIGNED_IN,
  },
  bookingRequests: {
    operation: async () => ({ query: '{ bookingRequests { booking { id } reasons } }' }),
    outcomes: STAFF_ONLY,
  },
  // mutations
  login: {
    operation: async (fixture) => {
      const user = await fixture.factory.user('MEMBER', fixture.organizationId);
      return {
        query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
        variables: { e: user.email, p: TEST_PASSWORD },
      };
    },
    outcomes: EVERYONE,
  },
  logout: { operation: async () => ({ query: 'mutation { logout }' }), outcomes: EVERYONE },
  createBooking: {
    operation: async (fixture) => ({
      query: CREATE_BOOKING,
      variables: {
        input: { organizationId: fixture.organizationId, title: 'Matrix', category: 'MEETING', ...nextSlot() },
      },
    }),
    outcomes: OWN_MO,
  },
  moveBooking: {
    operation: async (fixture) => {
      const booking = await bookingOfMo(fixture);
      return { query: MOVE_BOOKING, variables: { id: booking.id, expectedVersion: 1, ...nextSlot() } };
    },
    outcomes: OWN_MO,
  },
  updateBooking: {
    operation: async (fixture) => ({
      query: UPDATE_BOOKING,
      variables: { id: (await bookingOfMo(fixture)).id, expectedVersion: 1, input: { title: 'Neu' } },
    }),
    outcomes: OWN_MO,
  },
  cancelBooking: {
    operation: async (fixture) => ({ query: CANCEL_BOOKING, variables: { id: (await bookingOfMo(fixture)).id, expectedVersion: 1 } }),
    outcomes: OWN_MO,
  },
  setApprovalRules: {
    // a house of its own: rules on the matrix's house would turn its members' bookings into requests
    operation: async (fixture) => ({
      query: `mutation ($locationId: ID, $input: ApprovalRulesInput!) { setApprovalRules(locationId: $locationId, input: $input) { id } }`,
      variables: {
        locationId: (await fixture.factory.location()).id,
        input: { always: true, minAttendees: null, onWeekends: false, seriesLongerThan: null, firstBookings: null },
      },
    }),
    outcomes: STAFF_ONLY,
  },
  removeApprovalRules: {
    operation: async (fixture) => ({
      query: `mutation ($locationId: ID) { removeApprovalRules(locationId: $locationId) }`,
      variables: { locationId: (await fixture.factory.location()).id },
    }),
    outcomes: STAFF_ONLY,
  },
  approveBooking: {
    operation: async (fixture) => ({
      query: `mutation ($id: ID!) { approveBooking(id: $id) { id } }`,
      variables: { id: await requestOfMo(fixture) },
    }),
    outcomes: STAFF_ONLY,
  },
  declineBooking: {
    operation: async (fixture) => ({
      query: `mutation ($id: ID!) { declineBooking(id: $id, reason: "Nicht an diesem Tag") { id } }`,
      variables: { id: await requestOfMo(fixture) },
    }),
    outcomes: STAFF_ONLY,
  },
  createBookingSeries: {
    operation: async (fixture) => ({ query: CREATE_BOOKING_SERIES, variables: { input: seriesInput(fixture) } }),
    outcomes: OWN_MO,
  },
  updateBookingSeries: {
    operation: async (fixture) => ({
      query: UPDATE_BOOKING_SERIES,
      variables: { seriesId: (await seriesOfMo(fixture)).series.id, input: { title: 'Chorprobe' } },
    }),
    outcomes: OWN_MO,
  },
  cancelBookingSeries: {
    operation: async (fixture) => {
      const { series, created } = await seriesOfMo(fixture);
      return { query: CANCEL_BOOKING_SERIES, variables: { seriesId: series.id, fromStart: created.at(-1)!.occurrenceStart } };
    },
    outcomes: OWN_MO,
  },
  restoreSeriesOccurrence: {
    operation: async (fixture) => {
      const { series, created } = await seriesOfMo(fixture);
      const last = created.at(-1)!.occurrenceStart;
      await fixture.staff.data(CANCEL_BOOKING_SERIES, { seriesId: series.id, fromStart: last });
      return { query: RESTORE_SERIES_OCCURRENCE, variables: { seriesId: series.id, occurrenceStart: last } };
    },
    outcomes: OWN_MO,
  },
  createClosure: {
    operation: async (fixture) => {
      const start = new Date(Date.parse('2028-03-06T00:00:00+01:00') + day++ * 86_400_000);
      return {
        query: CREATE_CLOSURE,
        variables: {
          input: {
            locationId: fixture.locationId,
            start: start.toISOString(),
            end: new Date(start.getTime() + 86_400_000).toISOString(),
            reason: 'Pause',
          },
        },
      };
    },
    outcomes: STAFF_ONLY,
  },
  deleteClosure: {
    operation: async (fixture) => ({ query: DELETE_CLOSURE, variables: { id: (await closureOfHouse(fixture)).id } }),
    outcomes: STAFF_ONLY,
  },
  cancelClosureBookings: {
    operation: async (fixture) => ({ query: CANCEL_CLOSURE_BOOKINGS, variables: { closureId: (await closureOfHouse(fixture)).id } }),
    outcomes: STAFF_ONLY,
  },
  closurePreview: {
    operation: async (fixture) => ({
      query: CLOSURE_PREVIEW,
      variables: {
        input: { locationId: fixture.locationId, start: '2028-06-05T00:00:00+02:00', end: '2028-06-06T00:00:00+02:00', reason: 'Pause' },
      },
    }),
    outcomes: STAFF_ONLY,
  },
  decideClosureBookings: {
    operation: async (fixture) => ({
      query: DECIDE_CLOSURE_BOOKINGS,
      variables: { closureId: (await closureOfHouse(fixture)).id, decisions: [] },
    }),
    outcomes: STAFF_ONLY,
  },
  moveClosureBookings: {
    operation: async (fixture) => ({
      query: MOVE_CLOSURE_BOOKINGS,
      variables: { closureId: (await closureOfHouse(fixture)).id, roomId: fixture.roomId },
    }),
    outcomes: STAFF_ONLY,
  },
  renewCalendarFeed: {
    operation: async () => ({ query: 'mutation { renewCalendarFeed(kind: PERSON) { url } }' }),
    outcomes: SIGNED_IN,
  },
  markNotificationsRead: { operation: async () => ({ query: MARK_NOTIFICATIONS_READ }), outcomes: SIGNED_IN },
  createDisplayLink: {
    operation: async (fixture) => ({
      query: `mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`,
      variables: { l: fixture.locationId },
    }),
    outcomes: STAFF_ONLY,
  },
  revokeDisplayLink: {
    operation: async (fixture) => {
      const { createDisplayLink } = await fixture.staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { link { id } } }`, {
        l: fixture.locationId,
      });
      return { query: `mutation ($id: ID!) { revokeDisplayLink(id: $id) { id } }`, variables: { id: createDisplayLink.link.id } };
    },
    outcomes: STAFF_ONLY,
  },
  createLocation: {
    operation: async () => ({ query: CREATE_LOCATION, variables: { input: { name: `Haus ${Math.random()}` } } }),
    outcomes: STAFF_ONLY,
  },
  updateLocation: {
    operation: async (fixture) => ({ query: UPDATE_LOCATION, variables: { id: fixture.locationId, input: { sortOrder: 3 } } }),
    outcomes: STAFF_ONLY,
  },
  createRoom: {
    operation: async (fixture) => ({
      query: CREATE_ROOM,
      variables: { input: { locationId: fixture.locationId, name: `Raum ${Math.random()}`, capacity: 5 } },
    }),
    outcomes: STAFF_ONLY,
  },
  updateRoom: {
    operation: async (fixture) => ({ query: UPDATE_ROOM, variables: { id: fixture.roomId, input: { capacity: 25 } } }),
    outcomes: STAFF_ONLY,
  },
  createOrganization: {
    operation: async () => ({ query: CREATE_ORGANIZATION, variables: { input: { name: `MO ${Math.random()}`, shortName: 'MO' } } }),
    outcomes: STAFF_ONLY,
  },
  updateOrganization: {
    operation: async (fixture) => ({
      query: UPDATE_ORGANIZATION,
      variables: { id: fixture.organizationId, input: { description: 'Wir singen.' } },
    }),
    outcomes: STAFF_ONLY,
  },
  updateOrganizationDescription: {
    operation: async (fixture) => ({
      query: UPDATE_ORGANIZATION_DESCRIPTION,
      variables: {
        id: fixture.organizationId,
        description: 'Wir singen.',
        descriptionTranslations: [{ language: 'uk', text: 'Ми співаємо.' }],
      },
    }),
    outcomes: OWN_MO,
  },
  inviteUser: {
    operation: async (fixture) => ({
      query: INVITE_USER,
      variables: {
        input: {
          email: `someone-${Math.random().toString(36).slice(2)}@mo.example`,
          role: 'MEMBER',
          organizationId: fixture.organizationId,
        },
      },
    }),
    outcomes: STAFF_ONLY,
  },
  revokeInvitation: {
    operation: async (fixture) => ({ query: REVOKE_INVITATION, variables: { id: (await issueInvitation(fixture)).invitation.id } }),
    outcomes: STAFF_ONLY,
  },
  invitationByToken: {
    // the link itself is the credential: whoever holds it may see for whom it is, as long as it can be used
    operation: async (fixture) => ({
      query: INVITATION_BY_TOKEN,
      variables: { token: (await issueInvitation(fixture)).url.split('/invite/')[1] },
    }),
    outcomes: EVERYONE,
  },
  acceptInvitation: {
    // the link itself is the credential: whoever holds it may use it once
    operation: async (fixture) => ({
      query: ACCEPT_INVITATION,
      variables: { token: (await issueInvitation(fixture)).url.split('/invite/')[1], name: 'Neu', password: 'Ein gutes langes Passwort' },
    }),
    outcomes: EVERYONE,
  },
  updateUser: {
    operation: async (fixture) => ({
      query: UPDATE_USER,
      variables: { id: (await fixture.factory.user('MEMBER', fixture.organizationId)).id, input: { name: 'Umbenannt' } },
    }),
    outcomes: STAFF_ONLY,
  },
  setUserActive: {
    operation: async (fixture) => ({
      query: SET_USER_ACTIVE,
      variables: { userId: (await fixture.factory.user('MEMBER', fixture.otherOrganizationId)).id, active: false },
    }),
    outcomes: STAFF_ONLY,
  },
  erasePerson: {
    operation: async (fixture) => ({
      query: `mutation ($id: ID!) { erasePerson(id: $id) }`,
      variables: { id: (await fixture.factory.user('MEMBER', fixture.otherOrganizationId)).id },
    }),
    outcomes: STAFF_ONLY,
  },
  eraseOrganization: {
    operation: async (fixture) => ({
      query: `mutation ($id: ID!) { eraseOrganization(id: $id) }`,
      variables: { id: (await fixture.factory.organization()).id },
    }),
    outcomes: STAFF_ONLY,
  },
  createPasswordReset: {
    operation: async (fixture) => ({
      query: CREATE_PASSWORD_RESET,
      variables: { userId: (await fixture.factory.user('MEMBER', fixture.organizationId)).id },
    }),
    outcomes: STAFF_ONLY,
  },
  requestPasswordReset: {
    operation: async () => ({ query: REQUEST_PASSWORD_RESET, variables: { email: 'anyone@mo.example' } }),
    outcomes: EVERYONE,
  },
  resetPassword: {
    operation: async (fixture) => {
      const user = await fixture.factory.user('MEMBER', fixture.organizationId);
      const { createPasswordReset } = await fixture.staff.data(CREATE_PASSWORD_RESET, { userId: user.id });
      return {
        query: RESET_PASSWORD,
        variables: { token: createPasswordReset.url.split('/reset-password/')[1], password: 'Ein gutes langes Passwort' },
      };
    },
    outcomes: EVERYONE,
  },
  changePassword: {
    operation: async () => ({
      query: CHANGE_PASSWORD,
      variables: { currentPassword: TEST_PASSWORD, newPassword: 'Ein gutes langes Passwort' },
    }),
    outcomes: SIGNED_IN,
  },
  updateMe: { operation: async () => ({ query: UPDATE_ME, variables: { input: { language: 'tr' } } }), outcomes: SIGNED_IN },

  // proposals between network meetings: read by everyone signed in; made, edited and supported by members of MOs
  proposals: { operation: async () => ({ query: PROPOSALS }), outcomes: SIGNED_IN },
  createProposal: {
    operation: async () => ({ query: CREATE_PROPOSAL, variables: { input: proposalInput } }),
    // a member for their own MO; staff answer proposals rather than make them, and a coach speaks for no MO
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'UNAUTHENTICATED'],
  },
  updateProposal: {
    operation: async (fixture) => ({
      query: UPDATE_PROPOSAL,
      variables: { id: (await proposalOfMo(fixture)).id, input: { ...proposalInput, title: 'Sonntags ab 14 Uhr' } },
    }),
    outcomes: ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'UNAUTHENTICATED'],
  },
  supportProposal: {
    operation: async (fixture) => ({ query: SUPPORT_PROPOSAL, variables: { id: (await proposalOfMo(fixture)).id, support: true } }),
    // support is another MO's voice: the MO's own members are told so
    outcomes: ['UNAUTHENTICATED', 'OWN_PROPOSAL', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'UNAUTHENTICATED'],
  },
  answerProposal: {
    operation: async (fixture) => ({
      query: ANSWER_PROPOSAL,
      variables: { id: (await proposalOfMo(fixture)).id, status: 'PLANNED', answer: 'Ab Oktober' },
    }),
    outcomes: STAFF_ONLY,
  },

  // network meetings: read by everyone signed in, made by staff, answered by members for their own MO
  networkMeetings: { operation: async () => ({ query: NETWORK_MEETINGS, variables: TODAY }), outcomes: SIGNED_IN },
  networkMeeting: {
    operation: async (fixture) => ({ query: NETWORK_MEETING, variables: { id: await comingMeetingId(fixture) } }),
    outcomes: SIGNED_IN,
  },
  createNetworkMeeting: {
    operation: async () => ({ query: CREATE_NETWORK_MEETING, variables: { input: meetingInput() } }),
    outcomes: STAFF_ONLY,
  },
  updateNetworkMeeting: {
    operation: async (fixture) => ({
      query: UPDATE_NETWORK_MEETING,
      variables: { id: (await meetingOfCentre(fixture)).id, input: { description: 'Mit Sommerfest' }, expectedVersion: 1 },
    }),
    outcomes: STAFF_ONLY,
  },
  cancelNetworkMeeting: {
    operation: async (fixture) => ({
      query: CANCEL_NETWORK_MEETING,
      variables: { id: (await meetingOfCentre(fixture)).id, reason: 'Krank' },
    }),
    outcomes: STAFF_ONLY,
  },
  respondToNetworkMeeting: {
    operation: async (fixture) => ({
      query: RESPOND_TO_NETWORK_MEETING,
      variables: { meetingId: await comingMeetingId(fixture), input: { attending: true, people: 2, interpretation: ['uk'] } },
    }),
    // an MO answers for itself; staff record who came with the minutes, a coach speaks for no MO
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'UNAUTHENTICATED'],
  },

  // the agenda and minutes of network meetings: topics by members for their MO and staff, decisions staff's
  proposeAgendaItem: {
    operation: async (fixture) => ({
      query: PROPOSE_AGENDA_ITEM,
      variables: { meetingId: await comingMeetingId(fixture), input: agendaTopic },
    }),
    // a member for their own MO, staff for the centre; a coach speaks for no MO
    outcomes: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'UNAUTHENTICATED'],
  },
  updateAgendaItem: {
    operation: async (fixture) => ({
      query: UPDATE_AGENDA_ITEM,
      variables: { id: (await agendaItemOfMo(fixture)).id, input: agendaTopic },
    }),
    outcomes: OWN_MO,
  },
  decideAgendaItem: {
    operation: async (fixture) => ({
      query: DECIDE_AGENDA_ITEM,
      variables: { id: (await agendaItemOfMo(fixture)).id, decision: 'DECLINE' },
    }),
    outcomes: STAFF_ONLY,
  },
  orderAgenda: {
    operation: async (fixture) => ({ query: ORDER_AGENDA, variables: { meetingId: await heldMeetingId(fixture), itemIds: [] } }),
    outcomes: STAFF_ONLY,
  },
  publishMinutes: {
    operation: async (fixture) => ({ query: PUBLISH_MINUTES, variables: { meetingId: await heldMeetingId(fixture), input: minutesInput } }),
    outcomes: STAFF_ONLY,
  },
  updateDecision: {
    operation: async (fixture) => {
      const { publishMinutes } = await fixture.staff.data(PUBLISH_MINUTES, {
        meetingId: await heldMeetingId(fixture),
        input: minutesInput,
      });
      return { query: UPDATE_DECISION, variables: { id: publishMinutes.decisions[0].id, state: 'DONE' } };
    },
    outcomes: STAFF_ONLY,
  },

  // coaching
  coachingRequests: { operation: async () => ({ query: COACHING_REQUESTS }), outcomes: SIGNED_IN },
  coachingRequest: {
    operation: async (fixture) => ({ query: COACHING_REQUEST, variables: { id: (await coachingRequestOfMo(fixture)).id } }),
    outcomes: COACHING_PARTIES,
  },
  coaches: { operation: async () => ({ query: COACHES }), outcomes: STAFF_ONLY },
  requestCoaching: {
    operation: async (fixture) => ({ query: REQUEST_COACHING, variables: { input: coachingInput(fixture) } }),
    outcomes: OWN_MO,
  },
  createCoach: {
    operation: async () => ({ query: CREATE_COACH, variables: { input: { name: 'Neu', topics: ['EVENTS'], languages: ['de'] } } }),
    outcomes: STAFF_ONLY,
  },
  updateCoach: {
    operation: async (fixture) => ({ query: UPDATE_COACH, variables: { id: fixture.coachId, input: { contact: '0341 123' } } }),
    outcomes: STAFF_ONLY,
  },
  assignCoach: {
    operation: async (fixture) => ({
      query: ASSIGN_COACH,
      variables: { requestId: (await coachingRequestOfMo(fixture, false)).id, coachId: fixture.coachId },
    }),
    outcomes: STAFF_ONLY,
  },
  declineCoachingRequest: {
    operation: async (fixture) => ({
      query: DECLINE_COACHING_REQUEST,
      variables: { requestId: (await coachingRequestOfMo(fixture)).id, reason: 'Nicht bei uns' },
    }),
    outcomes: STAFF_ONLY,
  },
  addCoachingMessage: {
    operation: async (fixture) => ({
      query: ADD_COACHING_MESSAGE,
      variables: { requestId: (await coachingRequestOfMo(fixture)).id, text: 'Hallo' },
    }),
    outcomes: COACHING_PARTIES,
  },
  closeCoachingRequest: {
    operation: async (fixture) => ({
      query: CLOSE_COACHING_REQUEST,
      variables: { requestId: (await coachingRequestOfMo(fixture)).id, outcome: 'Gut' },
    }),
    // closing is the MO's word (or staff's); the coach tells staff in a note
    outcomes: ['UNAUTHENTICATED', 'ok', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'ok', 'UNAUTHENTICATED'],
  },
  scheduleCoachingSession: {
    operation: async (fixture) => ({
      query: SCHEDULE_COACHING_SESSION,
      variables: { requestId: (await coachingRequestOfMo(fixture)).id, input: nextSlot() },
    }),
    // the request's coach books, or staff; the MO asks in a note
    outcomes: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'ok', 'UNAUTHENTICATED'],
  },
  cancelCoachingSession: {
    operation: async (fixture) => {
      const { id } = await coachingRequestOfMo(fixture);
      const { scheduleCoachingSession } = await fixture.staff.data(SCHEDULE_COACHING_SESSION, {
        requestId: id,
        input: { ...nextSlot(), roomId: null, onlineUrl: 'https://meet.example/matrix' },
      });
      return { query: CANCEL_COACHING_SESSION, variables: { id: scheduleCoachingSession.id, reason: 'Krank' } };
    },
    outcomes: COACHING_PARTIES,
  },
  moveCoachingSession: {
    operation: async (fixture) => {
      const { id } = await coachingRequestOfMo(fixture);
      const { scheduleCoachingSession } = await fixture.staff.data(SCHEDULE_COACHING_SESSION, {
        requestId: id,
        input: { ...nextSlot(), roomId: null, onlineUrl: 'https://meet.example/matrix' },
      });
      return { query: MOVE_COACHING_SESSION, variables: { id: scheduleCoachingSession.id, input: nextSlot() } };
    },
    // the MO, the request's coach and staff; of a session another MO or coach cannot read, nothing is found
    outcomes: COACHING_PARTIES,
  },
  // what others did to one's coaching requests: everyone signed in has their own (perhaps empty) list
  coachingNotices: { operation: async () => ({ query: COACHING_NOTICES }), outcomes: SIGNED_IN },
  markCoachingNoticesRead: { operation: async () => ({ query: MARK_COACHING_NOTICES_READ }), outcomes: SIGNED_IN },
  // the network's news for one's MO: everyone signed in has their own (perhaps empty) list, as for coaching
  networkNotices: { operation: async () => ({ query: NETWORK_NOTICES }), outcomes: SIGNED_IN },
  markNetworkNoticesRead: { operation: async () => ({ query: MARK_NETWORK_NOTICES_READ }), outcomes: SIGNED_IN },
  // check-in (issue 29): the MO, staff, and the house's display for today's bookings; coaches and other MOs never
  checkIn: {
    operation: async (fixture) => ({
      query: `mutation ($id: ID!) { checkIn(bookingId: $id) { id checkedInAt } }`,
      variables: { id: (await bookingNow(fixture)).id },
    }),
    outcomes: ['UNAUTHENTICATED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'],
  },
  checkInSettings: { operation: async () => ({ query: '{ checkInSettings { locationId required graceMinutes } }' }), outcomes: EVERYONE },
  setCheckInSettings: {
    operation: async (fixture) => ({
      query: `mutation ($l: ID!) { setCheckInSettings(locationId: $l, input: { required: false, graceMinutes: 20 }) { required } }`,
      variables: { l: fixture.locationId },
    }),
    outcomes: STAFF_ONLY,
  },
  // series nobody came to: everyone signed in has their own (perhaps empty) list
  seriesNotices: { operation: async () => ({ query: '{ seriesNotices { id toStaff } }' }), outcomes: SIGNED_IN },
  markSeriesNoticesRead: { operation: async () => ({ query: 'mutation { markSeriesNoticesRead }' }), outcomes: SIGNED_IN },
};

/** A booking of the MO that has just begun (10:00 today, the matrix's now), in a room of its own: open for check-in. */
const bookingNow = async (fixture: Fixture) =>
  fixture.factory.booking({
    organizationId: fixture.organizationId,
    roomId: (await fixture.factory.room({ locationId: fixture.locationId, capacity: 100 })).id,
    start: '2026-06-01T08:00:00Z',
    end: '2026-06-01T08:30:00Z',
  });

/** Hears the change (`hears`), is subscribed but never told of it (`silent`), or is refused with a code. */
type Hearing = 'hears' | 'silent' | 'UNAUTHENTICATED';

/**
 * Every subscription × every viewer for a change others cause: who is told of it on an open screen. Subscribers
 * who are refused never open; the others are all open before the change is made.
 */
type SubscriptionEvent = Record<string, Record<string, unknown> | undefined>;
/** The change a row causes, told apart from those before it (a coaching request and its assignment). */
const isCoachingNote = (event: SubscriptionEvent) => Object.values(event)[0]?.kind === 'MESSAGE';
const SUBSCRIPTION_MATRIX: Record<
  string,
  { query: string; cause: (fixture: Fixture) => Promise<void>; outcomes: Hearing[]; heard?: (event: SubscriptionEvent) => boolean }
> = {
  'coachingChanges: a note for the MO on a request of the MO': {
    query: COACHING_CHANGES,
    cause: async (fixture) => {
      await fixture.staff.data(ADD_COACHING_MESSAGE, { requestId: (await coachingRequestOfMo(fixture)).id, text: 'Hallo' });
    },
    //         anonymous          member   otherMember coach    otherCoach staff    display
    outcomes: ['UNAUTHENTICATED', 'hears', 'silent', 'hears', 'silent', 'hears', 'UNAUTHENTICATED'],
  },
  'coachingChanges: a staff-only note': {
    query: COACHING_CHANGES,
    cause: async (fixture) => {
      const { id } = await coachingRequestOfMo(fixture);
      await fixture.staff.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Nur intern', staffOnly: true });
    },
    outcomes: ['UNAUTHENTICATED', 'silent', 'silent', 'hears', 'silent', 'hears', 'UNAUTHENTICATED'],
  },
  'networkChanges: a meeting created': {
    query: NETWORK_CHANGES,
    cause: async (fixture) => {
      await meetingOfCentre(fixture);
    },
    heard: (event) => event.networkChanges?.entity === 'NETWORK_MEETING' && event.networkChanges.action === 'CREATED',
    // every MO is invited: all signed in hear of it, strangers and wall displays are refused
    outcomes: ['UNAUTHENTICATED', 'hears', 'hears', 'hears', 'hears', 'hears', 'UNAUTHENTICATED'],
  },
};

let fixture: Fixture;
let clients: () => Promise<Record<ViewerName, ApiClient>>;

beforeAll(async () => {
  // the matrix books for one MO dozens of times on one day (check-in asks for today's bookings): the MO's quota
  // would refuse the member long before the rows are done, and it has tests of its own (booking.rules.test.ts)
  const booking = {
    ...DEFAULT_BOOKING_LIMITS,
    dailyQuotaPerOrganization: 10_000,
    hoursPerDayPerOrganization: 24,
    hoursPerWeekPerOrganization: 168,
  };
  const app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { booking } });
  const factory = new Factory(app);
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const locationId = (await factory.location({ openingHours: allDay })).id;
  const roomId = (await factory.room({ locationId, capacity: 100 })).id;
  for (let made = 0; made < 8; made++) rooms.push((await factory.room({ locationId, capacity: 100 })).id);
  const organizationId = (await factory.organization()).id;
  const otherOrganizationId = (await factory.organization()).id;
  const staff = (await factory.staffClient()).client;
  fixture = { app, factory, locationId, roomId, organizationId, otherOrganizationId, staff, coachId: '' };
  // fresh viewers for every operation: logout, changePassword and updateMe change who they are
  clients = async () => {
    const display = app.client();
    display.displayToken = (
      await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: locationId })
    ).createDisplayLink.token;
    const coach = await factory.coachClient();
    fixture.coachId = coach.coach.id;
    return {
      anonymous: app.client(),
      member: (await factory.memberClient(organizationId)).client,
      otherMember: (await factory.memberClient(otherOrganizationId)).client,
      coach: coach.client,
      otherCoach: (await factory.coachClient()).client,
      staff: (await factory.staffClient()).client,
      display,
    };
  };
});

afterAll(async () => {
  await fixture?.app.stop();
});

describe('the permission matrix', () => {
  it('has a row for every query and mutation of the schema', async () => {
    const schema = await buildAppSchema();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  describe.each(Object.entries(MATRIX))('%s', (name, { operation, outcomes }) => {
    it(`answers ${VIEWERS.map((viewer, index) => `${viewer}: ${outcomes[index]}`).join(', ')}`, async () => {
      const viewers = await clients();
      const seen: Record<string, string> = {};
      for (const viewer of VIEWERS) {
        const { query, variables } = await operation(fixture);
        const response = await viewers[viewer].request(query, variables ?? {});
        seen[viewer] = response.errors?.length
          ? String(response.errors[0]?.extensions?.code)
          : response.data?.[name] === undefined
            ? 'missing'
            : 'ok';
      }
      expect(seen).toEqual(Object.fromEntries(VIEWERS.map((viewer, index) => [viewer, outcomes[index]])));
    });
  });
});

describe('the subscription matrix', () => {
  describe.each(Object.entries(SUBSCRIPTION_MATRIX))('%s', (_name, { query, cause, outcomes, heard = isCoachingNote }) => {
    it(`answers ${VIEWERS.map((viewer, index) => `${viewer}: ${outcomes[index]}`).join(', ')}`, async () => {
      const viewers = await clients();
      const opening = VIEWERS.filter((_viewer, index) => outcomes[index] === 'hears' || outcomes[index] === 'silent');
      const streams = await subscribed(fixture.app, opening.length, () =>
        Object.fromEntries(VIEWERS.map((viewer) => [viewer, collect<SubscriptionEvent>(viewers[viewer].subscriptions(), query)])),
      );
      try {
        await cause(fixture);
        const hearers = VIEWERS.filter((_viewer, index) => outcomes[index] === 'hears');
        // the change itself, not the request and assignment that came before it
        const heardNote = (viewer: ViewerName) => streams[viewer]!.events.some(heard);
        await until(() => hearers.every(heardNote), 'every viewer who hears it heard it');
        await fixture.app.services.changeFeed.settle();
        await quietFor(300);
        const seen = Object.fromEntries(
          VIEWERS.map((viewer) => {
            const stream = streams[viewer]!;
            const error = stream.errors.flat()[0] as { extensions?: { code?: string } } | undefined;
            return [viewer, error ? String(error.extensions?.code) : heardNote(viewer) ? 'hears' : 'silent'];
          }),
        );
        expect(seen).toEqual(Object.fromEntries(VIEWERS.map((viewer, index) => [viewer, outcomes[index]])));
      } finally {
        for (const stream of Object.values(streams)) stream.dispose();
        for (const viewer of VIEWERS) await viewers[viewer].closeSockets();
      }
    });
  });
});
