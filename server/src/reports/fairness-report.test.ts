import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { ASSIGN_COACH, REQUEST_COACHING, SCHEDULE_COACHING_SESSION } from '../../test/documents.js';
import { CREATE_NETWORK_MEETING } from '../../test/meeting-documents.js';
import type { BookingStatus } from '../bookings/booking.enums.js';

const FAIRNESS_REPORT = `
  query ($from: DateTime!, $to: DateTime!) {
    fairnessReport(from: $from, to: $to) {
      rows {
        organizationId organizationName takesPart eveningAgainstFairShare
        bookedHours usedHours releasedHours eveningHours declinedRequests lapsedRequests
      }
      totals { bookedHours usedHours releasedHours eveningHours declinedRequests lapsedRequests }
      fairShare { eveningHours organizations hoursPerOrganization }
      eveningStartsAt
    }
  }
`;

// March 2027 in Leipzig: the clocks go forward on Sunday 28 March, at 02:00
const PERIOD = { from: '2027-03-01T00:00:00+01:00', to: '2027-04-01T00:00:00+02:00' };

interface Row {
  organizationId: string;
  organizationName: string;
  takesPart: boolean;
  eveningAgainstFairShare: number | null;
  bookedHours: number;
  usedHours: number;
  releasedHours: number;
  eveningHours: number;
  declinedRequests: number;
  lapsedRequests: number;
}
interface Report {
  rows: Row[];
  totals: Omit<Row, 'organizationId' | 'organizationName' | 'takesPart' | 'eveningAgainstFairShare'> | null;
  fairShare: { eveningHours: number; organizations: number; hoursPerOrganization: number };
  eveningStartsAt: string;
}

let app: TestApp;
let staff: ApiClient;
let choirMember: ApiClient;
let courseMember: ApiClient;
const mo: Record<'choir' | 'course' | 'dance' | 'idle' | 'retired', string> = { choir: '', course: '', dance: '', idle: '', retired: '' };

