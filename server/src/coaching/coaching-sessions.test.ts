import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory, WEEKDAYS_8_TO_22 } from '../../test/factories.js';
import {
  ASSIGN_COACH,
  BOOKINGS,
  CANCEL_COACHING_SESSION,
  CLOSE_COACHING_REQUEST,
  COACHING_REQUEST,
  MOVE_COACHING_SESSION,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
} from '../../test/documents.js';
import { MAX_SESSIONS } from './coaching-session.service.js';

let app: TestApp;
let factory: Factory;
let organizationId: string;
let roomId: string;
let staff: ApiClient;
let member: ApiClient;
let otherMember: ApiClient;
let coach: ApiClient;
let coachId: string;
let otherCoach: ApiClient;

// Monday 1 June 2026, 10:00 in Leipzig; the house opens on weekdays 8–22
beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  const locationId = (await factory.location({ openingHours: WEEKDAYS_8_TO_22 })).id;
  roomId = (await factory.room({ locationId, capacity: 10 })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  otherMember = (await factory.memberClient((await factory.organization()).id)).client;
  const coachLogin = await factory.coachClient();
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
  otherCoach = (await factory.coachClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

let day = 0;
/** An hour on a coming weekday evening, a new day each time so that sessions of different tests never meet. */
function nextEvening() {
  const start = new Date(Date.parse('2026-06-02T18:00:00+02:00') + day++ * 7 * 86_400_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() };
}

async function assignedRequest(): Promise<string> {
  const { requestCoaching } = await member.data(REQUEST_COACHING, {
    input: { organizationId, topic: 'FUNDING', text: 'Hilfe beim Antrag', languages: ['de'] },
  });
  await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId });
  return requestCoaching.id as string;
}

const sessionCount = async () =>
  (await app.services.database.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM coaching_session'))[0]?.n;

describe('a coaching session in a room', () => {
  it('is booked by the coach as a PRIVATE booking of the MO: the MO reads it, others see the room taken', async () => {
    const requestId = await assignedRequest();
    const when = nextEvening();
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    expect(scheduleCoachingSession).toMatchObject({ status: 'SCHEDULED', room: { id: roomId }, onlineUrl: null });
    const { coachingRequest } = await member.data(COACHING_REQUEST, { id: requestId });
    expect(coachingRequest.status).toBe('SCHEDULED');
    expect(coachingRequest.sessions).toHaveLength(1);

    const range = { from: when.start, to: when.end };
    const titleFor = async (client: ApiClient) =>
      ((await client.data(BOOKINGS, range)).bookings as Array<{ room: { id: string }; title: string | null }>).find(
        (booking) => booking.room.id === roomId,
      )?.title;
    expect(await titleFor(member)).toBe('Coaching');
    expect(await titleFor(otherMember)).toBeNull();
  });

  it('is refused with BOOKING_CONFLICT naming the taken slot, and nothing is written', async () => {
    const requestId = await assignedRequest();
    const when = nextEvening();
    await factory.booking({ roomId, organizationId, ...when });
    const before = await sessionCount();
    const refused = await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    expect(refused.code).toBe('BOOKING_CONFLICT');
    expect(refused.extensions.slots).toEqual([expect.objectContaining({ roomId, start: new Date(when.start).toISOString() })]);
    expect(await sessionCount()).toBe(before);
    expect((await member.data(COACHING_REQUEST, { id: requestId })).coachingRequest.status).toBe('ASSIGNED');
  });

  it('keeps to the house: refused outside the opening hours and in the past', async () => {
    const requestId = await assignedRequest();
    const late = { start: '2026-06-02T22:00:00+02:00', end: '2026-06-02T23:00:00+02:00' };
    expect((await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: { ...late, roomId } })).code).toBe(
      'OUTSIDE_OPENING_HOURS',
    );
    const past = { start: '2026-05-29T18:00:00+02:00', end: '2026-05-29T19:00:00+02:00' };
    expect((await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: { ...past, roomId } })).extensions).toMatchObject({
      reason: 'IN_THE_PAST',
    });
  });

  it('is cancelled by the MO: the room is free again and the request waits for a new session', async () => {
    const requestId = await assignedRequest();
    const when = nextEvening();
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    const { cancelCoachingSession } = await member.data(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id, reason: 'Krank' });
    expect(cancelCoachingSession).toMatchObject({ status: 'CANCELLED', cancelReason: 'Krank' });
    expect((await member.data(COACHING_REQUEST, { id: requestId })).coachingRequest.status).toBe('ASSIGNED');
    await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    expect((await member.errorCode(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id })).extensions.reason).toBe(
      'ALREADY_CANCELLED',
    );
  });
});

