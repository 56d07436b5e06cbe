import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApiClient,
  ENGINE,
  collect,
  createTestApp,
  healthWhile,
  overlappingBookings,
  subscribed,
  type TestApp,
} from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import {
  BOOKING_CHANGED,
  BOOKING_SERIES,
  BOOKINGS,
  CANCEL_BOOKING_SERIES,
  CREATE_BOOKING,
  CREATE_BOOKING_SERIES,
  MOVE_BOOKING,
  PREVIEW_BOOKING_SERIES,
  RESTORE_SERIES_OCCURRENCE,
  UPDATE_BOOKING_SERIES,
} from '../../test/documents.js';

interface Occurrence {
  start: string;
  end: string;
  status: string;
  reason: string | null;
  holiday: string | null;
  conflicting: { id: string; title: string | null }[];
}
interface SeriesBooking {
  id: string;
  start: string;
  end: string;
  status: string;
  version: number;
  occurrenceStart: string | null;
  series: { id: string; rrule: string } | null;
}
interface CreatedSeries {
  series: { id: string; rrule: string; version: number };
  created: SeriesBooking[];
  skipped: Occurrence[];
}

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let locationId: string;
let roomId: string;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  locationId = (await factory.location({ name: 'Zschochersche Str. 50' })).id;
  roomId = (await factory.room({ locationId, name: 'Großer Saal' })).id;
  organizationId = (await factory.organization({ name: 'Chor Nadija e.V.' })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

/** A weekly choir rehearsal 18:00–20:30 in Leipzig from `firstDay` (yyyy-mm-dd), by `rrule`. */
function choir(firstDay: string, rrule: string, room = roomId) {
  const offset =
    Number(new Date(`${firstDay}T12:00:00Z`).toLocaleString('en', { timeZone: 'Europe/Berlin', hour: 'numeric', hour12: false })) - 12;
  const zone = `+0${offset}:00`;
  return {
    roomId: room,
    organizationId,
    title: 'Chorprobe',
    category: 'CHOIR',
    start: `${firstDay}T18:00:00${zone}`,
    end: `${firstDay}T20:30:00${zone}`,
    rrule,
  };
}

const wallTime = (instant: string) =>
  new Date(instant).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' });

async function createSeries(client: ApiClient, input: ReturnType<typeof choir>, onConflict: 'FAIL' | 'SKIP' = 'FAIL') {
  return (await client.data<{ createBookingSeries: CreatedSeries }>(CREATE_BOOKING_SERIES, { input, onConflict })).createBookingSeries;
}

async function countRows(table: 'booking' | 'booking_series'): Promise<number> {
  const rows: Array<{ count: string }> = await app.services.database.dataSource.query(`SELECT count(*)::text AS count FROM ${table}`);
  return Number(rows[0]?.count);
}

describe('a booking series', () => {
  it('previews a spring season: 18:00 stays 18:00 across the switch to summer time, Easter and Whit Monday are holidays', async () => {
    const { previewBookingSeries } = await member.data<{ previewBookingSeries: { occurrences: Occurrence[] } }>(PREVIEW_BOOKING_SERIES, {
      input: choir('2027-03-01', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270531T235959'),
    });
    const occurrences = previewBookingSeries.occurrences;
    expect(occurrences).toHaveLength(14);
    expect(new Set(occurrences.map((occurrence) => wallTime(occurrence.start)))).toEqual(new Set(['Mo., 18:00']));
    expect(occurrences[0]!.start).toBe('2027-03-01T17:00:00.000Z');
    expect(occurrences[5]!.start).toBe('2027-04-05T16:00:00.000Z');
    const holidays = occurrences.filter((occurrence) => occurrence.status !== 'FREE');
    expect(holidays).toEqual([
      expect.objectContaining({ start: '2027-03-29T16:00:00.000Z', status: 'HOLIDAY', holiday: 'EASTER_MONDAY', reason: 'Ostermontag' }),
      expect.objectContaining({ start: '2027-05-17T16:00:00.000Z', status: 'HOLIDAY', holiday: 'WHIT_MONDAY', reason: 'Pfingstmontag' }),
    ]);
    expect(await countRows('booking_series')).toBe(0);
  });

  it('books an autumn season in one go, skips Buß- und Bettag and says so, and keeps 18:00 across the switch to winter time', async () => {
    const result = await createSeries(member, choir('2026-10-21', 'FREQ=WEEKLY;COUNT=6'));
    expect(result.created.map((booking) => booking.start)).toEqual([
      '2026-10-21T16:00:00.000Z',
      '2026-10-28T17:00:00.000Z',
      '2026-11-04T17:00:00.000Z',
      '2026-11-11T17:00:00.000Z',
      '2026-11-25T17:00:00.000Z',
    ]);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        start: '2026-11-18T17:00:00.000Z',
        status: 'HOLIDAY',
        holiday: 'REPENTANCE_DAY',
        reason: 'Buß- und Bettag',
      }),
    ]);
    expect(result.created.every((booking) => booking.series?.id === result.series.id)).toBe(true);
    expect(result.created.map((booking) => booking.occurrenceStart)).toEqual(result.created.map((booking) => booking.start));
    expect(result.series.rrule).toBe('FREQ=WEEKLY;COUNT=6');
  });

  it('expands "every 2nd Tuesday of the month" to the right days', async () => {
    const { previewBookingSeries } = await member.data<{ previewBookingSeries: { occurrences: Occurrence[] } }>(PREVIEW_BOOKING_SERIES, {
      input: choir('2026-09-08', 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4'),
    });
    expect(previewBookingSeries.occurrences.map((occurrence) => occurrence.start)).toEqual([
      '2026-09-08T16:00:00.000Z',
      '2026-10-13T16:00:00.000Z',
      '2026-11-10T17:00:00.000Z',
      '2026-12-08T17:00:00.000Z',
    ]);
  });

  it('with FAIL writes nothing when one date is taken, and names that date and the booking in the way', async () => {
    const taken = await factory.booking({
      roomId,
      organizationId: (await factory.organization()).id,
      title: 'Sprachcafé',
      visibility: 'PRIVATE',
      start: '2026-07-14T18:30:00+02:00',
      end: '2026-07-14T19:30:00+02:00',
    });
    const [bookings, series] = [await countRows('booking'), await countRows('booking_series')];
    const { code, extensions } = await member.errorCode(CREATE_BOOKING_SERIES, {
      input: choir('2026-06-30', 'FREQ=WEEKLY;BYDAY=TU;COUNT=5'),
      onConflict: 'FAIL',
    });
    expect(code).toBe('BOOKING_CONFLICT');
    expect(extensions.slots).toEqual([
      { roomId, start: '2026-07-14T16:00:00.000Z', end: '2026-07-14T18:30:00.000Z', conflictIds: [taken.id] },
    ]);
    expect(extensions.conflicts).toEqual([expect.objectContaining({ id: taken.id, start: '2026-07-14T16:30:00.000Z' })]);
    expect([await countRows('booking'), await countRows('booking_series')]).toEqual([bookings, series]);

    const preview = await member.data<{ previewBookingSeries: { occurrences: Occurrence[] } }>(PREVIEW_BOOKING_SERIES, {
      input: choir('2026-06-30', 'FREQ=WEEKLY;BYDAY=TU;COUNT=5'),
    });
    expect(preview.previewBookingSeries.occurrences.map((occurrence) => occurrence.status)).toEqual([
      'FREE',
      'FREE',
      'CONFLICT',
      'FREE',
      'FREE',
    ]);
    // a private booking of another MO is named by time only: its title stays hidden from this member
    expect(preview.previewBookingSeries.occurrences[2]!.conflicting).toEqual([expect.objectContaining({ id: taken.id, title: null })]);
  });

  it('with SKIP books the free dates and names the skipped one with the booking in the way', async () => {
    const room = (await factory.room({ locationId })).id;
    const taken = await factory.booking({
      roomId: room,
      organizationId,
      title: 'Vorstand',
      start: '2026-07-15T20:00:00+02:00',
      end: '2026-07-15T21:00:00+02:00',
    });
    const result = await createSeries(member, choir('2026-07-01', 'FREQ=WEEKLY;COUNT=4', room), 'SKIP');
    expect(result.created).toHaveLength(3);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        start: '2026-07-15T16:00:00.000Z',
        status: 'CONFLICT',
        conflicting: [expect.objectContaining({ id: taken.id, title: 'Vorstand' })],
      }),
    ]);
  });

  it('refuses a rule it cannot keep with a typed reason', async () => {
    for (const [rrule, reason] of [
      ['FREQ=HOURLY;COUNT=3', 'INVALID_RRULE'],
      ['FREQ=WEEKLY', 'INVALID_RRULE'],
      ['FREQ=WEEKLY;COUNT=3;UNTIL=20270101T000000Z', 'INVALID_RRULE'],
      ['FREQ=WEEKLY;UNTIL=20300101T000000Z', 'TOO_FAR_AHEAD'],
      ['FREQ=DAILY;COUNT=100000', 'INVALID_RRULE'],
      ['FREQ=WEEKLY;BYDAY=XX;COUNT=2', 'INVALID_RRULE'],
    ] as const) {
      const { code, extensions } = await member.errorCode(CREATE_BOOKING_SERIES, { input: choir('2026-09-01', rrule) });
      expect({ rrule, code, reason: extensions.reason, field: extensions.field }).toEqual({
        rrule,
        code: 'BAD_USER_INPUT',
        reason,
        field: 'rrule',
      });
    }
  });

  it('is for the member’s own MO only', async () => {
    const stranger = (await factory.memberClient((await factory.organization()).id)).client;
    expect((await stranger.errorCode(CREATE_BOOKING_SERIES, { input: choir('2026-09-02', 'FREQ=WEEKLY;COUNT=2') })).code).toBe('FORBIDDEN');
  });
});

