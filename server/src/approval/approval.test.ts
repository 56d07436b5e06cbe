import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CANCEL_BOOKING, CREATE_BOOKING } from '../../test/documents.js';

const RULES = `query { approvalRules { id locationId roomId always minAttendees onWeekends seriesLongerThan firstBookings } }`;
const SET_RULES = `
  mutation ($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {
    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) { id locationId roomId always minAttendees onWeekends }
  }`;
const REMOVE_RULES = `mutation ($locationId: ID, $roomId: ID) { removeApprovalRules(locationId: $locationId, roomId: $roomId) }`;
const QUEUE = `
  query { bookingRequests { booking { id status expiresAt title } reasons seriesRequested organizationConfirmed organizationReleased organizationDeclined } }`;
const APPROVE = `
  mutation ($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {
    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) { id status expiresAt version }
  }`;
const DECLINE = `
  mutation ($id: ID!, $reason: String!, $wholeSeries: Boolean) {
    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) { id status statusReason }
  }`;
const NOTICES = `query { notifications(unreadOnly: true) { kind news reason booking { id status } } }`;
const BOOKING = `query ($id: ID!) { booking(id: $id) { id status expiresAt } }`;
const MOVE = `
  mutation ($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) { id status version expiresAt }
  }`;
const CREATE_SERIES = `
  mutation ($input: BookingSeriesInput!) {
    createBookingSeries(input: $input, onConflict: FAIL) { created { id status } }
  }`;

const OFF = { always: false, minAttendees: null, onWeekends: false, seriesLongerThan: null, firstBookings: null };
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }));

let app: TestApp;
let factory: Factory;
let organizationId: string;
let otherOrganizationId: string;
let locationId: string;
let hall: string;
let smallRoom: string;
let staff: ApiClient;
let member: ApiClient;
let otherMember: ApiClient;