describe('a coaching session online', () => {
  it('takes an https link instead of a room', async () => {
    const requestId = await assignedRequest();
    const input = { ...nextEvening(), onlineUrl: 'https://meet.example/kalyna' };
    const { scheduleCoachingSession } = await staff.data(SCHEDULE_COACHING_SESSION, { requestId, input });
    expect(scheduleCoachingSession).toMatchObject({ room: null, onlineUrl: 'https://meet.example/kalyna' });
  });

  it.each([
    ['neither a room nor a link', {}, 'roomId', 'REQUIRED'],
    ['both a room and a link', { roomId: 'ROOM', onlineUrl: 'https://meet.example/x' }, 'roomId', 'REQUIRED'],
    ['a link that is not https', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'INVALID'],
  ])('refuses %s', async (_name, given, field, reason) => {
    const requestId = await assignedRequest();
    const input = { ...nextEvening(), ...given, ...('roomId' in given ? { roomId } : {}) };
    expect((await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input })).extensions).toMatchObject({ field, reason });
  });
});

describe('who books a session', () => {
  it('is the request’s coach or staff, not the MO, another coach, or anyone before a coach is assigned', async () => {
    const requestId = await assignedRequest();
    const input = { ...nextEvening(), onlineUrl: 'https://meet.example/x' };
    expect((await member.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input })).code).toBe('FORBIDDEN');
    expect((await otherCoach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input })).code).toBe('NOT_FOUND');
    expect((await otherMember.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input })).code).toBe('NOT_FOUND');
    const { requestCoaching } = await member.data(REQUEST_COACHING, {
      input: { organizationId, topic: 'EVENTS', text: 'Fest', languages: ['de'] },
    });
    expect((await staff.errorCode(SCHEDULE_COACHING_SESSION, { requestId: requestCoaching.id, input })).extensions).toMatchObject({
      reason: 'WRONG_STATUS',
      limit: 'REQUESTED',
    });
  });
});

// this evening, so that the clock moved past a session does not outlast anyone's sign-in
describe('cancelling a session that has taken place', () => {
  it('is refused with PAST_BOOKING for the MO and the coach; staff may still', async () => {
    const requestId = await assignedRequest();
    const when = { start: '2026-06-01T16:00:00.000Z', end: '2026-06-01T17:00:00.000Z' };
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    app.clock.set(new Date(Date.parse(when.end) + 60_000).toISOString());
    try {
      for (const client of [member, coach])
        expect((await client.errorCode(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id })).extensions).toMatchObject({
          field: 'id',
          reason: 'PAST_BOOKING',
        });
      expect((await member.data(COACHING_REQUEST, { id: requestId })).coachingRequest.status).toBe('SCHEDULED');
      const { cancelCoachingSession } = await staff.data(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id });
      expect(cancelCoachingSession.status).toBe('CANCELLED');
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });

  it('is refused with WRONG_STATUS on a closed request, also for staff, and the request stays closed', async () => {
    const requestId = await assignedRequest();
    const when = { start: '2026-06-01T17:00:00.000Z', end: '2026-06-01T18:00:00.000Z' };
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when, roomId } });
    app.clock.set(new Date(Date.parse(when.end) + 60_000).toISOString());
    try {
      await member.data(CLOSE_COACHING_REQUEST, { requestId, outcome: 'Antrag ist raus' });
      const refused = await staff.errorCode(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id });
      expect(refused.extensions).toMatchObject({ reason: 'WRONG_STATUS', limit: 'CLOSED' });
      const { coachingRequest } = await member.data(COACHING_REQUEST, { id: requestId });
      expect(coachingRequest.status).toBe('CLOSED');
      expect(coachingRequest.sessions).toEqual([expect.objectContaining({ status: 'SCHEDULED' })]);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });
});

