import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CANCEL_BOOKING } from '../../test/documents.js';
import { CREATE_NETWORK_MEETING } from '../../test/meeting-documents.js';
import { findBookingRecords } from '../bookings/booking.repository.js';

const USAGE_REPORT = `
  query ($from: DateTime!, $to: DateTime!, $groupBy: [ReportDimension!]!) {
    usageReport(from: $from, to: $to, groupBy: $groupBy) {
      rows { keys { dimension value label } bookings hours attendees cancellations lateCancellations }
      totals { bookings hours attendees cancellations lateCancellations organizations newOrganizations }
    }
  }
`;

// March 2027 from noon on the 1st: the clocks go forward on Sunday 28 March
const PERIOD = { from: '2027-03-01T12:00:00+01:00', to: '2027-04-01T00:00:00+02:00' };

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;
let choir: string;
let course: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2027-02-20T08:00:00Z' });
  const factory = new Factory(app);
  choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  course = (await factory.organization({ name: 'Deutschkurs SDKV' })).id;
  const house = (await factory.location({ name: 'KolLEktiv West', openingHours: ALWAYS_OPEN })).id;
  const hall = (await factory.room({ locationId: house, name: 'Großer Saal', capacity: 50 })).id;
  const office = (await factory.room({ locationId: house, name: 'Büro', capacity: 50 })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(choir)).client;
  const book = (
    roomId: string,
    organizationId: string,
    start: string,
    end: string,
    category: 'CHOIR' | 'LANGUAGE_COURSE',
    attendees: number,
  ) => factory.booking({ roomId, organizationId, start, end, category, expectedAttendees: attendees });
  await book(hall, choir, '2027-03-02T18:00:00+01:00', '2027-03-02T20:30:00+01:00', 'CHOIR', 20);
  await book(hall, choir, '2027-03-09T18:00:00+01:00', '2027-03-09T20:30:00+01:00', 'CHOIR', 22);
  // across the period's start: only its hour in March counts
  await book(office, course, '2027-03-01T11:00:00+01:00', '2027-03-01T13:00:00+01:00', 'LANGUAGE_COURSE', 8);
  // across the switch to summer time: 01:00–04:00 on the clock is two real hours
  await book(office, course, '2027-03-28T01:00:00+01:00', '2027-03-28T04:00:00+02:00', 'LANGUAGE_COURSE', 6);
  // outside the period
  await book(office, course, '2027-04-05T10:00:00+02:00', '2027-04-05T12:00:00+02:00', 'LANGUAGE_COURSE', 6);
  // cancelled well ahead, and cancelled late (less than 24 h before)
  const early = await book(hall, choir, '2027-03-16T18:00:00+01:00', '2027-03-16T20:00:00+01:00', 'CHOIR', 20);
  const late = await book(hall, choir, '2027-03-23T18:00:00+01:00', '2027-03-23T20:00:00+01:00', 'CHOIR', 20);
  await staff.data(CANCEL_BOOKING, { id: early.id, expectedVersion: 1 });
  app.clock.set('2027-03-23T08:00:00Z');
  await (await factory.staffClient()).client.data(CANCEL_BOOKING, { id: late.id, expectedVersion: 1 });
  app.clock.set('2027-02-20T08:00:00Z');
});

afterAll(async () => {
  await app?.stop();
});

/** The same figures computed another way: every booking read back and clipped in JavaScript. */
async function independently(): Promise<Map<string, { bookings: number; hours: number; attendees: number; cancellations: number }>> {
  const ids: Array<{ id: string }> = await app.services.database.dataSource.query('SELECT id FROM booking');
  const records = await findBookingRecords(
    app.services.database.dataSource.manager,
    ids.map((row) => row.id),
  );
  const from = Date.parse(PERIOD.from);
  const to = Date.parse(PERIOD.to);
  const byOrganization = new Map<string, { bookings: number; hours: number; attendees: number; cancellations: number }>();
  for (const record of records) {
    const start = Math.max(record.start.getTime(), from);
    const end = Math.min(record.end.getTime(), to);
    if (end <= start) continue;
    const figures = byOrganization.get(record.organization.name) ?? { bookings: 0, hours: 0, attendees: 0, cancellations: 0 };
    if (record.status === 'CANCELLED') figures.cancellations++;
    else {
      figures.bookings++;
      figures.hours += (end - start) / 3_600_000;
      figures.attendees += record.expectedAttendees ?? 0;
    }
    byOrganization.set(record.organization.name, figures);
  }
  return byOrganization;
}

