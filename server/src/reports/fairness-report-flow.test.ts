import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createTestApp, type ApiClient, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING } from '../../test/documents.js';

/**
 * The fairness report over what fair use's own mutations and timers wrote (`fairness-report.test.ts` sets the
 * rows by hand to reach every case): requests approved and declined by staff, a check-in, a no-show released by
 * its timer and a request lapsed by its own.
 */
const SET_RULES = `mutation ($locationId: ID, $input: ApprovalRulesInput!) { setApprovalRules(locationId: $locationId, input: $input) { id } }`;
const APPROVE = `mutation ($id: ID!) { approveBooking(id: $id) { id status } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineBooking(id: $id, reason: $reason) { id status } }`;
const CHECK_IN = `mutation ($id: ID!) { checkIn(bookingId: $id) { id checkedInAt } }`;
const FAIRNESS_REPORT = `
  query ($from: DateTime!, $to: DateTime!) {
    fairnessReport(from: $from, to: $to) {
      rows { organizationId bookedHours usedHours releasedHours eveningHours declinedRequests lapsedRequests eveningAgainstFairShare }
      fairShare { eveningHours organizations hoursPerOrganization }
    }
  }`;
// the week from Monday 1 June 2026 in Leipzig (summer time, UTC+2)
const WEEK = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-08T00:00:00+02:00' };

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;
let choir: string;
let course: string;
const ids: Record<'checkedIn' | 'noShow' | 'declined' | 'lapsing', string> = { checkedIn: '', noShow: '', declined: '', lapsing: '' };

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T06:00:00Z' });
  const factory = new Factory(app);
  choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  course = (await factory.organization({ name: 'Deutschkurs SDKV' })).id;
  const house = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const otherHouse = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const rooms = [];
  for (let made = 0; made < 4; made++) rooms.push((await factory.room({ locationId: house, capacity: 40 })).id);
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(choir)).client;
  // the house asks staff to approve every member's booking, and releases bookings nobody checked in to
  await staff.data(SET_RULES, {
    locationId: house,
    input: { always: true, minAttendees: null, onWeekends: false, seriesLongerThan: null, firstBookings: null },
  });
  await app.services.checkIn.setSettings({ kind: 'staff', userId: (await factory.user('STAFF')).id, sessionId: '' }, house, {
    required: true,
    graceMinutes: 20,
  });
  const request = async (roomId: string, start: string, end: string) => {
    const input = { roomId, organizationId: choir, title: 'Chorprobe', category: 'CHOIR', start, end };
    const { createBooking } = await member.data(CREATE_BOOKING, { input });
    expect(createBooking.status).toBe('REQUESTED');
    return createBooking.id as string;
  };
  ids.checkedIn = await request(rooms[0]!, '2026-06-02T18:00:00+02:00', '2026-06-02T20:00:00+02:00');
  ids.noShow = await request(rooms[1]!, '2026-06-02T19:00:00+02:00', '2026-06-02T21:00:00+02:00');
  ids.declined = await request(rooms[2]!, '2026-06-03T10:00:00+02:00', '2026-06-03T12:00:00+02:00');
  ids.lapsing = await request(rooms[3]!, '2026-06-05T14:00:00+02:00', '2026-06-05T16:00:00+02:00');
  // the course books in a house without rules: confirmed at once, never checked in (not required there)
  await factory.booking({
    roomId: (await factory.room({ locationId: otherHouse })).id,
    organizationId: course,
    start: '2026-06-03T18:00:00+02:00',
    end: '2026-06-03T21:00:00+02:00',
  });

  await staff.data(APPROVE, { id: ids.checkedIn });
  await staff.data(APPROVE, { id: ids.noShow });
  await staff.data(DECLINE, { id: ids.declined, reason: 'Der Raum wird gestrichen.' });
  app.clock.set('2026-06-02T16:05:00Z');
  await member.data(CHECK_IN, { id: ids.checkedIn });
  // the grace period of the booking at 19:00 ends at 19:20 (17:20 UTC)
  app.clock.set('2026-06-02T17:20:00Z');
  expect(await app.services.noShowRelease.runNow()).toBe(1);
  // 72 hours after it was asked, the undecided request lapses
  app.clock.set('2026-06-04T06:00:01Z');
  expect(await app.services.requestExpiry.runNow()).toBe(1);
});

afterAll(async () => {
  await app?.stop();
});

describe(`the fairness report after fair use's own steps on ${ENGINE}`, () => {
  it('counts the checked-in booking as used, the no-show as released, and the declined and lapsed requests', async () => {
    const statuses: Array<{ id: string; status: string }> = await app.services.database.dataSource.query(
      `SELECT id, status FROM booking WHERE id = ANY($1::uuid[])`,
      [Object.values(ids)],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [ids.checkedIn]: 'CONFIRMED',
      [ids.noShow]: 'RELEASED',
      [ids.declined]: 'DECLINED',
      [ids.lapsing]: 'LAPSED',
    });
    const { fairnessReport } = await staff.data(FAIRNESS_REPORT, WEEK);
    const rowOf = (organizationId: string) =>
      (fairnessReport.rows as Array<{ organizationId: string }>).find((row) => row.organizationId === organizationId);
    expect(rowOf(choir)).toEqual({
      organizationId: choir,
      bookedHours: 4,
      usedHours: 2,
      releasedHours: 2,
      eveningHours: 4,
      declinedRequests: 1,
      lapsedRequests: 1,
      eveningAgainstFairShare: 0.5,
    });
    expect(rowOf(course)).toMatchObject({ bookedHours: 3, usedHours: 0, eveningHours: 3, eveningAgainstFairShare: -0.5 });
    expect(fairnessReport.fairShare).toEqual({ eveningHours: 7, organizations: 2, hoursPerOrganization: 3.5 });
    // the member reads the same for its MO, and nothing of the course
    const own = (await member.data(FAIRNESS_REPORT, WEEK)).fairnessReport;
    expect(own.rows).toEqual([rowOf(choir)]);
  });
});
