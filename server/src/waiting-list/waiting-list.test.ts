import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../auth/viewer.js';
import type { StatusValues } from '../bookings/booking-write.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import { ApiClient, ENGINE, createTestApp, overlappingBookings, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CANCEL_BOOKING, CREATE_BOOKING_SERIES } from '../../test/documents.js';
import {
  CONFIRM_WAITING_LIST_OFFER,
  DECLINE_WAITING_LIST_OFFER,
  JOIN_WAITING_LIST,
  LEAVE_WAITING_LIST,
  MY_WAITING_LIST,
} from '../../test/waiting-list-documents.js';
import { WAITING_LIST_HOLD_MINUTES } from './waiting-list-offers.js';
import { WAITING_LIST_MAX_PER_ORGANIZATION } from './waiting-list.service.js';

// Monday 1 June 2026, 10:00 in Leipzig; the slots are on the days after, within the house's hours (8–22)
const NOW = '2026-06-01T08:00:00Z';
let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;
/** The MO holding the slots, and two MOs waiting for them. */
let holder: { id: string; client: ApiClient };
let first: { id: string; client: ApiClient };
let second: { id: string; client: ApiClient };

interface Entry {
  id: string;
  status: string;
  ahead: number;
  title: string;
  seriesId: string | null;
  occurrenceStart: string | null;
  offer: { id: string; status: string; expiresAt: string; start: string; end: string; occurrenceStart: string | null } | null;
}

async function member() {
  const organizationId = (await factory.organization()).id;
  return { id: organizationId, client: (await factory.memberClient(organizationId)).client };
}

let day = 2;
/** A fresh weekday (in June 2026, the house is open 8–22 on weekdays) for each test, so no test waits for another's slot. */
function nextDay(): (time: string) => string {
  if ((day - 1) % 7 === 5) day += 2;
  const date = `2026-06-${String(day++).padStart(2, '0')}`;
  return (time) => `${date}T${time}:00+02:00`;
}

function wish(organizationId: string, start: string, end: string, title = 'Elterncafé') {
  return { roomId, organizationId, title, category: 'MEETING', start, end };
}

async function join(who: { id: string; client: ApiClient }, start: string, end: string, extra: Record<string, unknown> = {}) {
  return (await who.client.data<{ joinWaitingList: Entry }>(JOIN_WAITING_LIST, { input: { ...wish(who.id, start, end), ...extra } }))
    .joinWaitingList;
}

async function entryOf(who: { client: ApiClient }, id: string): Promise<Entry | undefined> {
  return (await who.client.data<{ myWaitingList: Entry[] }>(MY_WAITING_LIST)).myWaitingList.find((entry) => entry.id === id);
}

async function cancel(bookingId: string) {
  const booking = await findBookingRecord(app.services.database.dataSource.manager, bookingId);
  await staff.data(CANCEL_BOOKING, { id: bookingId, expectedVersion: booking!.version });
}

/** A change of status as the timers and staff make it, through the write unit with no person behind it. */
async function setStatus(bookingId: string, values: StatusValues) {
  const before = await findBookingRecord(app.services.database.dataSource.manager, bookingId);
  await app.services.bookings.write(ANONYMOUS, (write) => write.setStatus(before!, values, app.clock()));
}

async function heldCount(): Promise<number> {
  const [row] = await app.services.database.dataSource.query(`SELECT count(*)::int AS n FROM booking WHERE status = 'HELD'`);
  return (row as { n: number }).n;
}

beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  factory = new Factory(app);
  roomId = (await factory.room()).id;
  staff = (await factory.staffClient()).client;
  [holder, first, second] = [await member(), await member(), await member()];
});

afterAll(async () => {
  await app?.stop();
});

