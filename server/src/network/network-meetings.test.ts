import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory, WEEKDAYS_8_TO_22 } from '../../test/factories.js';
import { BOOKINGS, CANCEL_BOOKING, CANCEL_CLOSURE_BOOKINGS, CREATE_CLOSURE, MOVE_BOOKING } from '../../test/documents.js';
import {
  CANCEL_NETWORK_MEETING,
  CREATE_NETWORK_MEETING,
  NETWORK_CHANGES,
  NETWORK_MEETING,
  NETWORK_MEETINGS,
  UPDATE_NETWORK_MEETING,
} from '../../test/meeting-documents.js';

let app: TestApp;
let factory: Factory;
let locationId: string;
let roomId: string;
let otherRoomId: string;
let organizationId: string;
let staff: ApiClient;
let member: ApiClient;
let coach: ApiClient;

// Monday 1 June 2026, 10:00 in Leipzig; the house opens on weekdays 8–22
const NOW = '2026-06-01T08:00:00Z';
beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  factory = new Factory(app);
  locationId = (await factory.location({ openingHours: WEEKDAYS_8_TO_22 })).id;
  roomId = (await factory.room({ locationId, capacity: 60 })).id;
  otherRoomId = (await factory.room({ locationId, capacity: 60 })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  coach = (await factory.coachClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

let week = 0;
/** A Tuesday evening 18:00–20:00 in Leipzig, a new week for every meeting, the agenda closing three days before. */
function nextMeeting(overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.parse('2026-06-09T18:00:00+02:00') + week++ * 7 * 86_400_000);
  return {
    roomId,
    title: 'Netzwerktreffen',
    description: 'Räume am Wochenende',
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    agendaDeadline: new Date(start.getTime() - 3 * 86_400_000).toISOString(),
    interpretationLanguages: ['ar', 'uk', 'fa'],
    ...overrides,
  };
}

const count = async (sql: string, parameters: unknown[] = []) =>
  (await app.services.database.dataSource.query<Array<{ n: number }>>(sql, parameters))[0]!.n;
const meetingCount = () => count('SELECT count(*)::int AS n FROM network_meeting');

async function createMeeting(overrides: Record<string, unknown> = {}) {
  const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, { input: nextMeeting(overrides) });
  return createNetworkMeeting as { id: string; start: string; end: string; version: number; state: string };
}