beforeAll(async () => {
  // Monday 1 June 2026, 10:00 in Leipzig
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  otherOrganizationId = (await factory.organization()).id;
  locationId = (await factory.location({ openingHours: EVERY_DAY })).id;
  hall = (await factory.room({ locationId, capacity: 80 })).id;
  smallRoom = (await factory.room({ locationId })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  otherMember = (await factory.memberClient(otherOrganizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

let hour = 0;
/** A fresh two-hour slot on the given day (2026-06-dd), so tests do not meet. */
function slot(day: string) {
  hour = (hour + 2) % 12;
  const start = `2026-06-${day}T${String(6 + hour).padStart(2, '0')}:00:00Z`;
  const end = `2026-06-${day}T${String(7 + hour).padStart(2, '0')}:00:00Z`;
  return { start, end };
}

async function book(client: ApiClient, roomId: string, when: { start: string; end: string }, extra: Record<string, unknown> = {}) {
  const input = {
    roomId,
    organizationId: client === otherMember ? otherOrganizationId : organizationId,
    title: 'Chorprobe',
    category: 'CHOIR',
    ...when,
    ...extra,
  };
  return (await client.data(CREATE_BOOKING, { input })).createBooking as { id: string; status: string; version: number };
}

describe('approval rules', () => {
  it('are set by staff per room, house or centre, and read by everyone signed in', async () => {
    await staff.data(SET_RULES, { roomId: hall, input: { ...OFF, minAttendees: 30 } });
    await staff.data(SET_RULES, { locationId, input: { ...OFF, onWeekends: true } });
    // setting a scope again replaces its rules
    await staff.data(SET_RULES, { roomId: hall, input: { ...OFF, minAttendees: 40 } });
    const rules = (await member.data(RULES)).approvalRules as Array<{
      roomId: string | null;
      locationId: string | null;
      minAttendees: number | null;
    }>;
    expect(rules.filter((rule) => rule.roomId === hall).map((rule) => rule.minAttendees)).toEqual([40]);
    expect(rules.some((rule) => rule.locationId === locationId)).toBe(true);
  });

  it('refuse members, both ids at once, unknown scopes and numbers out of range, with typed errors', async () => {
    expect((await member.errorCode(SET_RULES, { locationId, input: OFF })).code).toBe('FORBIDDEN');
    expect((await new ApiClient(app.url).errorCode(RULES)).code).toBe('UNAUTHENTICATED');
    expect((await staff.errorCode(SET_RULES, { locationId, roomId: hall, input: OFF })).extensions).toMatchObject({
      field: 'roomId',
      reason: 'INVALID',
    });
    expect((await staff.errorCode(SET_RULES, { locationId: crypto.randomUUID(), input: OFF })).extensions).toMatchObject({
      reason: 'UNKNOWN_LOCATION',
    });
    // numbers left out are no such rule, like null
    const leftOut = (await staff.data(SET_RULES, { locationId: (await factory.location()).id, input: { always: true, onWeekends: false } }))
      .setApprovalRules as { always: boolean; minAttendees: number | null };
    expect(leftOut).toMatchObject({ always: true, minAttendees: null });
    expect((await staff.errorCode(SET_RULES, { roomId: hall, input: { ...OFF, minAttendees: 0 } })).extensions).toMatchObject({
      field: 'minAttendees',
      reason: 'OUT_OF_RANGE',
    });
  });
});

describe('a booking that needs approval', () => {
  it('holds its slot as REQUESTED: another MO is refused the same time, the queue says why', async () => {
    const when = slot('03');
    const requested = await book(member, hall, when, { expectedAttendees: 50 });
    expect(requested.status).toBe('REQUESTED');
    expect(
      (
        await otherMember.errorCode(CREATE_BOOKING, {
          input: { roomId: hall, organizationId: otherOrganizationId, title: 'Kurs', category: 'ART_COURSE', ...when },
        })
      ).code,
    ).toBe('BOOKING_CONFLICT');
    const queue = (await staff.data(QUEUE)).bookingRequests as Array<{ booking: { id: string; expiresAt: string }; reasons: string[] }>;
    const mine = queue.find((request) => request.booking.id === requested.id);
    expect(mine?.reasons).toEqual(['ATTENDEES']);
    // APPROVAL_EXPIRES_HOURS is 72 by default
    expect(mine?.booking.expiresAt).toBe('2026-06-04T08:00:00.000Z');
  });

  it('follows the most specific rules: the hall asks for big events, the rest of the house for weekends', async () => {
    expect((await book(member, hall, slot('03'), { expectedAttendees: 10 })).status).toBe('CONFIRMED');
    expect((await book(member, smallRoom, slot('06'))).status).toBe('REQUESTED'); // a Saturday
    expect((await book(member, smallRoom, slot('05'))).status).toBe('CONFIRMED'); // a Friday
  });

  it('is asked for again when a confirmed booking is moved where the rules apply, and not when staff move it', async () => {
    const weekday = await book(member, smallRoom, slot('08')); // a Monday
    expect(weekday.status).toBe('CONFIRMED');
    const saturday = slot('13');
    const moved = (await member.data(MOVE, { id: weekday.id, expectedVersion: weekday.version, roomId: smallRoom, ...saturday }))
      .moveBooking as { status: string; version: number; expiresAt: string | null };
    expect(moved).toMatchObject({ status: 'REQUESTED', expiresAt: '2026-06-04T08:00:00.000Z' });
    const byStaff = await book(member, smallRoom, slot('09'));
    const movedByStaff = (await staff.data(MOVE, { id: byStaff.id, expectedVersion: byStaff.version, roomId: smallRoom, ...slot('20') }))
      .moveBooking as { status: string };
    expect(movedByStaff.status).toBe('CONFIRMED');
  });

  it('is never a request when staff book', async () => {
    const created = (
      await staff.data(CREATE_BOOKING, {
        input: { roomId: smallRoom, organizationId, title: 'Team', category: 'MEETING', ...slot('07') },
      })
    ).createBooking as { status: string };
    expect(created.status).toBe('CONFIRMED');
  });

  it('is confirmed by staff: the MO is told at once, and may not approve itself', async () => {
    const requested = await book(member, smallRoom, slot('13'));
    expect(requested.status).toBe('REQUESTED');
    expect((await member.errorCode(APPROVE, { id: requested.id })).code).toBe('FORBIDDEN');
    expect((await staff.errorCode(APPROVE, { id: requested.id, expectedVersion: requested.version + 1 })).code).toBe('STALE_VERSION');
    const approved = (await staff.data(APPROVE, { id: requested.id, expectedVersion: requested.version })).approveBooking as {
      status: string;
      expiresAt: string | null;
    };
    expect(approved).toMatchObject({ status: 'CONFIRMED', expiresAt: null });
    const notices = (await member.data(NOTICES)).notifications as Array<{ news: string | null; booking: { id: string } }>;
    expect(notices.find((notice) => notice.booking.id === requested.id)?.news).toBe('APPROVED');
    // approving twice, or approving what is no request, is refused and changes nothing
    expect((await staff.errorCode(APPROVE, { id: requested.id })).extensions).toMatchObject({ reason: 'WRONG_STATUS' });
  });

  it('is declined by staff with a reason the MO reads; the slot is free again', async () => {
    const when = slot('20');
    const requested = await book(member, smallRoom, when);
    expect((await staff.errorCode(DECLINE, { id: requested.id, reason: '   ' })).extensions).toMatchObject({ reason: 'REQUIRED' });
    const declined = (await staff.data(DECLINE, { id: requested.id, reason: 'Der Raum wird renoviert.' })).declineBooking;
    expect(declined).toMatchObject({ status: 'DECLINED', statusReason: 'Der Raum wird renoviert.' });
    const notices = (await member.data(NOTICES)).notifications as Array<{
      news: string | null;
      reason: string | null;
      booking: { id: string };
    }>;
    expect(notices.find((notice) => notice.booking.id === requested.id)).toMatchObject({
      news: 'DECLINED',
      reason: 'Der Raum wird renoviert.',
    });
    // the other MO's weekend booking waits for approval too, but the slot is no longer taken
    expect((await book(otherMember, smallRoom, when)).status).toBe('REQUESTED');
  });

  it('refuses a decision on a cancelled request, and the MO may cancel its own request', async () => {
    const requested = await book(member, smallRoom, slot('27'));
    await member.data(CANCEL_BOOKING, { id: requested.id, expectedVersion: requested.version });
    expect((await staff.errorCode(APPROVE, { id: requested.id })).extensions).toMatchObject({ reason: 'WRONG_STATUS', limit: 'CANCELLED' });
    expect((await staff.errorCode(DECLINE, { id: requested.id, reason: 'Nein' })).extensions).toMatchObject({ reason: 'WRONG_STATUS' });
    expect((await staff.errorCode(APPROVE, { id: 'not-an-id' })).code).toBe('NOT_FOUND');
  });

  it('lapses when nobody decides in time, on one node, and frees the slot', async () => {
    const when = slot('14');
    const requested = await book(member, smallRoom, when);
    app.clock.set('2026-06-04T07:59:00Z');
    expect(await app.services.requestExpiry.runNow()).toBe(0);
    app.clock.set('2026-06-04T08:00:00Z');
    try {
      expect(await app.services.requestExpiry.runNow()).toBeGreaterThanOrEqual(1);
      expect(((await member.data(BOOKING, { id: requested.id })).booking as { status: string }).status).toBe('LAPSED');
      const notices = (await member.data(NOTICES)).notifications as Array<{ news: string | null; booking: { id: string } }>;
      expect(notices.find((notice) => notice.booking.id === requested.id)?.news).toBe('LAPSED');
      expect((await staff.errorCode(APPROVE, { id: requested.id })).extensions).toMatchObject({ reason: 'WRONG_STATUS' });
      await staff.data(CREATE_BOOKING, {
        input: { roomId: smallRoom, organizationId: otherOrganizationId, title: 'Frei', category: 'MEETING', ...when },
      });
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });

  it('approves or declines every waiting date of a long series at once', async () => {
    await staff.data(SET_RULES, { roomId: smallRoom, input: { ...OFF, seriesLongerThan: 3 } });
    try {
      const input = {
        roomId: smallRoom,
        organizationId,
        title: 'Deutschkurs',
        category: 'LANGUAGE_COURSE',
        start: '2026-06-02T16:00:00Z',
        end: '2026-06-02T17:00:00Z',
        rrule: 'FREQ=WEEKLY;COUNT=4',
      };
      const dates = (
        (await member.data(CREATE_SERIES, { input })).createBookingSeries as { created: Array<{ id: string; status: string }> }
      ).created;
      expect(dates.map((date) => date.status)).toEqual(['REQUESTED', 'REQUESTED', 'REQUESTED', 'REQUESTED']);
      const queue = (await staff.data(QUEUE)).bookingRequests as Array<{
        booking: { id: string };
        reasons: string[];
        seriesRequested: number;
      }>;
      expect(queue.find((request) => request.booking.id === dates[0]!.id)).toMatchObject({ reasons: ['LONG_SERIES'], seriesRequested: 4 });
      await staff.data(APPROVE, { id: dates[0]!.id, wholeSeries: true });
      for (const date of dates)
        expect(((await member.data(BOOKING, { id: date.id })).booking as { status: string }).status).toBe('CONFIRMED');
    } finally {
      await staff.data(REMOVE_RULES, { roomId: smallRoom });
    }
  });
});
