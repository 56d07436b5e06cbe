import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createTestApp, type ApiClient, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { ASSIGN_COACH, REQUEST_COACHING, SCHEDULE_COACHING_SESSION } from '../../test/documents.js';
import { NoShowRelease } from './no-show-release.js';

// Monday 1 June 2026, 10:00 in Leipzig
const NOW = '2026-06-01T08:00:00Z';
const at = (iso: string) => new Date(iso).toISOString();

interface Scene {
  app: TestApp;
  factory: Factory;
  houseId: string;
  freeHouseId: string;
  organizationId: string;
  staff: ApiClient;
  rooms: string[];
}

let scene: Scene;
let roomIndex = 0;
const room = () => scene.rooms[roomIndex++ % scene.rooms.length]!;

/** A booking made now by the app's clock (staff may book in the past), in a room of its own. */
function booking(start: string, end: string, roomId = room()) {
  return scene.factory.booking({ roomId, organizationId: scene.organizationId, start: at(start), end: at(end) });
}

async function statusOf(id: string): Promise<{ status: string; version: number }> {
  const [row] = await scene.app.services.database.dataSource.query(`SELECT status, version FROM booking WHERE id = $1`, [id]);
  return row;
}

/** Another node over the same database: a release timer of its own. */
const otherNode = () => new NoShowRelease(scene.app.services.database.dataSource, scene.app.services.bookings.writing, () => {});

beforeAll(async () => {
  const app = await createTestApp({ now: NOW });
  const factory = new Factory(app);
  const houseId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const freeHouseId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const rooms: string[] = [];
  for (let made = 0; made < 16; made++) rooms.push((await factory.room({ locationId: houseId, capacity: 50 })).id);
  const staff = (await factory.staffClient()).client;
  await app.services.checkIn.setSettings({ kind: 'staff', userId: (await factory.user('STAFF')).id, sessionId: '' }, houseId, {
    required: true,
    graceMinutes: 20,
  });
  scene = { app, factory, houseId, freeHouseId, organizationId: (await factory.organization()).id, staff, rooms };
});

afterAll(async () => {
  await scene?.app.stop();
});

