import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, collect, createTestApp, subscribed, type TestApp } from '../../test/harness.js';
import { Factory, WEEKDAYS_8_TO_22 } from '../../test/factories.js';
import {
  ASSIGN_COACH,
  BOOKING_CHANGED,
  BOOKINGS,
  CANCEL_COACHING_SESSION,
  CLOSE_COACHING_REQUEST,
  COACHING_REQUEST,
  CREATE_BOOKING,
  CREATE_CLOSURE,
  MOVE_BOOKING,
  MOVE_CLOSURE_BOOKINGS,
  MOVE_COACHING_SESSION,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
  UPDATE_BOOKING,
} from '../../test/documents.js';

// A coaching session in a room and its booking stay one thing, whoever touches which (issue 24).
let app: TestApp;
let factory: Factory;
let organizationId: string;
let locationId: string;
let roomId: string;
let otherRoomId: string;
let retiredRoomId: string;
let staff: ApiClient;
let member: ApiClient;
let otherMember: ApiClient;
let coach: ApiClient;
let coachId: string;
let otherCoach: ApiClient;
let otherCoachId: string;

// Monday 1 June 2026, 10:00 in Leipzig; the house opens on weekdays 8–22
beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  locationId = (await factory.location({ openingHours: WEEKDAYS_8_TO_22 })).id;
  roomId = (await factory.room({ locationId, capacity: 10 })).id;
  otherRoomId = (await factory.room({ locationId, capacity: 10 })).id;
  retiredRoomId = (await factory.room({ locationId, capacity: 10, active: false })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  otherMember = (await factory.memberClient((await factory.organization()).id)).client;
  const coachLogin = await factory.coachClient();
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
  const otherCoachLogin = await factory.coachClient();
  otherCoach = otherCoachLogin.client;
  otherCoachId = otherCoachLogin.coach.id;
});

afterAll(async () => {
  await app?.stop();
});

let week = 0;
/** An hour on a coming Tuesday evening, a week later each time, so that tests never meet. */
function nextEvening() {
  const start = new Date(Date.parse('2026-06-02T18:00:00+02:00') + week++ * 7 * 86_400_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() };
}

async function assignedRequest(): Promise<string> {
  const { requestCoaching } = await member.data(REQUEST_COACHING, {
    input: { organizationId, topic: 'FUNDING', text: 'Hilfe beim Antrag', languages: ['de'] },
  });
  await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId });
  return requestCoaching.id as string;
}

const query = <T>(sql: string, parameters: unknown[] = []) => app.services.database.dataSource.query<T[]>(sql, parameters);

/** A session booked by the coach in `room`, with its booking as the database holds them. */
async function sessionInRoom(when = nextEvening(), room = roomId) {
  const requestId = await assignedRequest();
  const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId: room } });
  return { requestId, sessionId: scheduleCoachingSession.id as string, when, ...(await rows(scheduleCoachingSession.id as string)) };
}

/** The session's and its booking's rows, to compare before and after. */
async function rows(sessionId: string) {
  const [session] = await query<{ status: string; room_id: string | null; starts_at: Date; booking_id: string | null }>(
    'SELECT status, room_id, starts_at, booking_id, cancel_reason FROM coaching_session WHERE id = $1',
    [sessionId],
  );
  const [booking] = session?.booking_id
    ? await query<{ id: string; status: string; room_id: string; starts_at: Date; version: number }>(
        'SELECT id, status, room_id, starts_at, version FROM booking WHERE id = $1',
        [session.booking_id],
      )
    : [];
  return { session: session!, booking };
}

const requestStatus = async (requestId: string) => (await member.data(COACHING_REQUEST, { id: requestId })).coachingRequest.status;
const sessionLog = (sessionId: string) =>
  query<{ action: string; reason: string | null }>(
    `SELECT action, reason FROM change_log WHERE entity = 'COACHING_SESSION' AND entity_id = $1 ORDER BY cursor`,
    [sessionId],
  );