describe('the usage report for the city', () => {
  it('counts bookings, hours clipped to the period (also across the clock change), attendees and cancellations per MO', async () => {
    const { usageReport } = await staff.data(USAGE_REPORT, { ...PERIOD, groupBy: ['ORGANIZATION'] });
    const expected = await independently();
    expect(usageReport.rows).toHaveLength(expected.size);
    for (const row of usageReport.rows) {
      const figures = expected.get(row.keys[0].label)!;
      expect({ bookings: row.bookings, hours: row.hours, attendees: row.attendees, cancellations: row.cancellations }).toEqual(figures);
    }
    const choirRow = usageReport.rows.find((row: { keys: Array<{ value: string }> }) => row.keys[0]!.value === choir);
    expect(choirRow).toMatchObject({ bookings: 2, hours: 5, attendees: 42, cancellations: 2, lateCancellations: 1 });
    const courseRow = usageReport.rows.find((row: { keys: Array<{ value: string }> }) => row.keys[0]!.value === course);
    expect(courseRow).toMatchObject({ bookings: 2, hours: 3, attendees: 14 });
    expect(usageReport.totals).toMatchObject({ bookings: 4, hours: 8, cancellations: 2, lateCancellations: 1, organizations: 2 });
  });

  it('groups by several dimensions at once, in the house’s time', async () => {
    const { usageReport } = await staff.data(USAGE_REPORT, { ...PERIOD, groupBy: ['CATEGORY', 'WEEKDAY', 'HOUR'] });
    const keys = usageReport.rows.map((row: { keys: Array<{ value: string }> }) => row.keys.map((key) => key.value).join(' '));
    // the choir on Tuesdays at 18:00; the course's night on Sunday 28 March from 01:00
    expect(keys).toEqual(expect.arrayContaining(['CHOIR 2 18', 'LANGUAGE_COURSE 7 01']));
  });

  it('is for staff only, and downloads as CSV that Excel in German reads, with the same numbers', async () => {
    expect((await member.errorCode(USAGE_REPORT, { ...PERIOD, groupBy: ['ORGANIZATION'] })).code).toBe('FORBIDDEN');
    const query = new URLSearchParams({ ...PERIOD, groupBy: 'ORGANIZATION,MONTH' });
    const response = await fetch(`${app.url}/reports/usage.csv?${query}`, { headers: { cookie: staff.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(header).toBe('Organisation;Monat;Buchungen;Stunden;Erwartete Personen;Stornierungen;Davon kurzfristig');
    const { usageReport } = await staff.data(USAGE_REPORT, { ...PERIOD, groupBy: ['ORGANIZATION', 'MONTH'] });
    expect(
      lines.map((line) => {
        const [organization, month, bookings, hours] = line.split(';');
        return [organization, month, Number(bookings), Number(hours!.replace(',', '.'))];
      }),
    ).toEqual(
      usageReport.rows.map((row: { keys: Array<{ label: string }>; bookings: number; hours: number }) => [
        row.keys[0]!.label,
        row.keys[1]!.label,
        row.bookings,
        row.hours,
      ]),
    );

    const refused = await fetch(`${app.url}/reports/usage.csv?${query}`, { headers: { cookie: member.cookie! } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const bad = await fetch(`${app.url}/reports/usage.csv?from=yesterday&to=${encodeURIComponent(PERIOD.to)}&groupBy=MONTH`, {
      headers: { cookie: staff.cookie! },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'from' } }] });
  });
});

describe('the centre in the usage report', () => {
  it("lists the network meetings' hours under the centre, but never counts the centre as an MO", async () => {
    const own = await createTestApp({ now: '2027-02-20T08:00:00Z' });
    try {
      const factory = new Factory(own);
      const choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
      const house = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
      const hall = (await factory.room({ locationId: house, capacity: 50 })).id;
      await factory.booking({ roomId: hall, organizationId: choir, start: '2027-03-02T18:00:00+01:00', end: '2027-03-02T20:00:00+01:00' });
      const boss = (await factory.staffClient()).client;
      await boss.data(CREATE_NETWORK_MEETING, {
        input: {
          roomId: hall,
          start: '2027-03-05T17:00:00+01:00',
          end: '2027-03-05T19:00:00+01:00',
          title: 'Netzwerktreffen',
          agendaDeadline: '2027-03-03T12:00:00+01:00',
        },
      });
      const { usageReport } = await boss.data(USAGE_REPORT, {
        from: '2027-01-01T00:00:00+01:00',
        to: '2027-04-01T00:00:00+02:00',
        groupBy: ['ORGANIZATION'],
      });
      const labels = usageReport.rows.map((row: { keys: Array<{ label: string }> }) => row.keys[0]!.label);
      expect(labels).toEqual(expect.arrayContaining(['Chor Kalyna', 'KolLEktiv']));
      expect(usageReport.totals).toMatchObject({ bookings: 2, hours: 4, organizations: 1 });
      const made: Array<{ kind: string }> = await own.services.database.dataSource.query('SELECT kind FROM organization');
      expect(made.map((row) => row.kind).sort()).toEqual(['CENTRE', 'MO']);
      // both made in February, as if that were the clock the database runs by: only the MO is new
      await own.services.database.dataSource.query(`UPDATE organization SET created_at = '2027-02-10T12:00:00Z'`);
      const february = await boss.data(USAGE_REPORT, { from: '2027-02-01T00:00:00+01:00', to: '2027-03-01T00:00:00+01:00', groupBy: [] });
      expect(february.usageReport.totals.newOrganizations).toBe(1);
    } finally {
      await own.stop();
    }
  });
});
