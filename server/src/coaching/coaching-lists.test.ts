import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, countQueries, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory, WEEKDAYS_8_TO_22 } from '../../test/factories.js';
import { ASSIGN_COACH, REQUEST_COACHING, SCHEDULE_COACHING_SESSION } from '../../test/documents.js';

/** A list as the coaching pages read it, with each request's sessions and their rooms and houses. */
const REQUESTS_WITH_SESSIONS = `query ($organizationId: ID) {
  coachingRequests(organizationId: $organizationId) {
    id status sessions { id start onlineUrl room { id name location { id name } } }
  }
}`;

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let coach: ApiClient;
let coachId: string;
let organizationId: string;
let rooms: string[];

// Monday 1 June 2026, 10:00 in Leipzig; the houses open on weekdays 8–22
beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  const houses = await Promise.all([1, 2].map(() => factory.location({ openingHours: WEEKDAYS_8_TO_22 })));
  rooms = await Promise.all(houses.map(async (house) => (await factory.room({ locationId: house.id })).id));
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  const coachLogin = await factory.coachClient();
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
});

afterAll(async () => {
  await app?.stop();
});

let week = 0;
/** A request assigned to the coach, with one session in each room given (a new week each, so none meet) and one online. */
async function requestWithSessions(roomIds: string[]): Promise<void> {
  const { requestCoaching } = await member.data(REQUEST_COACHING, {
    input: { organizationId, topic: 'FUNDING', text: 'Hilfe beim Antrag', languages: ['de'] },
  });
  await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId });
  for (const where of [...roomIds.map((roomId) => ({ roomId })), { onlineUrl: 'https://meet.example/kalyna' }]) {
    const start = new Date(Date.parse('2026-06-02T18:00:00+02:00') + week++ * 7 * 86_400_000);
    await coach.data(SCHEDULE_COACHING_SESSION, {
      requestId: requestCoaching.id,
      input: { start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString(), ...where },
    });
  }
}

describe(`a list of coaching requests on ${ENGINE}`, () => {
  it('costs the same queries for one request as for many, however many sessions and rooms they hold', async () => {
    await requestWithSessions([rooms[0]!]);
    // the change feed reads what the writes logged; that is not the list's cost
    await app.services.changeFeed.settle();
    const few = await countQueries(app, () => member.data(REQUESTS_WITH_SESSIONS, { organizationId }));
    for (let more = 0; more < 3; more++) await requestWithSessions(rooms);
    await app.services.changeFeed.settle();
    const many = await countQueries(app, () => member.data(REQUESTS_WITH_SESSIONS, { organizationId }));
    const { coachingRequests } = await member.data(REQUESTS_WITH_SESSIONS, { organizationId });
    const sessions = (coachingRequests as Array<{ sessions: Array<{ room: { location: { id: string } } | null }> }>).flatMap(
      (request) => request.sessions,
    );
    expect(coachingRequests).toHaveLength(4);
    expect(sessions).toHaveLength(2 + 3 * 3);
    expect(new Set(sessions.flatMap((session) => (session.room ? [session.room.location.id] : [])))).toHaveProperty('size', 2);
    expect(many).toEqual(few);
  });
});