const CANCEL_WITH_REASON = `mutation ($id: ID!, $expectedVersion: Int!, $reason: String) {
  cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id status } }`;

describe('a session’s booking through the booking mutations', () => {
  it('cannot be moved, changed or cancelled by the MO: COACHING_SESSION, and nothing changes', async () => {
    const { sessionId, booking, when } = await sessionInRoom();
    const before = await rows(sessionId);
    const later = nextEvening();
    const attempts = [
      member.errorCode(MOVE_BOOKING, { id: booking!.id, expectedVersion: 1, roomId: otherRoomId, ...later }),
      member.errorCode(UPDATE_BOOKING, { id: booking!.id, expectedVersion: 1, input: { title: 'Etwas anderes' } }),
      member.errorCode(CANCEL_WITH_REASON, { id: booking!.id, expectedVersion: 1 }),
    ];
    for (const refused of await Promise.all(attempts))
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'id', reason: 'COACHING_SESSION' } });
    expect(await rows(sessionId)).toEqual(before);
    expect(new Date(before.session.starts_at).toISOString()).toBe(when.start);
  });

  it('cannot be moved by staff either: a session moves as a session', async () => {
    const { sessionId, booking } = await sessionInRoom();
    const before = await rows(sessionId);
    const refused = await staff.errorCode(MOVE_BOOKING, { id: booking!.id, expectedVersion: 1, roomId: otherRoomId, ...nextEvening() });
    expect(refused.extensions).toMatchObject({ reason: 'COACHING_SESSION' });
    expect(await rows(sessionId)).toEqual(before);
  });

  it('cancels the session when staff cancel it, with their reason, and the request waits for a new session', async () => {
    const { requestId, sessionId, booking } = await sessionInRoom();
    expect(await requestStatus(requestId)).toBe('SCHEDULED');
    await staff.data(CANCEL_WITH_REASON, { id: booking!.id, expectedVersion: 1, reason: 'Wasserschaden' });
    const after = await rows(sessionId);
    expect(after.session).toMatchObject({ status: 'CANCELLED', cancel_reason: 'Wasserschaden' });
    expect(after.booking?.status).toBe('CANCELLED');
    expect(await requestStatus(requestId)).toBe('ASSIGNED');
    expect(await sessionLog(sessionId)).toEqual([
      { action: 'CREATED', reason: null },
      { action: 'CANCELLED', reason: null },
    ]);
  });
});

describe('a closure over a session', () => {
  it('cancels the session with the booking it cancels', async () => {
    const { requestId, sessionId, when, booking } = await sessionInRoom();
    // the closure is entered with its decision for the booking under it
    await staff.data(CREATE_CLOSURE, {
      input: { locationId, roomId, start: when.start, end: when.end, reason: 'Renovierung' },
      decisions: [{ bookingId: booking!.id, action: 'CANCEL' }],
    });
    expect((await rows(sessionId)).session.status).toBe('CANCELLED');
    expect(await requestStatus(requestId)).toBe('ASSIGNED');
    expect((await sessionLog(sessionId)).map((entry) => entry.action)).toEqual(['CREATED', 'CANCELLED']);
  });

  it('moves the session to the other room with its booking', async () => {
    const { sessionId, when, booking } = await sessionInRoom();
    // kept when entered, moved afterwards: the later step moves it just as well
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, roomId, start: when.start, end: when.end, reason: 'Renovierung' },
      decisions: [{ bookingId: booking!.id, action: 'KEEP' }],
    });
    await staff.data(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId: otherRoomId });
    const after = await rows(sessionId);
    expect(after.session).toMatchObject({ status: 'SCHEDULED', room_id: otherRoomId });
    expect(after.booking).toMatchObject({ status: 'CONFIRMED', room_id: otherRoomId });
    expect((await sessionLog(sessionId)).map((entry) => entry.action)).toEqual(['CREATED', 'UPDATED']);
  });
});