describe('an online session’s time', () => {
  it.each([
    ['that runs until the year 2100', () => ({ start: nextEvening().start, end: '2100-01-01T00:00:00Z' }), 'TOO_LONG_DURATION'],
    ['of thirteen hours', () => ({ start: '2026-06-03T07:00:00Z', end: '2026-06-03T20:00:00Z' }), 'TOO_LONG_DURATION'],
    ['off the booking grid', () => ({ start: '2026-06-03T07:07:00Z', end: '2026-06-03T08:00:00Z' }), 'NOT_ON_GRID'],
  ])('is held to the same range as a room’s: refuses one %s, booked or moved', async (_name, when, reason) => {
    const requestId = await assignedRequest();
    const online = { onlineUrl: 'https://meet.example/lang' };
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...nextEvening(), ...online } });
    const before = await sessionCount();
    for (const refused of [
      await coach.errorCode(SCHEDULE_COACHING_SESSION, { requestId, input: { ...when(), ...online } }),
      await coach.errorCode(MOVE_COACHING_SESSION, { id: scheduleCoachingSession.id, input: { ...when(), ...online } }),
    ])
      expect(refused.extensions).toMatchObject({ reason });
    expect(await sessionCount()).toBe(before);
  });
});

describe('a session of another MO’s request', () => {
  it('is NOT_FOUND as the session, never naming its request', async () => {
    const requestId = await assignedRequest();
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, {
      requestId,
      input: { ...nextEvening(), onlineUrl: 'https://meet.example/x' },
    });
    const id = scheduleCoachingSession.id as string;
    for (const client of [otherMember, otherCoach])
      for (const refused of [
        await client.errorCode(CANCEL_COACHING_SESSION, { id }),
        await client.errorCode(MOVE_COACHING_SESSION, { id, input: { ...nextEvening(), onlineUrl: 'https://meet.example/y' } }),
      ]) {
        expect(refused).toMatchObject({ code: 'NOT_FOUND', extensions: { entity: 'CoachingSession', id } });
        expect(JSON.stringify(refused)).not.toContain(requestId);
      }
  });
});

describe('how many sessions a request holds', () => {
  const insertSessions = (requestId: string, count: number, status: 'SCHEDULED' | 'CANCELLED') =>
    app.services.database.dataSource.query(
      `INSERT INTO coaching_session (request_id, online_url, starts_at, ends_at, status)
       SELECT $1, 'https://meet.example/s', $2::timestamptz + n * interval '1 day', $2::timestamptz + n * interval '1 day' + interval '1 hour', $3
         FROM generate_series(1, $4::int) AS n`,
      [requestId, '2026-09-01T16:00:00Z', status, count],
    );

  it('counts only the scheduled ones against the limit: cancelled ones leave room for more', async () => {
    const requestId = await assignedRequest();
    await insertSessions(requestId, MAX_SESSIONS, 'CANCELLED');
    const input = { ...nextEvening(), onlineUrl: 'https://meet.example/x' };
    const { scheduleCoachingSession } = await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input });
    expect(scheduleCoachingSession.status).toBe('SCHEDULED');
    await insertSessions(requestId, MAX_SESSIONS - 1, 'SCHEDULED');
    const refused = await coach.errorCode(SCHEDULE_COACHING_SESSION, {
      requestId,
      input: { ...nextEvening(), onlineUrl: 'https://meet.example/x' },
    });
    expect(refused.extensions).toMatchObject({ field: 'requestId', reason: 'OUT_OF_RANGE', limit: MAX_SESSIONS });
  });
});