describe('creating a network meeting', () => {
  it('books the room for the centre as a MEMBERS booking of category NETWORK_MEETING', async () => {
    const input = nextMeeting();
    const { createNetworkMeeting: meeting } = await staff.data(CREATE_NETWORK_MEETING, { input });
    expect(meeting).toMatchObject({
      title: 'Netzwerktreffen',
      description: 'Räume am Wochenende',
      start: input.start,
      end: input.end,
      room: { id: roomId },
      location: { id: locationId, timeZone: 'Europe/Berlin' },
      interpretationLanguages: ['ar', 'uk', 'fa'],
      state: 'COMING',
      agendaOpen: true,
      version: 1,
      attendingCount: 0,
      abilities: { respond: false, proposeAgendaItem: true, manage: true, publishMinutes: false },
    });
    const [booking] = await app.services.database.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT b.category, b.visibility, b.title, o.kind FROM network_meeting m JOIN booking b ON b.id = m.booking_id
         JOIN organization o ON o.id = b.organization_id WHERE m.id = $1`,
      [meeting.id],
    );
    expect(booking).toEqual({ category: 'NETWORK_MEETING', visibility: 'MEMBERS', title: 'Netzwerktreffen', kind: 'CENTRE' });
    // members of any MO see it in the calendar with its title
    const { bookings } = await member.data(BOOKINGS, { from: input.start, to: input.end });
    expect(bookings).toEqual([expect.objectContaining({ title: 'Netzwerktreffen', category: 'NETWORK_MEETING' })]);
  });

  it('makes the centre’s organisation once, however many meetings are created at once', async () => {
    await Promise.all([createMeeting(), createMeeting(), createMeeting()]);
    expect(await count(`SELECT count(*)::int AS n FROM organization WHERE kind = 'CENTRE'`)).toBe(1);
  });

  it('is for staff only', async () => {
    const input = nextMeeting();
    expect((await member.errorCode(CREATE_NETWORK_MEETING, { input })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(CREATE_NETWORK_MEETING, { input })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(CREATE_NETWORK_MEETING, { input })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a meeting on a closure, outside the opening hours, or over another booking, and writes nothing', async () => {
    const closed = nextMeeting();
    await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: closed.start, end: new Date(Date.parse(closed.start) + 86_400_000).toISOString(), reason: 'Renovierung' },
    });
    const late = nextMeeting();
    const lateStart = new Date(Date.parse(late.start) + 3 * 3600_000);
    const taken = nextMeeting();
    await factory.booking({ roomId, organizationId, start: taken.start, end: taken.end });
    const before = await meetingCount();
    expect((await staff.errorCode(CREATE_NETWORK_MEETING, { input: closed })).code).toBe('LOCATION_CLOSED');
    const outside = await staff.errorCode(CREATE_NETWORK_MEETING, {
      input: { ...late, start: lateStart.toISOString(), end: new Date(lateStart.getTime() + 2 * 3600_000).toISOString() },
    });
    expect(outside.code).toBe('OUTSIDE_OPENING_HOURS');
    const conflict = await staff.request(CREATE_NETWORK_MEETING, { input: taken });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ code: 'BOOKING_CONFLICT', slots: [{ roomId, start: taken.start }] });
    expect(await meetingCount()).toBe(before);
  });

  it.each([
    ['a 50 kB description', { description: 'x'.repeat(50_000) }, 'description', 'TOO_LONG'],
    ['an empty title', { title: '  ' }, 'title', 'REQUIRED'],
    ['a title of control characters', { title: 'Treffen\u0000' }, 'title', 'CONTROL_CHARACTERS'],
    ['a language that is no BCP 47 tag', { interpretationLanguages: ['Arabisch, Farsi'] }, 'interpretationLanguages', 'INVALID_LANGUAGE'],
    [
      '21 languages',
      { interpretationLanguages: Array.from({ length: 21 }, (_, i) => `x${String.fromCharCode(97 + i)}`) },
      'interpretationLanguages',
      'OUT_OF_RANGE',
    ],
    ['an agenda deadline after the start', { agendaDeadline: '2027-01-01T00:00:00Z' }, 'agendaDeadline', 'OUT_OF_RANGE'],
    ['a series without its count', { repeatEveryWeeks: 2 }, 'repeatCount', 'REQUIRED'],
    ['a series of 13', { repeatEveryWeeks: 1, repeatCount: 13 }, 'repeatCount', 'OUT_OF_RANGE'],
    [
      'a meeting beyond the booking horizon',
      { start: '2029-01-09T17:00:00Z', end: '2029-01-09T19:00:00Z', agendaDeadline: '2029-01-05T12:00:00Z' },
      'start',
      'TOO_FAR_AHEAD',
    ],
  ])('refuses %s', async (_name, overrides, field, reason) => {
    const before = await meetingCount();
    const response = await staff.request(CREATE_NETWORK_MEETING, { input: nextMeeting(overrides) });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await meetingCount()).toBe(before);
  });
});

describe('a series of meetings', () => {
  it('keeps the wall time of the house across the end of summer time, each date its own meeting', async () => {
    // Thursdays 15, 22 and 29 October 2026; summer time ends on Sunday 25 October
    const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, {
      input: {
        ...nextMeeting(),
        start: '2026-10-15T18:00:00+02:00',
        end: '2026-10-15T20:00:00+02:00',
        agendaDeadline: '2026-10-12T12:00:00+02:00',
        repeatEveryWeeks: 1,
        repeatCount: 3,
      },
    });
    expect(createNetworkMeeting.start).toBe('2026-10-15T16:00:00.000Z');
    const { networkMeetings } = await member.data(NETWORK_MEETINGS, { from: '2026-10-14T00:00:00Z', to: '2026-10-31T00:00:00Z' });
    expect(
      networkMeetings.map((meeting: { start: string; end: string; agendaDeadline: string }) => [
        meeting.start,
        meeting.end,
        meeting.agendaDeadline,
      ]),
    ).toEqual([
      ['2026-10-15T16:00:00.000Z', '2026-10-15T18:00:00.000Z', '2026-10-12T10:00:00.000Z'],
      ['2026-10-22T16:00:00.000Z', '2026-10-22T18:00:00.000Z', '2026-10-19T10:00:00.000Z'],
      // 18:00 in winter time is an hour later in UTC; the deadline (a Monday in winter time too) follows
      ['2026-10-29T17:00:00.000Z', '2026-10-29T19:00:00.000Z', '2026-10-26T11:00:00.000Z'],
    ]);
    expect(new Set(networkMeetings.map((meeting: { id: string }) => meeting.id)).size).toBe(3);
  });

  it('books all of its dates or none: one on a closure refuses the series', async () => {
    await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: '2026-11-19T00:00:00+01:00', end: '2026-11-20T00:00:00+01:00', reason: 'Betriebsausflug' },
    });
    const before = await meetingCount();
    const { code, extensions } = await staff.errorCode(CREATE_NETWORK_MEETING, {
      input: {
        ...nextMeeting(),
        start: '2026-11-05T18:00:00+01:00',
        end: '2026-11-05T20:00:00+01:00',
        agendaDeadline: '2026-11-02T12:00:00+01:00',
        repeatEveryWeeks: 2,
        repeatCount: 3,
      },
    });
    expect(code).toBe('LOCATION_CLOSED');
    // the third date, 19 November, is the one refused
    expect(extensions).toMatchObject({ kind: 'CLOSURE', name: 'Betriebsausflug' });
    expect(await meetingCount()).toBe(before);
  });
});

describe('changing a meeting', () => {
  it('moves its booking and counts the version up; an old version is STALE_VERSION', async () => {
    const meeting = await createMeeting();
    const start = new Date(Date.parse(meeting.start) + 3600_000).toISOString();
    const end = new Date(Date.parse(meeting.end) + 3600_000).toISOString();
    const { updateNetworkMeeting } = await staff.data(UPDATE_NETWORK_MEETING, {
      id: meeting.id,
      input: { start, end, roomId: otherRoomId, title: 'Netzwerktreffen (verlegt)' },
      expectedVersion: 1,
    });
    expect(updateNetworkMeeting).toMatchObject({ start, end, room: { id: otherRoomId }, version: 2, title: 'Netzwerktreffen (verlegt)' });
    const { bookings } = await staff.data(BOOKINGS, { from: meeting.start, to: end });
    expect(bookings).toEqual([
      expect.objectContaining({ start, room: expect.objectContaining({ id: otherRoomId }), title: 'Netzwerktreffen (verlegt)' }),
    ]);
    const stale = await staff.request(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { description: 'Neu' }, expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
  });

  it('refuses a move over another booking with the conflict, and changes nothing', async () => {
    const meeting = await createMeeting();
    const taken = nextMeeting();
    await factory.booking({ roomId, organizationId, start: taken.start, end: taken.end });
    expect((await staff.errorCode(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { start: taken.start, end: taken.end } })).code).toBe(
      'BOOKING_CONFLICT',
    );
    const { networkMeeting } = await staff.data(NETWORK_MEETING, { id: meeting.id });
    expect(networkMeeting).toMatchObject({ start: meeting.start, version: 1 });
  });

  it('changes the words without touching the booking, and refuses a deadline after the start', async () => {
    const meeting = await createMeeting();
    const { updateNetworkMeeting } = await staff.data(UPDATE_NETWORK_MEETING, {
      id: meeting.id,
      input: { description: 'Mit Sommerfest', interpretationLanguages: ['tr'] },
    });
    expect(updateNetworkMeeting).toMatchObject({ description: 'Mit Sommerfest', interpretationLanguages: ['tr'], version: 2 });
    const response = await staff.request(UPDATE_NETWORK_MEETING, {
      id: meeting.id,
      input: { agendaDeadline: new Date(Date.parse(meeting.start) + 60_000).toISOString() },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agendaDeadline' });
  });

  it('is for staff only, and NOT_FOUND for a meeting that is not', async () => {
    const meeting = await createMeeting();
    expect((await member.errorCode(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { title: 'Meins' } })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(CANCEL_NETWORK_MEETING, { id: meeting.id })).code).toBe('FORBIDDEN');
    expect(
      (await staff.errorCode(UPDATE_NETWORK_MEETING, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'X' } })).code,
    ).toBe('NOT_FOUND');
  });
});

describe('cancelling a meeting', () => {
  it('cancels its booking, frees the room and is CANCELLED; a second cancel or a change is refused', async () => {
    const meeting = await createMeeting();
    const { cancelNetworkMeeting } = await staff.data(CANCEL_NETWORK_MEETING, { id: meeting.id, reason: 'Zu wenige Anmeldungen' });
    expect(cancelNetworkMeeting).toMatchObject({ state: 'CANCELLED', version: 2, agendaOpen: false });
    expect(cancelNetworkMeeting.abilities).toEqual({ respond: false, proposeAgendaItem: false, manage: false, publishMinutes: false });
    // the room is free again
    await factory.booking({ roomId, organizationId, start: meeting.start, end: meeting.end });
    const again = await staff.request(CANCEL_NETWORK_MEETING, { id: meeting.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_CANCELLED' });
    const change = await staff.request(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { title: 'Doch' } });
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_CANCELLED' });
    const [logged] = await app.services.database.dataSource.query<Array<{ reason: string; action: string }>>(
      `SELECT reason, action FROM change_log WHERE entity = 'NETWORK_MEETING' AND entity_id = $1 ORDER BY cursor DESC LIMIT 1`,
      [meeting.id],
    );
    expect(logged).toEqual({ reason: 'Zu wenige Anmeldungen', action: 'CANCELLED' });
  });
});

describe('a meeting’s booking changed on the calendar', () => {
  const bookingOf = async (meetingId: string) =>
    (
      await app.services.database.dataSource.query<Array<{ id: string; version: number }>>(
        'SELECT b.id, b.version FROM network_meeting m JOIN booking b ON b.id = m.booking_id WHERE m.id = $1',
        [meetingId],
      )
    )[0]!;
  const loggedActions = async (meetingId: string) =>
    (
      await app.services.database.dataSource.query<Array<{ action: string }>>(
        `SELECT action FROM change_log WHERE entity = 'NETWORK_MEETING' AND entity_id = $1 ORDER BY cursor`,
        [meetingId],
      )
    ).map((row) => row.action);

  it('moves the meeting with it, as a change of the meeting', async () => {
    const meeting = await createMeeting();
    const booking = await bookingOf(meeting.id);
    const start = new Date(Date.parse(meeting.start) + 3600_000).toISOString();
    const end = new Date(Date.parse(meeting.end) + 3600_000).toISOString();
    await staff.data(MOVE_BOOKING, { id: booking.id, expectedVersion: booking.version, roomId: otherRoomId, start, end });
    const { networkMeeting } = await staff.data(NETWORK_MEETING, { id: meeting.id });
    expect(networkMeeting).toMatchObject({ start, end, room: { id: otherRoomId }, version: 2, state: 'COMING' });
    expect(await loggedActions(meeting.id)).toEqual(['CREATED', 'UPDATED']);
  });

  it('calls the meeting off when staff cancel its booking or a closure cancels it', async () => {
    const cancelled = await createMeeting();
    const booking = await bookingOf(cancelled.id);
    await staff.data(CANCEL_BOOKING, { id: booking.id, expectedVersion: booking.version });
    expect((await member.data(NETWORK_MEETING, { id: cancelled.id })).networkMeeting).toMatchObject({ state: 'CANCELLED', version: 2 });
    expect(await loggedActions(cancelled.id)).toEqual(['CREATED', 'CANCELLED']);

    const closed = await createMeeting();
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: closed.start, end: closed.end, reason: 'Wasserschaden' },
      decisions: [{ bookingId: (await bookingOf(closed.id)).id, action: 'KEEP' }],
    });
    await staff.data(CANCEL_CLOSURE_BOOKINGS, { closureId: createClosure.id });
    expect((await member.data(NETWORK_MEETING, { id: closed.id })).networkMeeting.state).toBe('CANCELLED');
    expect(await loggedActions(closed.id)).toEqual(['CREATED', 'CANCELLED']);
  });
});

describe('a meeting’s state on the clock', () => {
  it('is COMING until it starts, then HELD; a held meeting keeps its time and is not cancelled', async () => {
    // tomorrow evening, so that the sessions of the test's people are still open when the clock gets there
    const meeting = await createMeeting({
      start: '2026-06-02T18:00:00+02:00',
      end: '2026-06-02T20:00:00+02:00',
      agendaDeadline: '2026-06-01T12:00:00+02:00',
    });
    try {
      app.clock.set(new Date(Date.parse(meeting.start) - 60_000));
      expect((await member.data(NETWORK_MEETING, { id: meeting.id })).networkMeeting).toMatchObject({
        state: 'COMING',
        agendaOpen: false,
        abilities: { respond: true, proposeAgendaItem: false, manage: false, publishMinutes: false },
      });
      app.clock.set(meeting.start);
      const { networkMeeting } = await staff.data(NETWORK_MEETING, { id: meeting.id });
      expect(networkMeeting).toMatchObject({ state: 'HELD', abilities: { respond: false, manage: true, publishMinutes: true } });
      const moved = await staff.request(UPDATE_NETWORK_MEETING, {
        id: meeting.id,
        input: {
          start: new Date(Date.parse(meeting.start) + 7 * 86_400_000).toISOString(),
          end: new Date(Date.parse(meeting.end) + 7 * 86_400_000).toISOString(),
        },
      });
      expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAST_BOOKING' });
      const cancelled = await staff.request(CANCEL_NETWORK_MEETING, { id: meeting.id });
      expect(cancelled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAST_BOOKING' });
      // its words may still be put right
      expect(
        (await staff.data(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { description: 'Protokoll folgt' } })).updateNetworkMeeting
          .state,
      ).toBe('HELD');
    } finally {
      app.clock.set(NOW);
    }
  });
});

describe('reading meetings', () => {
  it('lists the meetings of a range by start for members, coaches and staff; strangers and displays see none', async () => {
    const first = await createMeeting();
    const second = await createMeeting();
    const range = { from: first.start, to: second.end };
    for (const client of [member, coach, staff]) {
      const { networkMeetings } = await client.data(NETWORK_MEETINGS, range);
      expect(networkMeetings.map((meeting: { id: string }) => meeting.id)).toEqual([first.id, second.id]);
    }
    expect((await app.client().errorCode(NETWORK_MEETINGS, range)).code).toBe('UNAUTHENTICATED');
    expect((await app.client().errorCode(NETWORK_MEETING, { id: first.id })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a range over 400 days and answers NOT_FOUND for an unknown meeting', async () => {
    const response = await member.request(NETWORK_MEETINGS, { from: '2026-01-01T00:00:00Z', to: '2027-03-01T00:00:00Z' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', reason: 'RANGE_TOO_LONG' });
    expect((await member.errorCode(NETWORK_MEETING, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await member.errorCode(NETWORK_MEETING, { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('shows the answers, who has not answered and the interpretation needed to staff only', async () => {
    const meeting = await createMeeting();
    const { networkMeeting: asMember } = await member.data(NETWORK_MEETING, { id: meeting.id });
    expect(asMember).toMatchObject({ responses: null, notAnswered: null, interpretationNeeds: null, myResponse: null });
    const { networkMeeting: asCoach } = await coach.data(NETWORK_MEETING, { id: meeting.id });
    expect(asCoach).toMatchObject({
      responses: null,
      notAnswered: null,
      myResponse: null,
      abilities: { respond: false, proposeAgendaItem: false },
    });
    const { networkMeeting: asStaff } = await staff.data(NETWORK_MEETING, { id: meeting.id });
    expect(asStaff.responses).toEqual([]);
    expect(asStaff.notAnswered).toContainEqual(expect.objectContaining({ id: organizationId }));
    // the centre itself is not invited
    expect(asStaff.notAnswered.map((organization: { name: string }) => organization.name)).not.toContain('KolLEktiv');
  });
});

describe('the networkChanges subscription', () => {
  it('tells signed-in readers of a meeting created, moved and called off; strangers are refused', async () => {
    const memberStream = await subscribed(app, 1, () =>
      collect<{ networkChanges: Record<string, string> }>(member.subscriptions(), NETWORK_CHANGES),
    );
    const stranger = collect(app.client().subscriptions(), NETWORK_CHANGES);
    try {
      const meeting = await createMeeting();
      await staff.data(UPDATE_NETWORK_MEETING, { id: meeting.id, input: { description: 'Verschoben' } });
      await staff.data(CANCEL_NETWORK_MEETING, { id: meeting.id });
      await until(
        () => memberStream.events.filter((event) => event.networkChanges.meetingId === meeting.id).length >= 3,
        'three changes heard',
      );
      expect(
        memberStream.events.filter((event) => event.networkChanges.meetingId === meeting.id).map((event) => event.networkChanges),
      ).toEqual(
        ['CREATED', 'UPDATED', 'CANCELLED'].map((action) => ({
          cursor: expect.any(String),
          entity: 'NETWORK_MEETING',
          action,
          meetingId: meeting.id,
          proposalId: null,
          entityId: meeting.id,
        })),
      );
      await until(() => stranger.errors.length > 0, 'the stranger refused');
      expect((stranger.errors.flat()[0] as { extensions?: { code?: string } }).extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      memberStream.dispose();
      stranger.dispose();
      await member.closeSockets();
    }
  });
});