describe(`the database on ${ENGINE}`, () => {
  it('refuses a commit that moves a session’s booking without its session, or cancels one without the other', async () => {
    const { sessionId, booking } = await sessionInRoom();
    const before = await rows(sessionId);
    const statements = [
      [`UPDATE booking SET starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour' WHERE id = $1`, booking!.id],
      [`UPDATE booking SET room_id = '${otherRoomId}' WHERE id = $1`, booking!.id],
      [`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, booking!.id],
      [`UPDATE coaching_session SET status = 'CANCELLED' WHERE id = $1`, sessionId],
    ] as const;
    for (const [sql, id] of statements) {
      const refused = await app.services.database.dataSource
        .transaction((manager) => manager.query(sql, [id]))
        .then(
          () => null,
          (error: unknown) => error as { code?: string; constraint?: string; message: string },
        );
      expect(refused?.message).toMatch(/coaching session and its booking disagree/);
    }
    expect(await rows(sessionId)).toEqual(before);
  });
});

describe('moveCoachingSession', () => {
  it('moves a session in a room to another time and room through the write unit, logged as UPDATED', async () => {
    const { requestId, sessionId, when } = await sessionInRoom();
    const later = nextEvening();
    const { moveCoachingSession } = await member.data(MOVE_COACHING_SESSION, { id: sessionId, input: { ...later, roomId: otherRoomId } });
    expect(moveCoachingSession).toMatchObject({ status: 'SCHEDULED', start: later.start, room: { id: otherRoomId } });
    const after = await rows(sessionId);
    expect(after.booking).toMatchObject({ status: 'CONFIRMED', room_id: otherRoomId, version: 2 });
    expect(await requestStatus(requestId)).toBe('SCHEDULED');
    expect((await sessionLog(sessionId)).map((entry) => entry.action)).toEqual(['CREATED', 'UPDATED']);
    // the old slot is free again
    await factory.booking({ roomId, organizationId, ...when });
  });

  it('switches between a room and online: the booking is cancelled, and a new one is made', async () => {
    const { sessionId, booking } = await sessionInRoom();
    const online = await coach.data(MOVE_COACHING_SESSION, {
      id: sessionId,
      input: { ...nextEvening(), onlineUrl: 'https://meet.example/a' },
    });
    expect(online.moveCoachingSession).toMatchObject({ room: null, onlineUrl: 'https://meet.example/a' });
    expect((await query<{ status: string }>('SELECT status FROM booking WHERE id = $1', [booking!.id]))[0]?.status).toBe('CANCELLED');
    const back = nextEvening();
    const inRoom = await staff.data(MOVE_COACHING_SESSION, { id: sessionId, input: { ...back, roomId } });
    expect(inRoom.moveCoachingSession).toMatchObject({ room: { id: roomId }, onlineUrl: null, start: back.start });
    const after = await rows(sessionId);
    expect(after.booking).toMatchObject({ status: 'CONFIRMED', room_id: roomId });
    expect(after.booking!.id).not.toBe(booking!.id);
  });

  it('refuses a taken slot with BOOKING_CONFLICT naming it, and nothing moves', async () => {
    const { sessionId } = await sessionInRoom();
    const before = await rows(sessionId);
    const taken = nextEvening();
    await factory.booking({ roomId: otherRoomId, organizationId, ...taken });
    const refused = await coach.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input: { ...taken, roomId: otherRoomId } });
    expect(refused.code).toBe('BOOKING_CONFLICT');
    expect(refused.extensions.slots).toEqual([expect.objectContaining({ roomId: otherRoomId, start: taken.start })]);
    expect(await rows(sessionId)).toEqual(before);
  });

  it('refuses to move a cancelled session', async () => {
    const { sessionId } = await sessionInRoom();
    await member.data(CANCEL_COACHING_SESSION, { id: sessionId });
    const before = await rows(sessionId);
    const refused = await coach.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input: { ...nextEvening(), roomId } });
    expect(refused.extensions).toMatchObject({ field: 'id', reason: 'ALREADY_CANCELLED' });
    expect(await rows(sessionId)).toEqual(before);
  });

  it('is for the MO, the request’s coach and staff: another MO and another coach find nothing', async () => {
    const { sessionId } = await sessionInRoom();
    const input = { ...nextEvening(), roomId };
    expect((await otherMember.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input })).code).toBe('NOT_FOUND');
    expect((await otherCoach.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input })).code).toBe('NOT_FOUND');
    expect((await app.client().errorCode(MOVE_COACHING_SESSION, { id: sessionId, input })).code).toBe('UNAUTHENTICATED');
  });
});

describe('bad input for a session: a typed error, and nothing changes', () => {
  const sessionCount = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM coaching_session'))[0]?.n;
  const bookingCount = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM booking'))[0]?.n;

  it.each([
    ['in the past', () => ({ start: '2026-05-29T18:00:00+02:00', end: '2026-05-29T19:00:00+02:00', roomId }), 'IN_THE_PAST'],
    [
      'outside the opening hours',
      () => ({ start: '2026-06-02T22:00:00+02:00', end: '2026-06-02T23:00:00+02:00', roomId }),
      'OUTSIDE_OPENING_HOURS',
    ],
    ['in a retired room', () => ({ ...nextEvening(), roomId: retiredRoomId }), 'UNKNOWN_ROOM'],
    ['in the year 0000', () => ({ start: '0000-01-04T18:00:00Z', end: '0000-01-04T19:00:00Z', roomId }), 'BAD_USER_INPUT'],
  ])('refuses a session %s, booked or moved', async (_name, input, expected) => {
    const requestId = await assignedRequest();
    const { sessionId } = await sessionInRoom();
    const before = { sessions: await sessionCount(), bookings: await bookingCount(), moved: await rows(sessionId) };
    for (const refused of [
      await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: input() }),
      await coach.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input: input() }),
    ])
      expect([refused.code, refused.extensions.reason]).toContain(expected);
    expect({ sessions: await sessionCount(), bookings: await bookingCount(), moved: await rows(sessionId) }).toEqual(before);
    expect(await requestStatus(requestId)).toBe('ASSIGNED');
  });

  it('refuses a session on a closure with the closure named, booked or moved', async () => {
    const requestId = await assignedRequest();
    const { sessionId } = await sessionInRoom();
    const closed = nextEvening();
    await staff.data(CREATE_CLOSURE, { input: { locationId, start: closed.start, end: closed.end, reason: 'Betriebsausflug' } });
    const before = { sessions: await sessionCount(), moved: await rows(sessionId) };
    for (const refused of [
      await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: { ...closed, roomId } }),
      await coach.errorCode(MOVE_COACHING_SESSION, { id: sessionId, input: { ...closed, roomId } }),
    ])
      expect(JSON.stringify(refused.extensions)).toContain('Betriebsausflug');
    expect({ sessions: await sessionCount(), moved: await rows(sessionId) }).toEqual(before);
  });

  it('refuses a 50 kB cancellation reason and keeps the session', async () => {
    const { sessionId } = await sessionInRoom();
    const before = await rows(sessionId);
    const refused = await member.errorCode(CANCEL_COACHING_SESSION, { id: sessionId, reason: 'x'.repeat(50_000) });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'reason', reason: 'TOO_LONG' } });
    expect(await rows(sessionId)).toEqual(before);
  });
});

describe(`a room conflict under concurrency on ${ENGINE}`, () => {
  it('lets one of two sessions booked at once for the same slot win; the other gets BOOKING_CONFLICT', async () => {
    const [first, second] = [await assignedRequest(), await assignedRequest()];
    const when = nextEvening();
    const results = await Promise.all(
      [first, second].map((requestId) => coach.request(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } })),
    );
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['BOOKING_CONFLICT']);
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM coaching_session WHERE starts_at = $1', [when.start]))[0]?.n).toBe(
      1,
    );
  });

  it('lets one of a session and a booking made at once win; the other gets BOOKING_CONFLICT', async () => {
    const requestId = await assignedRequest();
    const when = nextEvening();
    const results = await Promise.all([
      coach.request(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } }),
      member.request(CREATE_BOOKING, { input: { roomId, organizationId, title: 'Vorstand', category: 'MEETING', ...when } }),
    ]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['BOOKING_CONFLICT']);
    const held = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM booking WHERE room_id = $1 AND starts_at = $2 AND status <> 'CANCELLED'`,
      [roomId, when.start],
    );
    expect(held[0]?.n).toBe(1);
    const sessionHeld = !results[0].errors;
    expect(await requestStatus(requestId)).toBe(sessionHeld ? 'SCHEDULED' : 'ASSIGNED');
  });
});

describe(`cancelling a session and its booking at once, on ${ENGINE}`, () => {
  it('lets one win and refuses the other with a typed error, never a deadlock', async () => {
    for (let round = 0; round < 5; round++) {
      const { requestId, sessionId, booking } = await sessionInRoom();
      const results = await Promise.all([
        staff.request(CANCEL_WITH_REASON, { id: booking!.id, expectedVersion: 1, reason: 'Wasserschaden' }),
        member.request(CANCEL_COACHING_SESSION, { id: sessionId, reason: 'Krank' }),
      ]);
      expect(results.filter((result) => !result.errors).length).toBe(1);
      const refusal = results.flatMap((result) => result.errors ?? [])[0]?.extensions;
      expect(['ALREADY_CANCELLED', 'STALE_VERSION']).toContain(refusal?.reason ?? refusal?.code);
      const after = await rows(sessionId);
      expect([after.session.status, after.booking?.status]).toEqual(['CANCELLED', 'CANCELLED']);
      expect(await requestStatus(requestId)).toBe('ASSIGNED');
    }
  });
});

describe(`who reads a session’s booking on the calendar, on ${ENGINE}`, () => {
  it('shows the coach of the session and the MO its title and MO; others the room taken; strangers nothing', async () => {
    // today, so that the house's wall display reads it too
    const today = { start: '2026-06-01T18:00:00+02:00', end: '2026-06-01T19:00:00+02:00' };
    await sessionInRoom({ start: new Date(today.start).toISOString(), end: new Date(today.end).toISOString() });
    const display = app.client();
    display.displayToken = (await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: locationId }))
      .createDisplayLink.token as string;
    const seenBy = async (client: ApiClient) => {
      const { bookings } = await client.data(BOOKINGS, { from: today.start, to: today.end, locationIds: [locationId] });
      const found = (
        bookings as Array<{ room: { id: string }; title: string | null; category: string | null; organization: { id: string } | null }>
      ).find((booking) => booking.room.id === roomId);
      return found ? { title: found.title, category: found.category, organization: found.organization?.id ?? null } : 'not listed';
    };
    const full = { title: 'Coaching', category: 'COACHING', organization: organizationId };
    const taken = { title: null, category: null, organization: null };
    expect(await seenBy(coach)).toEqual(full);
    expect(await seenBy(member)).toEqual(full);
    expect(await seenBy(staff)).toEqual(full);
    expect(await seenBy(otherCoach)).toEqual(taken);
    expect(await seenBy(otherMember)).toEqual(taken);
    expect(await seenBy(display)).toEqual(taken);
    // strangers read PUBLIC bookings only, like every PRIVATE one
    expect(await seenBy(app.client())).toBe('not listed');
  });

  it('tells open calendars live the same: the coach and the MO read it, another coach and another MO the room taken', async () => {
    type Event = { bookingChanged: { booking: { title: string | null; organization: { id: string } | null } } };
    const readers = { coach, member, otherCoach, otherMember };
    const streams = await subscribed(app, 4, () =>
      Object.values(readers).map((client) => collect<Event>(client.subscriptions(), BOOKING_CHANGED, { locationIds: [locationId] })),
    );
    await sessionInRoom();
    const seen = await Promise.all(
      streams.map(async (stream) => {
        const [event] = await stream.waitFor(1);
        stream.dispose();
        return event?.bookingChanged.booking.title ?? null;
      }),
    );
    expect(Object.fromEntries(Object.keys(readers).map((name, index) => [name, seen[index]]))).toEqual({
      coach: 'Coaching',
      member: 'Coaching',
      otherCoach: null,
      otherMember: null,
    });
    await Promise.all(Object.values(readers).map((client) => client.closeSockets()));
  });

  it('offers the MO no booking edit of it (it moves as a session), and logs it with its coach for live readers', async () => {
    const { booking } = await sessionInRoom();
    const when = await query<{ starts_at: Date; ends_at: Date }>('SELECT starts_at, ends_at FROM booking WHERE id = $1', [booking!.id]);
    const range = { from: new Date(when[0]!.starts_at).toISOString(), to: new Date(when[0]!.ends_at).toISOString() };
    const canManage = async (client: ApiClient) =>
      ((await client.data(BOOKINGS, range)).bookings as Array<{ id: string; canManage: boolean }>).find((seen) => seen.id === booking!.id)
        ?.canManage;
    expect(await canManage(member)).toBe(false);
    expect(await canManage(staff)).toBe(true);
    // the change feed builds each reader's view from the logged snapshot: it names the session's coach
    const [created] = await query<{ after: { sessionCoachId: string | null } }>(
      `SELECT after FROM change_log WHERE entity = 'BOOKING' AND entity_id = $1 AND action = 'CREATED'`,
      [booking!.id],
    );
    expect(created?.after.sessionCoachId).toBe(coachId);
  });
});