describe(`the waiting list on ${ENGINE}`, () => {
  it('refuses a free slot, a past one, a duplicate and more than the limit, with typed reasons, and changes nothing', async () => {
    const at = nextDay();
    const refused = async (input: Record<string, unknown>) => first.client.errorCode(JOIN_WAITING_LIST, { input });
    expect((await refused(wish(first.id, at('10:00'), at('11:00')))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SLOT_IS_FREE',
    });
    expect((await refused(wish(first.id, '2026-05-31T10:00:00+02:00', '2026-05-31T11:00:00+02:00'))).extensions).toMatchObject({
      reason: 'IN_THE_PAST',
    });
    expect((await refused(wish(holder.id, at('10:00'), at('11:00')))).code).toBe('FORBIDDEN');
    await factory.booking({ roomId, organizationId: holder.id, start: at('10:00'), end: at('21:45') });
    const entry = await join(first, at('10:00'), at('11:00'));
    expect(entry).toMatchObject({ status: 'WAITING', ahead: 0, title: 'Elterncafé', offer: null });
    expect((await refused(wish(first.id, at('10:00'), at('11:00')))).extensions).toMatchObject({ reason: 'ALREADY_WAITING' });
    for (let index = 1; index < WAITING_LIST_MAX_PER_ORGANIZATION; index++)
      await join(first, at(`${String(10 + index).padStart(2, '0')}:00`), at(`${String(10 + index).padStart(2, '0')}:30`));
    expect((await refused(wish(first.id, at('21:00'), at('21:15')))).extensions).toMatchObject({
      reason: 'WAITING_LIST_FULL',
      limit: WAITING_LIST_MAX_PER_ORGANIZATION,
    });
    const list = (await first.client.data<{ myWaitingList: Entry[] }>(MY_WAITING_LIST)).myWaitingList;
    expect(list).toHaveLength(WAITING_LIST_MAX_PER_ORGANIZATION);
    // leaving makes room again
    for (const { id } of list) await first.client.data(LEAVE_WAITING_LIST, { id });
    expect((await first.client.data<{ myWaitingList: Entry[] }>(MY_WAITING_LIST)).myWaitingList).toEqual([]);
  });

  it('shows each MO only its own entries; another MO cannot leave one', async () => {
    const at = nextDay();
    await factory.booking({ roomId, organizationId: holder.id, start: at('10:00'), end: at('11:00') });
    const entry = await join(first, at('10:00'), at('11:00'));
    const theirs = await join(second, at('10:00'), at('11:00'));
    expect(theirs.ahead).toBe(1);
    expect((await second.client.data<{ myWaitingList: Entry[] }>(MY_WAITING_LIST)).myWaitingList.map((e) => e.id)).toEqual([theirs.id]);
    expect((await second.client.errorCode(LEAVE_WAITING_LIST, { id: entry.id })).code).toBe('NOT_FOUND');
    expect((await staff.data<{ myWaitingList: Entry[] }>(MY_WAITING_LIST)).myWaitingList.map((e) => e.id)).toEqual(
      expect.arrayContaining([entry.id, theirs.id]),
    );
    expect((await first.client.data(LEAVE_WAITING_LIST, { id: entry.id })).leaveWaitingList.status).toBe('LEFT');
    expect((await second.client.errorCode(LEAVE_WAITING_LIST, { id: entry.id })).code).toBe('NOT_FOUND');
    await second.client.data(LEAVE_WAITING_LIST, { id: theirs.id });
  });

  it('offers a cancelled slot to the first in line, held for a short time; the next is offered it when declined', async () => {
    const at = nextDay();
    const taken = await factory.booking({ roomId, organizationId: holder.id, start: at('18:00'), end: at('20:00') });
    const firstEntry = await join(first, at('18:00'), at('20:00'));
    const secondEntry = await join(second, at('18:00'), at('20:00'));
    await cancel(taken.id);
    const offered = (await entryOf(first, firstEntry.id))!;
    expect(offered.status).toBe('OFFERED');
    expect(offered.offer).toMatchObject({ status: 'HELD', start: new Date(at('18:00')).toISOString() });
    expect(Date.parse(offered.offer!.expiresAt)).toBe(Date.parse(NOW) + WAITING_LIST_HOLD_MINUTES * 60_000);
    expect((await entryOf(second, secondEntry.id))!.status).toBe('WAITING');
    // the offer is told to the waiting MO like any booking news
    const [notice] = await app.services.database.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.booking_id = $1 AND u.organization_id = $2`,
      [offered.offer!.id, first.id],
    );
    expect((notice as { n: number }).n).toBeGreaterThan(0);
    await first.client.data(DECLINE_WAITING_LIST_OFFER, { id: firstEntry.id });
    expect(await entryOf(first, firstEntry.id)).toBeUndefined();
    const next = (await entryOf(second, secondEntry.id))!;
    expect(next.status).toBe('OFFERED');
    const confirmed = (await second.client.data(CONFIRM_WAITING_LIST_OFFER, { id: secondEntry.id })).confirmWaitingListOffer as Entry;
    expect(confirmed.status).toBe('BOOKED');
    const booking = await findBookingRecord(app.services.database.dataSource.manager, next.offer!.id);
    expect(booking).toMatchObject({ status: 'CONFIRMED', expiresAt: null, organizationId: second.id, title: 'Elterncafé' });
    expect(await overlappingBookings(app)).toBe(0);
  });

  it('offers the next in line when an offer lapses, and refuses to confirm a hold that has passed', async () => {
    const at = nextDay();
    const taken = await factory.booking({ roomId, organizationId: holder.id, start: at('09:00'), end: at('10:00') });
    const firstEntry = await join(first, at('09:00'), at('10:00'));
    const secondEntry = await join(second, at('09:00'), at('10:00'));
    await cancel(taken.id);
    const offer = (await entryOf(first, firstEntry.id))!.offer!;
    app.clock.set(new Date(Date.parse(NOW) + (WAITING_LIST_HOLD_MINUTES + 1) * 60_000));
    try {
      expect((await first.client.errorCode(CONFIRM_WAITING_LIST_OFFER, { id: firstEntry.id })).extensions).toMatchObject({
        reason: 'OFFER_EXPIRED',
      });
      expect((await findBookingRecord(app.services.database.dataSource.manager, offer.id))!.status).toBe('HELD');
      // the expiry timer's step
      await setStatus(offer.id, { status: 'LAPSED' });
    } finally {
      app.clock.set(NOW);
    }
    expect(await entryOf(first, firstEntry.id)).toBeUndefined();
    const [settled] = await app.services.database.dataSource.query(`SELECT status FROM waiting_list_entry WHERE id = $1`, [firstEntry.id]);
    expect(settled).toEqual({ status: 'EXPIRED' });
    expect((await entryOf(second, secondEntry.id))!.status).toBe('OFFERED');
    await second.client.data(LEAVE_WAITING_LIST, { id: secondEntry.id });
    // left with its offer: declined, and nobody else waits, so the slot is free
    expect(await heldCount()).toBe(0);
  });

  it('offers a slot freed by a declined request and by a released booking', async () => {
    const at = nextDay();
    const request = await factory.booking({ roomId, organizationId: holder.id, start: at('11:00'), end: at('12:00') });
    const noShow = await factory.booking({ roomId, organizationId: holder.id, start: at('14:00'), end: at('15:00') });
    await app.services.database.dataSource.query(`UPDATE booking SET status = 'REQUESTED', expires_at = $2 WHERE id = $1`, [
      request.id,
      at('09:00'),
    ]);
    const forRequest = await join(first, at('11:00'), at('12:00'));
    const forNoShow = await join(second, at('14:00'), at('15:00'));
    await setStatus(request.id, { status: 'DECLINED', statusReason: 'Nicht an diesem Tag' });
    await setStatus(noShow.id, { status: 'RELEASED', statusReason: 'Niemand ist gekommen' });
    expect((await entryOf(first, forRequest.id))!.status).toBe('OFFERED');
    expect((await entryOf(second, forNoShow.id))!.status).toBe('OFFERED');
    await first.client.data(CONFIRM_WAITING_LIST_OFFER, { id: forRequest.id });
    await second.client.data(CONFIRM_WAITING_LIST_OFFER, { id: forNoShow.id });
  });

  it('offers a wanted slot only once all of it is free, and the first in line before later ones', async () => {
    const at = nextDay();
    const early = await factory.booking({ roomId, organizationId: holder.id, start: at('10:00'), end: at('11:00') });
    const late = await factory.booking({ roomId, organizationId: holder.id, start: at('11:00'), end: at('12:00') });
    const whole = await join(first, at('10:00'), at('12:00'));
    const part = await join(second, at('10:00'), at('11:00'));
    await cancel(early.id);
    // the first in line still waits (half its slot is taken); the next, whose slot is free, is offered it
    expect((await entryOf(first, whole.id))!.status).toBe('WAITING');
    expect((await entryOf(second, part.id))!.status).toBe('OFFERED');
    await second.client.data(DECLINE_WAITING_LIST_OFFER, { id: part.id });
    expect((await entryOf(first, whole.id))!.status).toBe('WAITING');
    await cancel(late.id);
    expect((await entryOf(first, whole.id))!.offer).toMatchObject({ status: 'HELD', end: new Date(at('12:00')).toISOString() });
    await first.client.data(LEAVE_WAITING_LIST, { id: whole.id });
  });

  it('waits for a date of a series and makes the offer that date of the series', async () => {
    const at = nextDay();
    const nextWeek = new Date(Date.parse(at('17:00')) + 7 * 86_400_000).toISOString();
    const nextWeekEnd = new Date(Date.parse(at('18:00')) + 7 * 86_400_000).toISOString();
    const taken = await factory.booking({ roomId, organizationId: holder.id, start: nextWeek, end: nextWeekEnd });
    const { createBookingSeries } = await first.client.data(CREATE_BOOKING_SERIES, {
      input: { ...wish(first.id, at('17:00'), at('18:00'), 'Chorprobe'), category: 'CHOIR', rrule: 'FREQ=WEEKLY;COUNT=3' },
      onConflict: 'SKIP',
    });
    expect(createBookingSeries.skipped).toHaveLength(1);
    const seriesId = createBookingSeries.series.id as string;
    const entry = await first.client.data<{ joinWaitingList: Entry }>(JOIN_WAITING_LIST, {
      input: { ...wish(first.id, nextWeek, nextWeekEnd, 'Chorprobe'), category: 'CHOIR', seriesId, occurrenceStart: nextWeek },
    });
    expect(entry.joinWaitingList).toMatchObject({ seriesId, occurrenceStart: new Date(nextWeek).toISOString() });
    await cancel(taken.id);
    const offered = (await entryOf(first, entry.joinWaitingList.id))!;
    expect(offered.offer).toMatchObject({ status: 'HELD', occurrenceStart: new Date(nextWeek).toISOString() });
    const booking = await findBookingRecord(app.services.database.dataSource.manager, offered.offer!.id);
    expect(booking).toMatchObject({ seriesId, title: 'Chorprobe', category: 'CHOIR' });
    await first.client.data(CONFIRM_WAITING_LIST_OFFER, { id: offered.id });
  });

  it('lists a slot no more once it has passed, and counts it against no limit', async () => {
    const at = nextDay();
    await factory.booking({ roomId, organizationId: holder.id, start: at('08:00'), end: at('09:00') });
    const entry = await join(first, at('08:00'), at('09:00'));
    app.clock.set(at('09:00'));
    try {
      expect(await entryOf(first, entry.id)).toBeUndefined();
    } finally {
      app.clock.set(NOW);
    }
    expect((await entryOf(first, entry.id))!.status).toBe('WAITING');
    await first.client.data(LEAVE_WAITING_LIST, { id: entry.id });
  });

  it('refuses a series of another MO', async () => {
    const at = nextDay();
    await factory.booking({ roomId, organizationId: holder.id, start: at('17:00'), end: at('18:00') });
    const { createBookingSeries } = await staff.data(CREATE_BOOKING_SERIES, {
      input: { ...wish(holder.id, at('19:00'), at('20:00')), rrule: 'FREQ=WEEKLY;COUNT=2' },
    });
    const refused = await first.client.errorCode(JOIN_WAITING_LIST, {
      input: { ...wish(first.id, at('17:00'), at('18:00')), seriesId: createBookingSeries.series.id, occurrenceStart: at('17:00') },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_SERIES' });
  });
});
