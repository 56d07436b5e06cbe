import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, collect, createTestApp, subscribed, type ApiClient, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { BOOKING_CHANGED, CANCEL_BOOKING } from '../../test/documents.js';

// Monday 1 June 2026, 10:00 in Leipzig
const NOW = '2026-06-01T08:00:00Z';
const local = (time: string, day = '2026-06-01') => new Date(`${day}T${time}:00+02:00`).toISOString();

const CHECK_IN = `mutation ($id: ID!) { checkIn(bookingId: $id) { id status checkedInAt version } }`;
const SETTINGS = `{ checkInSettings { locationId required graceMinutes } }`;
const SET_SETTINGS = `mutation ($l: ID!, $input: CheckInSettingsInput!) { setCheckInSettings(locationId: $l, input: $input) { locationId required graceMinutes } }`;

interface Scene {
  app: TestApp;
  factory: Factory;
  houseId: string;
  otherHouseId: string;
  roomIds: string[];
  organizationId: string;
  member: ApiClient;
  otherMember: ApiClient;
  coach: ApiClient;
  staff: ApiClient;
  display: ApiClient;
  otherDisplay: ApiClient;
}

let scene: Scene;
let nextRoom = 0;

/** A booking of the MO at local times today, each in a room of its own so that none meet. */
async function booking(start: string, end: string, day?: string) {
  const roomId = scene.roomIds[nextRoom++ % scene.roomIds.length]!;
  return scene.factory.booking({ roomId, organizationId: scene.organizationId, start: local(start, day), end: local(end, day) });
}

async function displayOf(app: TestApp, staff: ApiClient, locationId: string): Promise<ApiClient> {
  const display = app.client();
  display.displayToken = (
    await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: locationId })
  ).createDisplayLink.token;
  return display;
}

beforeAll(async () => {
  const app = await createTestApp({ now: NOW });
  const factory = new Factory(app);
  const houseId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const otherHouseId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const roomIds: string[] = [];
  for (let made = 0; made < 12; made++) roomIds.push((await factory.room({ locationId: houseId })).id);
  const organizationId = (await factory.organization()).id;
  const staff = (await factory.staffClient()).client;
  scene = {
    app,
    factory,
    houseId,
    otherHouseId,
    roomIds,
    organizationId,
    member: (await factory.memberClient(organizationId)).client,
    otherMember: (await factory.memberClient((await factory.organization()).id)).client,
    coach: (await factory.coachClient()).client,
    staff,
    display: await displayOf(app, staff, houseId),
    otherDisplay: await displayOf(app, staff, otherHouseId),
  };
});

afterAll(async () => {
  await scene?.app.stop();
});