describe('closing a request', () => {
  it('cancels its coming sessions, frees their rooms and logs each as cancelled; one that has begun stays', async () => {
    const begun = { start: '2026-06-01T18:00:00.000Z', end: '2026-06-01T19:00:00.000Z' };
    const { requestId, sessionId: begunId } = await sessionInRoom(begun);
    const coming = nextEvening();
    const inRoom = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...coming, roomId } });
    const online = await coach.data(SCHEDULE_COACHING_SESSION, {
      requestId,
      input: { ...nextEvening(), onlineUrl: 'https://meet.example/z' },
    });
    app.clock.set('2026-06-01T18:30:00Z');
    try {
      const { closeCoachingRequest } = await member.data(CLOSE_COACHING_REQUEST, { requestId, outcome: 'Wir kommen allein weiter' });
      expect(closeCoachingRequest.status).toBe('CLOSED');
      const inRoomAfter = await rows(inRoom.scheduleCoachingSession.id as string);
      expect([inRoomAfter.session.status, inRoomAfter.booking?.status]).toEqual(['CANCELLED', 'CANCELLED']);
      expect((await rows(online.scheduleCoachingSession.id as string)).session.status).toBe('CANCELLED');
      const begunAfter = await rows(begunId);
      expect([begunAfter.session.status, begunAfter.booking?.status]).toEqual(['SCHEDULED', 'CONFIRMED']);
      for (const id of [inRoom.scheduleCoachingSession.id as string, online.scheduleCoachingSession.id as string])
        expect((await sessionLog(id)).map((entry) => entry.action)).toEqual(['CREATED', 'CANCELLED']);
      expect((await sessionLog(begunId)).map((entry) => entry.action)).toEqual(['CREATED']);
      // the coming room is free again
      await factory.booking({ roomId, organizationId, ...coming });
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });
});

