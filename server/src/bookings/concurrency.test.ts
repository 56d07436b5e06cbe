import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, createTestApp, overlappingBookings, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CREATE_BOOKING, MOVE_BOOKING } from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  const location = await factory.location();
  roomId = (await factory.room({ locationId: location.id })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

describe(`concurrent requests on ${ENGINE}`, () => {
  it('lets exactly one of 50 simultaneous overlapping bookings win; the others get BOOKING_CONFLICT', async () => {
    const attempts = Array.from({ length: 50 }, (_, index) =>
      staff.request(CREATE_BOOKING, {
        input: {
          roomId,
          organizationId,
          title: `Versuch ${index}`,
          category: 'MEETING',
          // every attempt overlaps every other: all contain 11:00–11:15
          start: `2026-06-02T${String(9 + (index % 3)).padStart(2, '0')}:00:00+02:00`,
          end: `2026-06-02T${String(11 + (index % 2)).padStart(2, '0')}:15:00+02:00`,
        },
      }),
    );
    const results = await Promise.all(attempts);
    const won = results.filter((result) => result.data?.createBooking);
    const codes = results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? []);
    expect(won).toHaveLength(1);
    expect(codes).toHaveLength(49);
    expect(new Set(codes)).toEqual(new Set(['BOOKING_CONFLICT']));
    expect(await overlappingBookings(app)).toBe(0);
  });

  it('answers 120 simultaneous attempts on staggered, partly overlapping slots with bookings or BOOKING_CONFLICT only', async () => {
    const otherRoom = (await factory.room()).id;
    const at = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, index) => {
        const start = 8 * 60 + 15 * (index % 40);
        return staff.request(CREATE_BOOKING, {
          input: {
            roomId: index % 2 === 0 ? roomId : otherRoom,
            organizationId,
            title: `Staffel ${index}`,
            category: 'MEETING',
            start: `2026-06-12T${at(start)}:00+02:00`,
            end: `2026-06-12T${at(start + 60)}:00+02:00`,
          },
        });
      }),
    );
    const codes = results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? []);
    expect(new Set(codes)).toEqual(new Set(['BOOKING_CONFLICT']));
    expect(results.filter((result) => result.data?.createBooking).length + codes.length).toBe(120);
    expect(await overlappingBookings(app)).toBe(0);
  });

  it('lets one of 20 simultaneous moves of the same booking win; the rest get STALE_VERSION or BOOKING_CONFLICT', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-03T08:00:00+02:00', end: '2026-06-03T09:00:00+02:00' });
    const moves = Array.from({ length: 20 }, (_, index) =>
      staff.request(MOVE_BOOKING, {
        id: booking.id,
        expectedVersion: 1,
        roomId,
        start: `2026-06-03T${String(10 + (index % 10)).padStart(2, '0')}:00:00+02:00`,
        end: `2026-06-03T${String(11 + (index % 10)).padStart(2, '0')}:00:00+02:00`,
      }),
    );
    const results = await Promise.all(moves);
    const won = results.filter((result) => result.data?.moveBooking);
    expect(won).toHaveLength(1);
    const codes = results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? []);
    expect(codes).toHaveLength(19);
    expect(new Set(codes)).toEqual(new Set(['STALE_VERSION']));
    const current = await app.services.bookings.getBooking({ kind: 'staff', userId: 'x', sessionId: 'x' }, booking.id);
    expect(current.version).toBe(2);
  });

  it('delivers every change of 30 concurrent writes to the feed, in cursor order, none skipped', async () => {
    const delivered: bigint[] = [];
    // the test before may have committed a change the feed has not read yet: count from after it
    await app.services.changeFeed.settle();
    const unsubscribe = app.services.changeFeed.subscribe((event) => delivered.push(event.position));
    const startedAfter = app.services.changeFeed.position;
    // a reader that polls "everything after what I saw" while the writes commit, as the feed does
    const polled: bigint[] = [];
    let polling = true;
    const poller = (async () => {
      for (let finalRound = false; !finalRound;) {
        finalRound = !polling; // one more read after the writers are done
        const last = polled.at(-1) ?? startedAfter;
        const rows: Array<{ cursor: string }> = await app.services.database.dataSource.query(
          'SELECT cursor::text AS cursor FROM change_log WHERE cursor > $1::bigint ORDER BY change_log.cursor',
          [last.toString()],
        );
        polled.push(...rows.map((row) => BigInt(row.cursor)));
        // PGlite answers without I/O; yield to the event loop so the writers' I/O can run
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const days = ['08', '09', '10'];
    await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        const day = days[Math.floor(index / 10)];
        const hour = 8 + (index % 10);
        return factory.booking({
          roomId,
          organizationId,
          start: `2026-06-${day}T${String(hour).padStart(2, '0')}:00:00+02:00`,
          end: `2026-06-${day}T${String(hour + 1).padStart(2, '0')}:00:00+02:00`,
        });
      }),
    );
    await app.services.changeFeed.settle();
    polling = false;
    await poller;
    unsubscribe();
    const rows: Array<{ cursor: string }> = await app.services.database.dataSource.query(
      'SELECT cursor::text AS cursor FROM change_log WHERE cursor > $1::bigint ORDER BY change_log.cursor',
      [startedAfter.toString()],
    );
    const all = rows.map((row) => BigInt(row.cursor));
    expect(all).toHaveLength(30);
    expect(delivered).toEqual(all);
    expect(polled).toEqual(all);
  });
});
