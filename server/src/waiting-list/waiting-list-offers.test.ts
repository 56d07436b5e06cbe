import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CONFIRM_WAITING_LIST_OFFER, JOIN_WAITING_LIST, MY_WAITING_LIST } from '../../test/waiting-list-documents.js';

// Monday 1 June 2026, 10:00 in Leipzig; the slots are on Wednesday 3 June, within the house's hours (8–22)
let app: TestApp;
let factory: Factory;
let staff: { user: { id: string }; client: ApiClient };
let roomId: string;
let holder: string;

const at = (time: string) => `2026-06-03T${time}:00+02:00`;
const staffViewer = () => ({ kind: 'staff', userId: staff.user.id, sessionId: 'test' }) as const;

async function waiting(time: [string, string]) {
  const organizationId = (await factory.organization()).id;
  const member = await factory.memberClient(organizationId);
  const { joinWaitingList } = await member.client.data(JOIN_WAITING_LIST, {
    input: { roomId, organizationId, title: 'Elterncafé', category: 'MEETING', start: at(time[0]), end: at(time[1]) },
  });
  return { organizationId, member, entryId: joinWaitingList.id as string };
}

async function statusOf(entryId: string): Promise<{ status: string; offer_booking_id: string | null }> {
  const [row] = await app.services.database.dataSource.query<Array<{ status: string; offer_booking_id: string | null }>>(
    `SELECT status, offer_booking_id FROM waiting_list_entry WHERE id = $1`,
    [entryId],
  );
  return row!;
}

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  roomId = (await factory.room()).id;
  staff = await factory.staffClient();
  holder = (await factory.organization()).id;
});

afterAll(async () => {
  await app?.stop();
});

describe(`offers of the waiting list on ${ENGINE}`, () => {
  it('keeps the canceller’s reason to their own booking: the offer to another MO carries none', async () => {
    const taken = await factory.booking({ roomId, organizationId: holder, start: at('10:00'), end: at('11:00') });
    const { entryId } = await waiting(['10:00', '11:00']);
    await app.services.bookings.cancelBooking(staffViewer(), taken.id, taken.version, 'Der Chor probt woanders');
    const offerId = (await statusOf(entryId)).offer_booking_id!;
    const rows = await app.services.database.dataSource.query<Array<{ id: string; reason: string | null }>>(
      `SELECT entity_id::text AS id, reason FROM change_log WHERE entity_id = ANY($1::uuid[]) ORDER BY cursor`,
      [[taken.id, offerId]],
    );
    expect(rows.filter((row) => row.id === offerId)).toEqual([{ id: offerId, reason: null }]);
    expect(rows.at(-2)).toEqual({ id: taken.id, reason: 'Der Chor probt woanders' });
  });

  it('passes over a person who may no longer book for the MO, and offers the slot to the next in line', async () => {
    const taken = await factory.booking({ roomId, organizationId: holder, start: at('12:00'), end: at('13:00') });
    const gone = await waiting(['12:00', '13:00']);
    const next = await waiting(['12:00', '13:00']);
    await app.services.database.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [gone.member.user.id]);
    await app.services.bookings.cancelBooking(staffViewer(), taken.id, taken.version);
    expect((await statusOf(gone.entryId)).status).toBe('EXPIRED');
    expect((await statusOf(next.entryId)).status).toBe('OFFERED');
  });

  it('offers the slot to the next in line when the expiry timer lapses an offer nobody took up', async () => {
    const taken = await factory.booking({ roomId, organizationId: holder, start: at('18:00'), end: at('19:00') });
    const first = await waiting(['18:00', '19:00']);
    const second = await waiting(['18:00', '19:00']);
    await app.services.bookings.cancelBooking(staffViewer(), taken.id, taken.version);
    expect((await statusOf(first.entryId)).status).toBe('OFFERED');
    app.clock.set('2026-06-01T08:31:00Z');
    try {
      expect(await app.services.requestExpiry.runNow()).toBeGreaterThanOrEqual(1);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    expect((await statusOf(first.entryId)).status).toBe('EXPIRED');
    const next = await statusOf(second.entryId);
    expect(next.status).toBe('OFFERED');
    const [offer] = await app.services.database.dataSource.query<Array<{ status: string; expires_at: Date }>>(
      `SELECT status, expires_at FROM booking WHERE id = $1`,
      [next.offer_booking_id],
    );
    // held from the lapse on, for the next thirty minutes
    expect(offer).toEqual({ status: 'HELD', expires_at: new Date('2026-06-01T09:01:00Z') });
  });

  it('confirms a taken-up offer as a request where staff’s approval rules ask for one', async () => {
    const approvalRoom = (await factory.room()).id;
    await staff.client.data(
      `mutation ($roomId: ID, $input: ApprovalRulesInput!) { setApprovalRules(roomId: $roomId, input: $input) { __typename } }`,
      { roomId: approvalRoom, input: { always: true, onWeekends: false, minAttendees: null, seriesLongerThan: null, firstBookings: null } },
    );
    const taken = await factory.booking({ roomId: approvalRoom, organizationId: holder, start: at('15:00'), end: at('16:00') });
    const organizationId = (await factory.organization()).id;
    const member = await factory.memberClient(organizationId);
    const { joinWaitingList } = await member.client.data(JOIN_WAITING_LIST, {
      input: { roomId: approvalRoom, organizationId, title: 'Elterncafé', category: 'MEETING', start: at('15:00'), end: at('16:00') },
    });
    await app.services.bookings.cancelBooking(staffViewer(), taken.id, taken.version);
    await member.client.data(CONFIRM_WAITING_LIST_OFFER, { id: joinWaitingList.id });
    const offerId = (await statusOf(joinWaitingList.id as string)).offer_booking_id!;
    const [booking] = await app.services.database.dataSource.query<Array<{ status: string; expires_at: Date | null }>>(
      `SELECT status, expires_at FROM booking WHERE id = $1`,
      [offerId],
    );
    expect(booking!.status).toBe('REQUESTED');
    expect(booking!.expires_at).not.toBeNull();
    expect((await member.client.data(MY_WAITING_LIST)).myWaitingList).toEqual([]);
  });
});