describe(`releasing no-shows on ${ENGINE}`, () => {
  it('releases a confirmed booking nobody checked in to when the grace period ends, and nothing else', async () => {
    const { app, factory } = scene;
    app.clock.set('2026-06-01T07:00:00Z');
    const noShow = await booking('2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z');
    const checkedIn = await booking('2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z');
    const freeRoom = (await factory.room({ locationId: scene.freeHouseId })).id;
    const notRequired = await booking('2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z', freeRoom);
    const member = await factory.memberClient(scene.organizationId);
    app.clock.set('2026-06-01T08:05:00Z');
    await member.client.data(`mutation ($id: ID!) { checkIn(bookingId: $id) { id } }`, { id: checkedIn.id });

    app.clock.set('2026-06-01T08:19:59Z');
    expect(await app.services.noShowRelease.runNow()).toBe(0);
    app.clock.set('2026-06-01T08:20:00Z');
    expect(await app.services.noShowRelease.runNow()).toBe(1);
    expect(await statusOf(noShow.id)).toEqual({ status: 'RELEASED', version: noShow.version + 1 });
    expect((await statusOf(checkedIn.id)).status).toBe('CONFIRMED');
    expect((await statusOf(notRequired.id)).status).toBe('CONFIRMED');
    // logged as the slot given up, by nobody; the MO's member is told it was released
    const [logged] = await app.services.database.dataSource.query(
      `SELECT action, actor_id FROM change_log WHERE entity_id = $1 ORDER BY cursor DESC LIMIT 1`,
      [noShow.id],
    );
    expect(logged).toEqual({ action: 'CANCELLED', actor_id: null });
    const { notifications } = await member.client.data(`{ notifications { news booking { id status } } }`);
    expect(notifications).toContainEqual({ news: 'RELEASED', booking: { id: noShow.id, status: 'RELEASED' } });
  });

  it('never releases a coaching session’s or a network meeting’s booking', async () => {
    const { app, factory, staff } = scene;
    app.clock.set('2026-06-01T09:00:00Z');
    const coach = await factory.coach();
    const { requestCoaching } = await staff.data(REQUEST_COACHING, {
      input: { organizationId: scene.organizationId, topic: 'FUNDING', text: 'Förderantrag', languages: ['de'] },
    });
    await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId: coach.id });
    const { scheduleCoachingSession } = await staff.data(SCHEDULE_COACHING_SESSION, {
      requestId: requestCoaching.id,
      input: { roomId: room(), start: at('2026-06-01T09:30:00Z'), end: at('2026-06-01T10:30:00Z') },
    });
    const [session] = await app.services.database.dataSource.query(`SELECT booking_id FROM coaching_session WHERE id = $1`, [
      scheduleCoachingSession.id,
    ]);
    const meetingBooking = await booking('2026-06-01T09:30:00Z', '2026-06-01T10:30:00Z');
    await app.services.database.dataSource.query(
      `INSERT INTO network_meeting (booking_id, title, agenda_deadline) VALUES ($1, 'Netzwerktreffen', $2)`,
      [meetingBooking.id, at('2026-06-01T09:30:00Z')],
    );
    app.clock.set('2026-06-01T10:00:00Z');
    await app.services.noShowRelease.runNow();
    expect((await statusOf(session.booking_id)).status).toBe('CONFIRMED');
    expect((await statusOf(meetingBooking.id)).status).toBe('CONFIRMED');
  });

  it('counts the grace period from the making of a booking made after its start', async () => {
    const { app } = scene;
    app.clock.set('2026-06-01T11:10:00Z');
    const late = await booking('2026-06-01T11:00:00Z', '2026-06-01T12:00:00Z');
    app.clock.set('2026-06-01T11:25:00Z');
    await app.services.noShowRelease.runNow();
    expect((await statusOf(late.id)).status).toBe('CONFIRMED');
    app.clock.set('2026-06-01T11:30:00Z');
    await app.services.noShowRelease.runNow();
    expect((await statusOf(late.id)).status).toBe('RELEASED');
  });

  it('releases each booking once with two nodes polling at the same moment', async () => {
    const { app } = scene;
    app.clock.set('2026-06-02T06:00:00Z');
    const due = await Promise.all(Array.from({ length: 8 }, () => booking('2026-06-02T07:00:00Z', '2026-06-02T09:00:00Z')));
    app.clock.set('2026-06-02T07:30:00Z');
    const released = await Promise.all([app.services.noShowRelease.runNow(), otherNode().runNow()]);
    expect(released[0] + released[1]).toBe(8);
    const entries: Array<{ n: number }> = await app.services.database.dataSource.query(
      `SELECT count(*)::int AS n FROM change_log WHERE entity_id = ANY($1::uuid[]) AND action = 'CANCELLED'`,
      [due.map((made) => made.id)],
    );
    expect(entries[0]!.n).toBe(8);
    for (const made of due) expect(await statusOf(made.id)).toEqual({ status: 'RELEASED', version: made.version + 1 });
    expect(await Promise.all([app.services.noShowRelease.runNow(), otherNode().runNow()])).toEqual([0, 0]);
  });

  it('loses nothing when a node stops: a node that starts again releases what is overdue', async () => {
    const { app } = scene;
    app.clock.set('2026-06-03T06:00:00Z');
    const due = await booking('2026-06-03T07:00:00Z', '2026-06-03T09:00:00Z');
    const stopped = otherNode();
    stopped.start(60_000);
    await stopped.stop();
    // the node was down past the grace period; once up again, its first poll releases the booking
    app.clock.set('2026-06-03T08:10:00Z');
    expect(await otherNode().runNow()).toBe(1);
    expect((await statusOf(due.id)).status).toBe('RELEASED');
  });

  it.runIf(ENGINE === 'postgres')('skips a booking another node holds, and releases it when that node dies mid-claim', async () => {
    const { app } = scene;
    app.clock.set('2026-06-04T06:00:00Z');
    const due = await booking('2026-06-04T07:00:00Z', '2026-06-04T09:00:00Z');
    app.clock.set('2026-06-04T07:30:00Z');
    const runner = app.services.database.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // the dying node's claim: the row locked, not yet released
      await runner.query(`SELECT id FROM booking WHERE id = $1 FOR UPDATE`, [due.id]);
      expect(await otherNode().runNow()).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await otherNode().runNow()).toBe(1);
    expect((await statusOf(due.id)).status).toBe('RELEASED');
  });

  it('counts the grace period on the timeline across the switch to summer time (28 March 2027, Leipzig)', async () => {
    const { app } = scene;
    app.clock.set('2027-03-27T12:00:00Z');
    // 01:45 CET, and 03:00 CEST a quarter of an hour of the timeline later
    const beforeSwitch = await booking('2027-03-28T00:45:00Z', '2027-03-28T02:30:00Z');
    const afterSwitch = await booking('2027-03-28T01:00:00Z', '2027-03-28T02:30:00Z');
    // 03:04 CEST: twenty minutes after 01:45 CET are 03:05 CEST, not 02:05 (which never happens)
    app.clock.set('2027-03-28T01:04:00Z');
    await app.services.noShowRelease.runNow();
    expect((await statusOf(beforeSwitch.id)).status).toBe('CONFIRMED');
    app.clock.set('2027-03-28T01:05:00Z');
    expect(await app.services.noShowRelease.runNow()).toBe(1);
    expect((await statusOf(beforeSwitch.id)).status).toBe('RELEASED');
    expect((await statusOf(afterSwitch.id)).status).toBe('CONFIRMED');
    app.clock.set('2027-03-28T01:20:00Z');
    expect(await app.services.noShowRelease.runNow()).toBe(1);
    expect((await statusOf(afterSwitch.id)).status).toBe('RELEASED');
  });
});