describe(`checking in on ${ENGINE}`, () => {
  it('checks a booking in from 15 minutes before its start, once, through the write unit', async () => {
    const { member, app } = scene;
    const listener = (await scene.factory.memberClient(scene.organizationId)).client;
    const stream = await subscribed(app, 1, () =>
      collect<{ bookingChanged: { kind: string; booking: { id: string } } }>(listener.subscriptions(), BOOKING_CHANGED),
    );
    try {
      const made = await booking('10:15', '11:00');
      const { checkIn } = await member.data(CHECK_IN, { id: made.id });
      expect(checkIn).toMatchObject({ status: 'CONFIRMED', checkedInAt: new Date(NOW).toISOString(), version: made.version + 1 });
      // another member's open screen hears it as a change (UPDATED), not a cancellation
      const events = await stream.waitFor(2);
      expect(events.map((event) => [event.bookingChanged.kind, event.bookingChanged.booking.id])).toContainEqual(['UPDATED', made.id]);
      // the MO's other members are not told of it as of a change someone made to their booking
      const { notifications } = await listener.data(`{ notifications { booking { id } } }`);
      expect(notifications).not.toContainEqual({ booking: { id: made.id } });
      const twice = await member.errorCode(CHECK_IN, { id: made.id });
      expect([twice.code, twice.extensions.reason]).toEqual(['BAD_USER_INPUT', 'ALREADY_CHECKED_IN']);
      const [row] = await app.services.database.dataSource.query(`SELECT version FROM booking WHERE id = $1`, [made.id]);
      expect(row.version).toBe(made.version + 1);
    } finally {
      stream.dispose();
      await listener.closeSockets();
    }
  });

  it('refuses too early, after the end, cancelled, released and unknown bookings, changing nothing', async () => {
    const { member, staff, app } = scene;
    const reasonOf = async (id: string) => {
      const error = await member.errorCode(CHECK_IN, { id });
      return error.code === 'BAD_USER_INPUT' ? error.extensions.reason : error.code;
    };
    const early = await booking('10:30', '11:00');
    expect(await reasonOf(early.id)).toBe('CHECK_IN_NOT_OPEN');
    const ended = await booking('08:00', '10:00');
    expect(await reasonOf(ended.id)).toBe('PAST_BOOKING');
    const cancelled = await booking('10:00', '11:00');
    await staff.data(CANCEL_BOOKING, { id: cancelled.id, expectedVersion: cancelled.version });
    expect(await reasonOf(cancelled.id)).toBe('ALREADY_CANCELLED');
    const released = await booking('09:30', '11:00');
    await app.services.database.dataSource.query(`UPDATE booking SET status = 'RELEASED' WHERE id = $1`, [released.id]);
    expect(await reasonOf(released.id)).toBe('WRONG_STATUS');
    expect(await reasonOf('00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    expect(await reasonOf('not-an-id')).toBe('NOT_FOUND');
    const checked: Array<{ n: number }> = await app.services.database.dataSource.query(
      `SELECT count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[]) AND checked_in_at IS NOT NULL`,
      [[early.id, ended.id, cancelled.id, released.id]],
    );
    expect(checked[0]!.n).toBe(0);
  });

  it('lets the MO, staff and the house’s display check in; refuses others', async () => {
    const { staff, display, otherDisplay, otherMember, coach, app } = scene;
    const codeOf = async (client: ApiClient, id: string) => (await client.request(CHECK_IN, { id })).errors?.[0]?.extensions?.code ?? 'ok';
    const made = await Promise.all([booking('10:00', '11:00'), booking('10:00', '11:00'), booking('10:00', '11:00')]);
    expect(await codeOf(app.client(), made[0].id)).toBe('UNAUTHENTICATED');
    expect(await codeOf(otherMember, made[0].id)).toBe('FORBIDDEN');
    expect(await codeOf(coach, made[0].id)).toBe('FORBIDDEN');
    // another house's display does not even see it
    expect(await codeOf(otherDisplay, made[0].id)).toBe('NOT_FOUND');
    expect(await codeOf(staff, made[0].id)).toBe('ok');
    expect(await codeOf(display, made[1].id)).toBe('ok');
    // a display checks in only today's bookings of its house: tomorrow's it neither sees nor checks in
    const tomorrow = await booking('10:00', '11:00', '2026-06-02');
    app.clock.set(local('09:50', '2026-06-02'));
    try {
      expect(await codeOf(await displayOf(app, staff, scene.houseId), tomorrow.id)).toBe('ok');
    } finally {
      app.clock.set(NOW);
    }
    expect(await codeOf(display, tomorrow.id)).toBe('NOT_FOUND');
  });
});

describe(`each house’s check-in rule on ${ENGINE}`, () => {
  it('is read by everyone (a display its own house) and set by staff only, within 5 to 120 minutes', async () => {
    const { staff, member, display, houseId, otherHouseId } = scene;
    const { setCheckInSettings } = await staff.data(SET_SETTINGS, { l: houseId, input: { required: true, graceMinutes: 25 } });
    expect(setCheckInSettings).toEqual({ locationId: houseId, required: true, graceMinutes: 25 });
    const { checkInSettings } = await member.data(SETTINGS);
    expect(checkInSettings).toContainEqual({ locationId: houseId, required: true, graceMinutes: 25 });
    expect(checkInSettings).toContainEqual({ locationId: otherHouseId, required: false, graceMinutes: 20 });
    expect((await display.data(SETTINGS)).checkInSettings).toEqual([{ locationId: houseId, required: true, graceMinutes: 25 }]);
    expect((await member.errorCode(SET_SETTINGS, { l: houseId, input: { required: false, graceMinutes: 20 } })).code).toBe('FORBIDDEN');
    const tooShort = await staff.errorCode(SET_SETTINGS, { l: houseId, input: { required: true, graceMinutes: 3 } });
    expect([tooShort.code, tooShort.extensions.reason]).toEqual(['BAD_USER_INPUT', 'OUT_OF_RANGE']);
    const unknown = await staff.errorCode(SET_SETTINGS, {
      l: '00000000-0000-4000-8000-000000000000',
      input: { required: true, graceMinutes: 20 },
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await member.data(SETTINGS)).checkInSettings).toContainEqual({ locationId: houseId, required: true, graceMinutes: 25 });
  });
});