describe('a session’s booking and the MO’s quota', () => {
  it('does not count: a twelve-hour session leaves the MO its day', async () => {
    const requestId = await assignedRequest();
    // Wednesday 2 September 2026, 8:00–20:00 in Leipzig: the day's twelve hours
    const day = { start: '2026-09-02T06:00:00.000Z', end: '2026-09-02T18:00:00.000Z' };
    await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...day, roomId } });
    const { createBooking } = await member.data(CREATE_BOOKING, {
      input: {
        roomId: otherRoomId,
        organizationId,
        title: 'Vorstand',
        category: 'MEETING',
        start: day.start,
        end: '2026-09-02T07:00:00.000Z',
      },
    });
    expect(createBooking.status).toBe('CONFIRMED');
  });
});

describe('another coach for a scheduled request', () => {
  it('is assigned by staff and takes the sessions over; the request stays SCHEDULED', async () => {
    const { requestId, sessionId, booking, when } = await sessionInRoom();
    const { assignCoach } = await staff.data(ASSIGN_COACH, { requestId, coachId: otherCoachId });
    expect(assignCoach).toMatchObject({ status: 'SCHEDULED', coach: { id: otherCoachId } });
    const { coachingRequest } = await otherCoach.data(COACHING_REQUEST, { id: requestId });
    expect(coachingRequest.sessions).toEqual([expect.objectContaining({ id: sessionId, status: 'SCHEDULED' })]);
    expect((await coach.errorCode(COACHING_REQUEST, { id: requestId })).code).toBe('NOT_FOUND');
    const { bookings } = await otherCoach.data(BOOKINGS, { from: when.start, to: when.end });
    expect((bookings as Array<{ id: string; title: string | null }>).find((seen) => seen.id === booking!.id)?.title).toBe('Coaching');
    const { moveCoachingSession } = await otherCoach.data(MOVE_COACHING_SESSION, { id: sessionId, input: { ...nextEvening(), roomId } });
    expect(moveCoachingSession.status).toBe('SCHEDULED');
  });
});