beforeAll(async () => {
  app = await createTestApp({ now: '2027-02-20T08:00:00Z' });
  const factory = new Factory(app);
  const dataSource = app.services.database.dataSource;
  mo.choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  mo.course = (await factory.organization({ name: 'Deutschkurs SDKV' })).id;
  mo.dance = (await factory.organization({ name: 'Tanzgruppe Dabke' })).id;
  mo.idle = (await factory.organization({ name: 'Verein ohne Buchung' })).id;
  mo.retired = (await factory.organization({ name: 'Zz aufgelöster Verein', active: false })).id;
  const west = (await factory.location({ name: 'KolLEktiv West', openingHours: ALWAYS_OPEN })).id;
  // a house on another wall clock: its evening begins at 17:00 there, 15:00 in Leipzig in March
  const east = (await factory.location({ name: 'Haus Istanbul', timeZone: 'Europe/Istanbul', openingHours: ALWAYS_OPEN })).id;
  const hall = (await factory.room({ locationId: west, name: 'Saal', capacity: 50 })).id;
  const office = (await factory.room({ locationId: west, name: 'Büro', capacity: 50 })).id;
  const salon = (await factory.room({ locationId: east, name: 'Salon', capacity: 50 })).id;
  staff = (await factory.staffClient()).client;
  choirMember = (await factory.memberClient(mo.choir)).client;
  courseMember = (await factory.memberClient(mo.course)).client;

  /**
   * A booking made as any other, then put in the state the report reads: the report reads what the rows say,
   * and each transition (check-in, release, decline, lapse) is tested with its own code.
   */
  const book = async (
    roomId: string,
    organizationId: string,
    start: string,
    end: string,
    state: { status?: BookingStatus; checkedIn?: boolean } = {},
  ) => {
    const { id } = await factory.booking({ roomId, organizationId, start, end });
    await dataSource.query(
      `UPDATE booking SET status = $2, checked_in_at = CASE WHEN $3 THEN starts_at + interval '5 minutes' END WHERE id = $1`,
      [id, state.status ?? 'CONFIRMED', state.checkedIn ?? false],
    );
  };

  // the choir: 10.5 booked, 5.5 used, 2 released, 8.5 in the evening, one request declined
  await book(hall, mo.choir, '2027-03-02T18:00:00+01:00', '2027-03-02T20:30:00+01:00', { checkedIn: true });
  await book(hall, mo.choir, '2027-03-09T16:00:00+01:00', '2027-03-09T19:00:00+01:00');
  await book(hall, mo.choir, '2027-03-16T18:00:00+01:00', '2027-03-16T20:00:00+01:00', { status: 'RELEASED' });
  await book(hall, mo.choir, '2027-03-23T18:00:00+01:00', '2027-03-23T20:00:00+01:00', { status: 'CANCELLED' });
  await book(hall, mo.choir, '2027-03-10T18:00:00+01:00', '2027-03-10T20:00:00+01:00', { status: 'DECLINED' });
  // the day the clocks go forward: 16:00–19:00 summer time holds two evening hours, not three
  await book(hall, mo.choir, '2027-03-28T16:00:00+02:00', '2027-03-28T19:00:00+02:00', { checkedIn: true });

  // the course: 7 booked, 2 used, 4 in the evening, one request lapsed
  // across the switch: 01:00–04:00 on the clock is two hours, none of them evening
  await book(office, mo.course, '2027-03-28T01:00:00+01:00', '2027-03-28T04:00:00+02:00');
  // the period's last evening, up to its very end at midnight
  await book(office, mo.course, '2027-03-31T21:00:00+02:00', '2027-04-01T00:00:00+02:00');
  // the evening before the period
  await book(office, mo.course, '2027-02-28T18:00:00+01:00', '2027-02-28T20:00:00+01:00');
  // 16:00–18:00 in Istanbul: one evening hour on the house's clock (on Leipzig's it would be none)
  await book(salon, mo.course, '2027-03-04T16:00:00+03:00', '2027-03-04T18:00:00+03:00', { checkedIn: true });
  await book(office, mo.course, '2027-03-05T18:00:00+01:00', '2027-03-05T19:00:00+01:00', { status: 'LAPSED' });

  // the dance group only asked, and was refused: it takes part and got no evening
  await book(hall, mo.dance, '2027-03-12T18:00:00+01:00', '2027-03-12T21:00:00+01:00', { status: 'DECLINED' });

  // neither the centre's network meeting nor the choir's coaching session is an MO's use of the rooms
  await staff.data(CREATE_NETWORK_MEETING, {
    input: {
      roomId: office,
      start: '2027-03-11T18:00:00+01:00',
      end: '2027-03-11T21:00:00+01:00',
      title: 'Netzwerktreffen',
      agendaDeadline: '2027-03-08T18:00:00+01:00',
    },
  });
  const coach = await factory.coach();
  const { requestCoaching } = await staff.data(REQUEST_COACHING, {
    input: { organizationId: mo.choir, topic: 'FUNDING', text: 'Förderantrag', languages: ['de'] },
  });
  await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId: coach.id });
  await staff.data(SCHEDULE_COACHING_SESSION, {
    requestId: requestCoaching.id,
    input: { roomId: office, start: '2027-03-03T18:00:00+01:00', end: '2027-03-03T20:00:00+01:00' },
  });
});

afterAll(async () => {
  await app?.stop();
});

const report = async (client: ApiClient, period = PERIOD) =>
  (await client.data<{ fairnessReport: Report }>(FAIRNESS_REPORT, period)).fairnessReport;
const rowOf = (rows: Row[], organizationId: string) => rows.find((row) => row.organizationId === organizationId);

/**
 * The same figures summed another way, in SQL over the bookings' quarter hours (every booking lies on the
 * 15-minute grid): a quarter counts where it lies in the period, and in the evening where the house's clock
 * shows 17:00 or later at its start. No clipping, no evening spans, nothing shared with the report's query.
 */
