import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, createTestApp, overlappingBookings, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CANCEL_BOOKING } from '../../test/documents.js';
import { JOIN_WAITING_LIST } from '../../test/waiting-list-documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  roomId = (await factory.room()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

const at = (hour: number, minutes = 0) => `2026-06-03T${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00+02:00`;

describe(`concurrent frees on ${ENGINE}`, () => {
  it('offers a slot freed by two cancellations at once to the first in line once, and to nobody else', async () => {
    const holder = (await factory.organization()).id;
    const waiting = [(await factory.organization()).id, (await factory.organization()).id];
    const hours = [9, 11, 13, 15, 17, 19];
    const halves = await Promise.all(
      hours.flatMap((hour) => [
        factory.booking({ roomId, organizationId: holder, start: at(hour), end: at(hour, 30) }),
        factory.booking({ roomId, organizationId: holder, start: at(hour, 30), end: at(hour + 1) }),
      ]),
    );
    const entries: string[][] = [];
    for (const hour of hours) {
      const round: string[] = [];
      for (const organizationId of waiting) {
        const { joinWaitingList } = await staff.data(JOIN_WAITING_LIST, {
          input: { roomId, organizationId, title: 'Warten', category: 'MEETING', start: at(hour), end: at(hour + 1) },
        });
        round.push(joinWaitingList.id as string);
      }
      entries.push(round);
    }
    // both halves of every hour cancelled at the same moment, twelve writes in one room
    await Promise.all(halves.map((booking) => staff.data(CANCEL_BOOKING, { id: booking.id, expectedVersion: 1 })));
    const rows: Array<{ id: string; status: string; offer_booking_id: string | null }> = await app.services.database.dataSource.query(
      `SELECT id, status, offer_booking_id FROM waiting_list_entry WHERE id = ANY($1::uuid[])`,
      [entries.flat()],
    );
    const statusOf = new Map(rows.map((row) => [row.id, row.status]));
    for (const [firstInLine, next] of entries) {
      expect(statusOf.get(firstInLine!)).toBe('OFFERED');
      expect(statusOf.get(next!)).toBe('WAITING');
    }
    const held: Array<{ n: number }> = await app.services.database.dataSource.query(
      `SELECT count(*)::int AS n FROM booking WHERE status = 'HELD' AND room_id = $1`,
      [roomId],
    );
    expect(held[0]!.n).toBe(hours.length);
    expect(new Set(rows.flatMap((row) => (row.offer_booking_id ? [row.offer_booking_id] : []))).size).toBe(hours.length);
    expect(await overlappingBookings(app)).toBe(0);
  });
});