describe(`writes that meet over a session, on ${ENGINE}`, () => {
  const untyped = (results: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
    results
      .flatMap((result) => result.errors ?? [])
      .filter((error) => !['BAD_USER_INPUT', 'STALE_VERSION'].includes(String(error.extensions?.code)));

  it('closing, cancelling the session, cancelling its booking and moving it at once: typed refusals, never a deadlock', async () => {
    for (let round = 0; round < 5; round++) {
      const { requestId, sessionId, booking } = await sessionInRoom();
      const results = await Promise.all([
        member.request(CLOSE_COACHING_REQUEST, { requestId, outcome: 'Erledigt' }),
        staff.request(CANCEL_WITH_REASON, { id: booking!.id, expectedVersion: 1, reason: 'Wasserschaden' }),
        coach.request(CANCEL_COACHING_SESSION, { id: sessionId }),
        coach.request(MOVE_COACHING_SESSION, { id: sessionId, input: { ...nextEvening(), roomId: otherRoomId } }),
      ]);
      expect(untyped(results)).toEqual([]);
      expect(results[0].errors).toBeUndefined();
      expect(await requestStatus(requestId)).toBe('CLOSED');
      expect((await rows(sessionId)).session.status).toBe('CANCELLED');
      const active = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM booking b JOIN coaching_session s ON s.booking_id = b.id
          WHERE s.request_id = $1 AND b.status <> 'CANCELLED'`,
        [requestId],
      );
      expect(active[0]?.n).toBe(0);
    }
  });

  it('a closure moving a session’s booking while the session is moved: typed refusals, never a deadlock', async () => {
    for (let round = 0; round < 5; round++) {
      const { sessionId, when, booking } = await sessionInRoom();
      const { createClosure } = await staff.data(CREATE_CLOSURE, {
        input: { locationId, roomId, start: when.start, end: when.end, reason: 'Renovierung' },
        decisions: [{ bookingId: booking!.id, action: 'KEEP' }],
      });
      const later = nextEvening();
      const results = await Promise.all([
        staff.request(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId: otherRoomId }),
        member.request(MOVE_COACHING_SESSION, { id: sessionId, input: { ...later, roomId } }),
      ]);
      expect(untyped(results)).toEqual([]);
      const after = await rows(sessionId);
      expect(after.booking).toMatchObject({ status: 'CONFIRMED', room_id: after.session.room_id });
    }
  });
});