async function independently(
  period = PERIOD,
): Promise<Map<string, Omit<Row, 'organizationName' | 'takesPart' | 'eveningAgainstFairShare'>>> {
  const rows: Array<Omit<Row, 'organizationName' | 'takesPart' | 'eveningAgainstFairShare'>> = await app.services.database.dataSource.query(
    `WITH quarters AS (
       SELECT b.id, b.organization_id, b.status, b.checked_in_at, q AS at, (q AT TIME ZONE l.time_zone)::time AS wall
         FROM booking b
         JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id
         JOIN organization o ON o.id = b.organization_id AND o.kind = 'MO'
         CROSS JOIN LATERAL generate_series(b.starts_at, b.ends_at - interval '15 minutes', interval '15 minutes') AS q
        WHERE b.id NOT IN (SELECT booking_id FROM coaching_session WHERE booking_id IS NOT NULL)
     )
     SELECT organization_id AS "organizationId",
            (count(*) FILTER (WHERE status IN ('CONFIRMED', 'RELEASED') AND at >= $1 AND at < $2) * 0.25)::float8 AS "bookedHours",
            (count(*) FILTER (WHERE status = 'CONFIRMED' AND checked_in_at IS NOT NULL AND at >= $1 AND at < $2) * 0.25)::float8 AS "usedHours",
            (count(*) FILTER (WHERE status = 'RELEASED' AND at >= $1 AND at < $2) * 0.25)::float8 AS "releasedHours",
            (count(*) FILTER (WHERE status IN ('CONFIRMED', 'RELEASED') AND at >= $1 AND at < $2 AND wall >= '17:00') * 0.25)::float8 AS "eveningHours",
            count(DISTINCT id) FILTER (WHERE status = 'DECLINED' AND at >= $1 AND at < $2)::int AS "declinedRequests",
            count(DISTINCT id) FILTER (WHERE status = 'LAPSED' AND at >= $1 AND at < $2)::int AS "lapsedRequests"
       FROM quarters GROUP BY organization_id`,
    [period.from, period.to],
  );
  return new Map(rows.map((row) => [row.organizationId, row]));
}

