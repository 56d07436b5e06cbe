import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriesBookings } from '../bookings/booking.repository.js';
import { fieldSpec, type BookingDraft } from '../bookings/booking-shape.js';
import { ApiClient, ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CREATE_BOOKING_SERIES, UPDATE_BOOKING_SERIES } from '../../test/documents.js';
import { BookingSeries } from './booking-series.entity.js';
import { SERIES_FIELD_NAMES, seriesChangesFrom, type SeriesFieldName } from './series-changes.js';
import { draftOfTemplate } from './series-records.js';

let app: TestApp;
let staff: ApiClient;
let organizationId: string;
let roomId: string;
let otherRoomId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  const factory = new Factory(app);
  const locationId = (await factory.location()).id;
  roomId = (await factory.room({ locationId })).id;
  otherRoomId = (await factory.room({ locationId })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

/**
 * A new value for every booking field a series change carries. A new field of the booking's draft is one
 * of them unless series-changes.ts says otherwise, and then this table no longer compiles until it has a
 * value here, which the tests below then send and look for on every coming date.
 */
const changed = (): { [K in SeriesFieldName]: BookingDraft[K] } => ({
  roomId: otherRoomId,
  title: 'Chorprobe (neu)',
  category: 'EVENT',
  visibility: 'PUBLIC',
  expectedAttendees: 12,
  notes: 'Bitte lüften',
});

describe('the fields a series change carries', () => {
  it('are every field of the booking draft but its MO and its times', () => {
    expect([...SERIES_FIELD_NAMES].sort()).toEqual(Object.keys(changed()).sort());
  });

  it('are each taken from the input as for a single booking: null keeps a required field, null clears an optional one', () => {
    expect(seriesChangesFrom(changed())).toEqual(changed());
    const nulls = Object.fromEntries(SERIES_FIELD_NAMES.map((name) => [name, null]));
    const optional = SERIES_FIELD_NAMES.filter((name) => fieldSpec(name).nullable);
    expect(optional).toEqual(expect.arrayContaining(['expectedAttendees', 'notes']));
    expect(seriesChangesFrom({ ...nulls, startTime: null, endTime: null })).toEqual(
      Object.fromEntries(optional.map((name) => [name, null])),
    );
    expect(seriesChangesFrom({ startTime: '18:30' })).toEqual({ startTime: '18:30' });
  });
});

describe(`updateBookingSeries on ${ENGINE}`, () => {
  it('accepts every field a series change carries and applies each to all coming dates and to the series', async () => {
    const { createBookingSeries } = await staff.data<{ createBookingSeries: { series: { id: string } } }>(CREATE_BOOKING_SERIES, {
      input: {
        roomId,
        organizationId,
        title: 'Chorprobe',
        category: 'CHOIR',
        start: '2026-06-09T18:00:00+02:00',
        end: '2026-06-09T20:00:00+02:00',
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
    });
    const seriesId = createBookingSeries.series.id;
    const manager = app.services.database.dataSource.manager;
    const before = await findSeriesBookings(manager, seriesId);
    expect(before).toHaveLength(3);
    for (const name of SERIES_FIELD_NAMES) for (const booking of before) expect(booking[name]).not.toEqual(changed()[name]);

    await staff.data(UPDATE_BOOKING_SERIES, { seriesId, input: changed() });

    const after = await findSeriesBookings(manager, seriesId);
    expect(after).toHaveLength(3);
    const template = draftOfTemplate((await manager.getRepository(BookingSeries).findOneByOrFail({ id: seriesId })).template);
    for (const name of SERIES_FIELD_NAMES) {
      expect(after.map((booking) => booking[name])).toEqual([changed()[name], changed()[name], changed()[name]]);
      expect(template[name]).toEqual(changed()[name]);
    }
  });
});