describe('changing a series', () => {
  it('"this and following" splits the series: earlier dates keep their times and series, later ones answer with the new series', async () => {
    const room = (await factory.room({ locationId })).id;
    const created = await createSeries(member, choir('2026-09-01', 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', room));
    const fourth = created.created[3]!;
    const { updateBookingSeries } = await member.data(UPDATE_BOOKING_SERIES, {
      seriesId: created.series.id,
      fromStart: fourth.occurrenceStart,
      input: { startTime: '19:00', endTime: '21:00', title: 'Chorprobe (neue Zeit)' },
      expectedVersion: created.series.version,
    });
    expect(updateBookingSeries.series.id).not.toBe(created.series.id);
    expect(updateBookingSeries.bookings.map((booking: SeriesBooking) => booking.id)).toEqual(
      created.created.slice(3).map((booking) => booking.id),
    );

    const { bookings } = await member.data<{ bookings: (SeriesBooking & { title: string })[] }>(BOOKINGS, {
      from: '2026-09-01T00:00:00Z',
      to: '2026-10-10T00:00:00Z',
      roomIds: [room],
    });
    expect(bookings.map((booking) => [wallTime(booking.start), booking.title, booking.series?.id])).toEqual([
      ['Di., 18:00', 'Chorprobe', created.series.id],
      ['Di., 18:00', 'Chorprobe', created.series.id],
      ['Di., 18:00', 'Chorprobe', created.series.id],
      ['Di., 19:00', 'Chorprobe (neue Zeit)', updateBookingSeries.series.id],
      ['Di., 19:00', 'Chorprobe (neue Zeit)', updateBookingSeries.series.id],
      ['Di., 19:00', 'Chorprobe (neue Zeit)', updateBookingSeries.series.id],
    ]);
    expect(bookings[0]!.version).toBe(1);
    const old = (await member.data(BOOKING_SERIES, { id: created.series.id })).bookingSeries;
    expect(old.dates.map((date: { status: string }) => date.status)).toEqual(['BOOKED', 'BOOKED', 'BOOKED']);
    const later = (await member.data(BOOKING_SERIES, { id: updateBookingSeries.series.id })).bookingSeries;
    expect(later.dates).toHaveLength(3);

    // the version the member saw is now stale
    expect(
      (
        await member.errorCode(UPDATE_BOOKING_SERIES, {
          seriesId: created.series.id,
          input: { title: 'Egal' },
          expectedVersion: created.series.version,
        })
      ).code,
    ).toBe('STALE_VERSION');
  });

  it('moves one date by drag and drop and keeps it in its series; a change of the whole series leaves past dates as they were', async () => {
    const room = (await factory.room({ locationId })).id;
    const created = await createSeries(member, choir('2026-06-03', 'FREQ=WEEKLY;COUNT=4', room));
    const second = created.created[1]!;
    const { moveBooking } = await member.data(MOVE_BOOKING, {
      id: second.id,
      expectedVersion: second.version,
      roomId: room,
      start: '2026-06-10T17:00:00+02:00',
      end: '2026-06-10T19:30:00+02:00',
    });
    expect(moveBooking.series.id).toBe(created.series.id);
    expect(moveBooking.occurrenceStart).toBe(second.occurrenceStart);

    app.clock.set('2026-06-12T08:00:00Z'); // the first two dates are past
    try {
      const { updateBookingSeries } = await member.data(UPDATE_BOOKING_SERIES, { seriesId: created.series.id, input: { title: 'Chor' } });
      expect(updateBookingSeries.series.id).toBe(created.series.id);
      expect(updateBookingSeries.bookings.map((booking: SeriesBooking) => booking.id)).toEqual(
        created.created.slice(2).map((booking) => booking.id),
      );
      const { bookings } = await member.data<{ bookings: { title: string }[] }>(BOOKINGS, {
        from: '2026-06-01T00:00:00Z',
        to: '2026-07-01T00:00:00Z',
        roomIds: [room],
      });
      expect(bookings.map((booking) => booking.title)).toEqual(['Chorprobe', 'Chorprobe', 'Chor', 'Chor']);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });

  it('cancels one date and the following, and books a cancelled date again', async () => {
    const room = (await factory.room({ locationId })).id;
    const created = await createSeries(member, choir('2026-10-06', 'FREQ=WEEKLY;COUNT=4', room));
    const { cancelBookingSeries } = await member.data(CANCEL_BOOKING_SERIES, {
      seriesId: created.series.id,
      fromStart: created.created[2]!.occurrenceStart,
    });
    expect(cancelBookingSeries.bookings.map((booking: SeriesBooking) => [booking.id, booking.status])).toEqual([
      [created.created[2]!.id, 'CANCELLED'],
      [created.created[3]!.id, 'CANCELLED'],
    ]);
    const { restoreSeriesOccurrence } = await member.data(RESTORE_SERIES_OCCURRENCE, {
      seriesId: created.series.id,
      occurrenceStart: created.created[3]!.occurrenceStart,
    });
    expect(restoreSeriesOccurrence).toMatchObject({ id: created.created[3]!.id, status: 'CONFIRMED', series: { id: created.series.id } });
    const dates = (await member.data(BOOKING_SERIES, { id: created.series.id })).bookingSeries.dates;
    expect(dates.map((date: { status: string }) => date.status)).toEqual(['BOOKED', 'BOOKED', 'CANCELLED', 'BOOKED']);
    expect(
      (
        await member.errorCode(RESTORE_SERIES_OCCURRENCE, {
          seriesId: created.series.id,
          occurrenceStart: '2026-10-07T16:00:00.000Z',
        })
      ).extensions.reason,
    ).toBe('NOT_IN_SERIES');
  });

  it('books a skipped holiday again only when it is no longer a holiday for the house: LOCATION_CLOSED names the holiday', async () => {
    const room = (await factory.room({ locationId })).id;
    const created = await createSeries(member, choir('2026-11-11', 'FREQ=WEEKLY;COUNT=2', room));
    expect(created.skipped.map((occurrence) => occurrence.holiday)).toEqual(['REPENTANCE_DAY']);
    const { code, extensions } = await member.errorCode(RESTORE_SERIES_OCCURRENCE, {
      seriesId: created.series.id,
      occurrenceStart: created.skipped[0]!.start,
    });
    expect({ code, kind: extensions.kind, holiday: extensions.holiday, name: extensions.name }).toEqual({
      code: 'LOCATION_CLOSED',
      kind: 'PUBLIC_HOLIDAY',
      holiday: 'REPENTANCE_DAY',
      name: 'Buß- und Bettag',
    });
  });
});

describe(`a series live, on ${ENGINE}`, () => {
  it('reaches a subscriber as one batch: every created date, counting down to the last', async () => {
    const room = (await factory.room({ locationId })).id;
    const subscriber = (await factory.staffClient()).client;
    const stream = await subscribed(app, 1, () =>
      collect<{ bookingChanged: { kind: string; bookingId: string; batchRemaining: number } }>(
        subscriber.subscriptions(),
        BOOKING_CHANGED,
        {
          locationIds: [locationId],
        },
      ),
    );
    const created = await createSeries(member, choir('2027-01-05', 'FREQ=WEEKLY;COUNT=10', room));
    const events = await stream.waitFor(10);
    expect(events.map((event) => event.bookingChanged.bookingId)).toEqual(created.created.map((booking) => booking.id));
    expect(events.map((event) => event.bookingChanged.batchRemaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(new Set(events.map((event) => event.bookingChanged.kind))).toEqual(new Set(['CREATED']));
    stream.dispose();
    await subscriber.closeSockets();
  });

  it('never lets a single booking and a series racing for the same slot overlap', async () => {
    const room = (await factory.room({ locationId })).id;
    const rounds = 8;
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const firstDay = new Date(Date.UTC(2027, 1, 2 + round * 35)).toISOString().slice(0, 10); // Tuesdays, 5 weeks apart
      const input = choir(firstDay, 'FREQ=WEEKLY;COUNT=4', room);
      const thirdStart = new Date(Date.parse(input.start) + 14 * 86_400_000);
      const [single, series] = await Promise.all([
        staff.request(CREATE_BOOKING, {
          input: {
            roomId: room,
            organizationId,
            title: 'Einzeltermin',
            category: 'MEETING',
            start: new Date(thirdStart.getTime() + 30 * 60_000).toISOString(),
            end: new Date(thirdStart.getTime() + 90 * 60_000).toISOString(),
          },
        }),
        member.request(CREATE_BOOKING_SERIES, { input, onConflict: 'FAIL' }),
      ]);
      const codes = [single, series].flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? []);
      expect(codes).toEqual(['BOOKING_CONFLICT']);
      outcomes.push(single.data?.createBooking ? 'single' : 'series');
    }
    expect(outcomes).toHaveLength(rounds);
    expect(await overlappingBookings(app)).toBe(0);
  });
});

describe('a rule that never gives a date', () => {
  it('is refused with INVALID_RRULE at once, also aliased in one request and four requests at a time, while /healthz answers', async () => {
    // the first Monday is never the 30th or 31st: the recurrence library alone walks to the year 9999
    const input = choir('2026-06-09', 'FREQ=MONTHLY;BYMONTHDAY=31,30;BYDAY=1MO;COUNT=731');
    const aliases = Array.from(
      { length: 15 },
      (_, index) => `p${index}: previewBookingSeries(input: $input) { occurrences { start } }`,
    ).join('\n');
    const expansions = vi.spyOn(app.services.series, 'preview');
    const started = performance.now();
    const { result, slowestHealthMs } = await healthWhile(app.url, () =>
      Promise.all(Array.from({ length: 4 }, () => member.request(`query ($input: BookingSeriesInput!) { ${aliases} }`, { input }))),
    );
    const tookMs = performance.now() - started;
    for (const response of result) {
      expect(response.data).toBeNull();
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors ?? [])
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rrule', reason: 'INVALID_RRULE' });
    }
    // fifteen aliases of one input are one expansion per request
    expect(expansions).toHaveBeenCalledTimes(4);
    expansions.mockRestore();
    // figures for the closing note, not assertions: a timing is no test
    console.log(`4 × 15 aliased never-matching previews: ${tookMs.toFixed(0)} ms, slowest /healthz ${slowestHealthMs.toFixed(0)} ms`);
    expect((await member.errorCode(CREATE_BOOKING_SERIES, { input, onConflict: 'FAIL' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('one member cannot hold every room', () => {
  it('a daily series of 300 twelve-hour days needs staff; a shorter one stops at forty hours a week, date by date', async () => {
    const mo = (await factory.organization()).id;
    const other = (await factory.memberClient(mo)).client;
    const hall = (await factory.room({ locationId })).id;
    const allDay = (rrule: string, room = hall) => ({
      ...choir('2026-07-06', rrule, room),
      organizationId: mo,
      title: 'Ganztags',
      start: '2026-07-06T09:00:00+02:00',
      end: '2026-07-06T21:00:00+02:00',
    });
    const twoYears = await other.errorCode(CREATE_BOOKING_SERIES, { input: allDay('FREQ=DAILY;COUNT=300'), onConflict: 'SKIP' });
    expect(twoYears.extensions).toMatchObject({ field: 'rrule', reason: 'SERIES_NEEDS_STAFF', limit: 104 });
    const threeWeeks = await other.errorCode(CREATE_BOOKING_SERIES, { input: allDay('FREQ=DAILY;COUNT=21'), onConflict: 'SKIP' });
    expect(threeWeeks.extensions).toMatchObject({ field: 'start', reason: 'WEEKLY_HOURS_REACHED', limit: 40 });
    // three full days a week stay within the quota; five more hours on the Thursday of such a week do not
    await other.data(CREATE_BOOKING_SERIES, { input: allDay('FREQ=WEEKLY;BYDAY=MO,TU,WE;COUNT=9'), onConflict: 'SKIP' });
    const thursday = { roomId: hall, organizationId: mo, title: 'Noch ein Tag', category: 'MEETING' };
    const fourth = await other.errorCode(CREATE_BOOKING, {
      input: { ...thursday, start: '2026-07-09T09:00:00+02:00', end: '2026-07-09T14:00:00+02:00' },
    });
    expect(fourth.extensions).toMatchObject({ reason: 'WEEKLY_HOURS_REACHED', limit: 40 });
    // four hours still fit: 36 + 4 = 40
    await other.data(CREATE_BOOKING, { input: { ...thursday, start: '2026-07-09T09:00:00+02:00', end: '2026-07-09T13:00:00+02:00' } });
    // staff are not limited: the centre decides
    const staffRoom = (await factory.room({ locationId })).id;
    await staff.data(CREATE_BOOKING_SERIES, { input: allDay('FREQ=DAILY;COUNT=150', staffRoom), onConflict: 'SKIP' });
  });
});

describe('a series staff start in the past', () => {
  it('is refused when it reaches past what the server ever expands, rather than cut short without a word', async () => {
    const refused = await staff.errorCode(CREATE_BOOKING_SERIES, {
      input: choir('2024-06-04', 'FREQ=WEEKLY;BYDAY=TU;COUNT=160', (await factory.room({ locationId })).id),
      onConflict: 'SKIP',
    });
    expect(refused.extensions).toMatchObject({ field: 'rrule', reason: 'TOO_FAR_AHEAD' });
  });
});