describe('the fairness report', () => {
  it('gives staff every active MO with the figures an independent sum over quarter hours gives', async () => {
    const { rows, totals } = await report(staff);
    expect(rows.map((row) => row.organizationName)).toEqual(['Chor Kalyna', 'Deutschkurs SDKV', 'Tanzgruppe Dabke', 'Verein ohne Buchung']);
    const sums = await independently();
    for (const row of rows) {
      const { organizationName: _name, takesPart: _part, eveningAgainstFairShare: _share, ...figures } = row;
      const zero = { bookedHours: 0, usedHours: 0, releasedHours: 0, eveningHours: 0, declinedRequests: 0, lapsedRequests: 0 };
      expect(figures).toEqual({ ...zero, ...sums.get(row.organizationId), organizationId: row.organizationId });
    }
    expect(rowOf(rows, mo.choir)).toMatchObject({
      bookedHours: 10.5,
      usedHours: 5.5,
      releasedHours: 2,
      eveningHours: 8.5,
      declinedRequests: 1,
      lapsedRequests: 0,
    });
    expect(rowOf(rows, mo.course)).toMatchObject({
      bookedHours: 7,
      usedHours: 2,
      releasedHours: 0,
      eveningHours: 4,
      declinedRequests: 0,
      lapsedRequests: 1,
    });
    expect(totals).toEqual({
      bookedHours: 17.5,
      usedHours: 7.5,
      releasedHours: 2,
      eveningHours: 12.5,
      declinedRequests: 2,
      lapsedRequests: 1,
    });
  });

  it('shares the evenings among the MOs that took part, and measures each against its share', async () => {
    const { rows, fairShare, eveningStartsAt } = await report(staff);
    expect(eveningStartsAt).toBe('17:00');
    expect(fairShare).toEqual({ eveningHours: 12.5, organizations: 3, hoursPerOrganization: 4.17 });
    expect(rows.map((row) => [row.organizationName, row.takesPart, row.eveningAgainstFairShare])).toEqual([
      ['Chor Kalyna', true, 4.33],
      ['Deutschkurs SDKV', true, -0.17],
      ['Tanzgruppe Dabke', true, -4.17],
      ['Verein ohne Buchung', false, null],
    ]);
  });

  it('clips bookings to a period that starts and ends within them', async () => {
    const week = { from: '2027-03-02T19:00:00+01:00', to: '2027-03-09T18:00:00+01:00' };
    const { rows } = await report(staff, week);
    // 19:00–20:30 of the first evening, 16:00–18:00 of the last day (17:00–18:00 of it evening)
    expect(rowOf(rows, mo.choir)).toMatchObject({ bookedHours: 3.5, usedHours: 1.5, eveningHours: 2.5 });
    const sums = await independently(week);
    for (const row of rows.filter((row) => sums.has(row.organizationId))) expect(row).toMatchObject(sums.get(row.organizationId)!);
  });

  it('cuts evenings on the house’s clock on the day the clocks go forward', async () => {
    const sunday = { from: '2027-03-28T00:00:00+01:00', to: '2027-03-29T00:00:00+02:00' };
    const { rows } = await report(staff, sunday);
    expect(rowOf(rows, mo.choir)).toMatchObject({ bookedHours: 3, eveningHours: 2, usedHours: 3 });
    expect(rowOf(rows, mo.course)).toMatchObject({ bookedHours: 2, eveningHours: 0 });
  });

  it('gives a member their own MO only, with the same fair share and no totals', async () => {
    const staffView = await report(staff);
    for (const [member, own] of [
      [choirMember, mo.choir],
      [courseMember, mo.course],
    ] as const) {
      const view = await report(member);
      expect(view.rows).toEqual([rowOf(staffView.rows, own)]);
      expect(view.totals).toBeNull();
      expect(view.fairShare).toEqual(staffView.fairShare);
    }
  });

  it('refuses a coach and a period that ends before it starts', async () => {
    const coach = (await new Factory(app).coachClient()).client;
    expect((await coach.errorCode(FAIRNESS_REPORT, PERIOD)).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(FAIRNESS_REPORT, PERIOD)).code).toBe('UNAUTHENTICATED');
    const backwards = await staff.errorCode(FAIRNESS_REPORT, { from: PERIOD.to, to: PERIOD.from });
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to' } });
  });

  it('downloads as CSV in the reader’s language, a member’s file holding their MO alone', async () => {
    const query = new URLSearchParams({ ...PERIOD, lang: 'en' });
    const response = await fetch(`${app.url}/reports/fairness.csv?${query}`, { headers: { cookie: staff.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="faire-nutzung-2027-03-01-2027-03-31.csv"');
    const lines = (await response.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Organisation;Hours booked;Hours used (checked in);Hours released (nobody came);Requests declined;Requests lapsed;Evening hours;Fair share of the evenings (hours);Evening hours above (+) or below (−) the fair share',
    );
    expect(lines.slice(1)).toEqual([
      'Chor Kalyna;10,5;5,5;2;1;0;8,5;4,17;4,33',
      'Deutschkurs SDKV;7;2;0;0;1;4;4,17;-0,17',
      'Tanzgruppe Dabke;0;0;0;1;0;0;4,17;-4,17',
      'Verein ohne Buchung;0;0;0;0;0;0;4,17;',
    ]);

    const own = await fetch(`${app.url}/reports/fairness.csv?${query}`, { headers: { cookie: courseMember.cookie! } });
    expect((await own.text()).trim().split('\r\n').slice(1)).toEqual(['Deutschkurs SDKV;7;2;0;0;1;4;4,17;-0,17']);

    const workbook = await fetch(`${app.url}/reports/fairness.xlsx?${query}`, { headers: { cookie: choirMember.cookie! } });
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toContain('spreadsheetml');
    const coach = (await new Factory(app).coachClient()).client;
    expect((await fetch(`${app.url}/reports/fairness.csv?${query}`, { headers: { cookie: coach.cookie! } })).status).toBe(403);
  });
});
