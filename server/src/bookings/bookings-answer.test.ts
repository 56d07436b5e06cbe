import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, countQueries, createTestApp, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING_SERIES } from '../../test/documents.js';

const WEEK = { from: '2027-05-03T00:00:00+02:00', to: '2027-05-10T00:00:00+02:00' };

/** The calendar's own selection (client/src/shared/directory.ts), as Apollo Client sends it: a fragment and __typename. */
const CALENDAR_QUERY = `query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {
  bookings(from: $from, to: $to, locationIds: $locationIds) {
    ...BookingFields
    __typename
  }
}
fragment BookingFields on Booking {
  id title category start end status visibility expectedAttendees notes version redacted canManage occurrenceStart
  series { id rrule __typename }
  room { id name locationId __typename }
  organization { id name shortName __typename }
  __typename
}`;

/** The same document with a directive on its root field: never pre-shaped, so graphql-js executes it. */
const executed = (query: string) => query.replace(/bookings\(([^)]*)\)/, 'bookings($1) @include(if: true)');

let app: TestApp;
let viewers: Record<string, ApiClient>;
let house: string;
let limited: TestApp | undefined;

beforeAll(async () => {
  app = await createTestApp({ now: '2027-04-20T08:00:00Z' });
  const factory = new Factory(app);
  const choir = (await factory.organization({ name: 'Chor Kalyna', shortName: 'Kalyna' })).id;
  const course = (await factory.organization({ name: 'Deutschkurs' })).id;
  house = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const hall = (await factory.room({ locationId: house, name: 'Saal' })).id;
  const kitchen = (await factory.room({ locationId: house, name: 'Küche' })).id;
  const staff = (await factory.staffClient()).client;
  viewers = {
    anonymous: new ApiClient(app.url),
    staff,
    'member of the MO': (await factory.memberClient(choir)).client,
    'member of another MO': (await factory.memberClient(course)).client,
    coach: (await factory.coachClient()).client,
  };
  // 4, 5 and 7 May: the 6th is Ascension Day, a public holiday
  for (const [index, visibility] of (['PUBLIC', 'MEMBERS', 'PRIVATE'] as const).entries())
    await factory.booking({
      roomId: index === 2 ? kitchen : hall,
      organizationId: choir,
      title: `Probe ${visibility}`,
      visibility,
      notes: `Notiz ${visibility}`,
      expectedAttendees: index === 0 ? 12 : null,
      start: `2027-05-0${[4, 5, 7][index]}T18:00:00+02:00`,
      end: `2027-05-0${[4, 5, 7][index]}T19:30:00+02:00`,
    });
  await staff.data(CREATE_BOOKING_SERIES, {
    input: {
      roomId: kitchen,
      organizationId: course,
      title: 'Kurs',
      category: 'MEETING',
      visibility: 'PUBLIC',
      start: '2027-05-03T10:00:00+02:00',
      end: '2027-05-03T12:00:00+02:00',
      rrule: 'FREQ=WEEKLY;COUNT=2',
    },
    onConflict: 'FAIL',
  });
  // written before anything is asked (and kept): a time with microseconds, which both paths cut to milliseconds
  await app.services.database.dataSource.query(`UPDATE booking SET updated_at = updated_at + interval '0.000999 seconds'`);
});

afterAll(async () => {
  await app?.stop();
  await limited?.stop();
});

describe('the calendar’s bookings, shaped without executing every field', () => {
  it.each(['anonymous', 'staff', 'member of the MO', 'member of another MO', 'coach'])(
    'answers %s exactly what graphql-js answers',
    async (viewer) => {
      const client = viewers[viewer]!;
      let preShaped: GraphQLResponse = { status: 0 };
      let reference: GraphQLResponse = { status: 0 };
      // the lean range query (its instants made ISO text by PostgreSQL) is the pre-shaped path's own
      const lean = (queries: string[]) => queries.some((query) => query.includes('to_char('));
      expect(lean(await countQueries(app, async () => (preShaped = await client.request(CALENDAR_QUERY, WEEK))))).toBe(true);
      expect(lean(await countQueries(app, async () => (reference = await client.request(executed(CALENDAR_QUERY), WEEK))))).toBe(false);
      expect(reference.errors).toBeUndefined();
      expect(JSON.stringify(preShaped.data)).toBe(JSON.stringify(reference.data));
      expect((preShaped.data as { bookings: unknown[] }).bookings.length).toBeGreaterThan(0);
    },
  );

  it('answers aliases, repeated fields, inline fragments and literals as graphql-js does', async () => {
    const query = `{ week: bookings(from: "${WEEK.from}", to: "${WEEK.to}", locationIds: ["${house}"]) {
      when: start id updatedAt ... on Booking { id room { name } title } room { id } ...F }
    } fragment F on Booking { organization { shortName } series { id } }`;
    for (const client of Object.values(viewers)) {
      const preShaped = await client.request(query);
      const reference = await client.request(executed(query));
      expect(JSON.stringify(preShaped.data)).toBe(JSON.stringify(reference.data));
    }
  });

  it('leaves invalid ranges and variables to Apollo, which words the error', async () => {
    const staff = viewers.staff!;
    const tooLong = await staff.request(CALENDAR_QUERY, { from: '2027-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG' });
    const notADate = await staff.request(CALENDAR_QUERY, { from: 'tomorrow', to: WEEK.to });
    expect(notADate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await staff.request(CALENDAR_QUERY, { ...WEEK, locationIds: ['not-a-uuid'] });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('one bookings request cannot hold a node for seconds', () => {
  it.each([
    ['pre-shaped', CALENDAR_QUERY],
    ['executed by graphql-js', executed(CALENDAR_QUERY)],
  ])('refuses a range with more bookings than the bound, typed, %s', async (_, query) => {
    limited ??= await createTestApp({
      now: '2027-04-20T08:00:00Z',
      config: { booking: { ...app.config.booking, maxBookingsPerAnswer: 4 } },
    });
    const factory = new Factory(limited);
    const organizationId = (await factory.organization()).id;
    const location = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
    const roomId = (await factory.room({ locationId: location })).id;
    const staff = (await factory.staffClient()).client;
    const day = query === CALENDAR_QUERY ? 11 : 12;
    for (let hour = 10; hour < 15; hour++)
      await factory.booking({
        roomId,
        organizationId,
        start: `2027-05-${day}T${hour}:00:00+02:00`,
        end: `2027-05-${day}T${hour}:30:00+02:00`,
      });
    const range = { from: `2027-05-${day}T00:00:00+02:00`, to: `2027-05-${day + 1}T00:00:00+02:00` };
    let refused: GraphQLResponse = { status: 0 };
    const queries = await countQueries(limited, async () => (refused = await staff.request(query, range)));
    // the range is read once (at most the bound and one more), also when graphql-js words the refusal
    expect(queries.filter((sql) => sql.startsWith('SELECT b.id'))).toHaveLength(1);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'bookings', max: 4 });
    // four fit: the morning alone is answered
    const morning = await staff.request(query, { from: range.from, to: `2027-05-${day}T14:00:00+02:00` });
    expect((morning.data as { bookings: unknown[] }).bookings).toHaveLength(4);
  });
});
