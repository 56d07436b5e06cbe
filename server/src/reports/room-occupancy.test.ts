import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CANCEL_BOOKING } from '../../test/documents.js';
import { Location } from '../locations/location.entity.js';
import type { OpeningHours } from '../locations/opening-hours.js';

const ROOM_OCCUPANCY = `
  query ($from: DateTime!, $to: DateTime!) {
    roomOccupancy(from: $from, to: $to) {
      roomId roomName locationName openHours bookedHours share
      cells { weekday hour openHours bookedHours }
    }
  }
`;

// two weeks around the switch to summer time (Sunday 28 March 2027), Easter included, from mid-morning
const PERIOD = { from: '2027-03-22T09:30:00+01:00', to: '2027-04-05T00:00:00+02:00' };
// Monday to Saturday 09:00–21:00, Sundays round the clock, so the short night of the switch is open
const HOURS: OpeningHours[] = [
  ...[1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })),
  { weekday: 7, opens: '00:00', closes: '24:00' },
];

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;
let openOnHolidays: string;
let closedOnHolidays: string;
let hall: string;
let office: string;
let studio: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2027-03-01T08:00:00Z' });
  const factory = new Factory(app);
  const choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  openOnHolidays = (await factory.location({ name: 'KolLEktiv West', openingHours: ALWAYS_OPEN, openOnPublicHolidays: true, sortOrder: 1 }))
    .id;
  // closes on public holidays from when its booking on Good Friday is made
  closedOnHolidays = (
    await factory.location({ name: 'KolLEktiv Ost', openingHours: ALWAYS_OPEN, openOnPublicHolidays: true, sortOrder: 2 })
  ).id;
  hall = (await factory.room({ locationId: openOnHolidays, name: 'Großer Saal' })).id;
  office = (await factory.room({ locationId: openOnHolidays, name: 'Büro' })).id;
  studio = (await factory.room({ locationId: closedOnHolidays, name: 'Atelier' })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(choir)).client;
  const book = (roomId: string, start: string, end: string) => factory.booking({ roomId, organizationId: choir, start, end });
  // across the period's start
  await book(hall, '2027-03-22T08:00:00+01:00', '2027-03-22T10:00:00+01:00');
  // runs an hour past closing time once the opening hours below apply
  await book(hall, '2027-03-23T18:00:00+01:00', '2027-03-23T22:00:00+01:00');
  // half in the office's closure below
  await book(office, '2027-03-24T11:00:00+01:00', '2027-03-24T13:00:00+01:00');
  // 01:00–04:00 on the clock the night the clocks go forward: two real hours
  await book(office, '2027-03-28T01:00:00+01:00', '2027-03-28T04:00:00+02:00');
  await book(studio, '2027-03-26T10:00:00+01:00', '2027-03-26T12:00:00+01:00');
  await book(studio, '2027-03-30T10:00:00+02:00', '2027-03-30T12:30:00+02:00');
  const cancelled = await book(hall, '2027-03-25T10:00:00+01:00', '2027-03-25T12:00:00+01:00');
  await staff.data(CANCEL_BOOKING, { id: cancelled.id, expectedVersion: 1 });
  await app.services.database.dataSource.getRepository(Location).update(openOnHolidays, { openingHours: HOURS });
  await app.services.database.dataSource.getRepository(Location).update(closedOnHolidays, { openOnPublicHolidays: false });
  await app.services.database.dataSource.query(
    `INSERT INTO closure (location_id, room_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4, 'Wasserschaden'), ($1, NULL, $5, $6, 'Teamtag')`,
    [
      openOnHolidays,
      office,
      '2027-03-24T12:00:00+01:00',
      '2027-03-24T15:00:00+01:00',
      '2027-04-01T09:00:00+02:00',
      '2027-04-02T00:00:00+02:00',
    ],
  );
});

afterAll(async () => {
  await app?.stop();
});

interface Cell {
  weekday: number;
  hour: number;
  openHours: number;
  bookedHours: number;
}

/**
 * The same figures counted another way, by SQL alone: every quarter hour of the period is open when the
 * house's opening hours hold it in house time and no closure covers it, and booked when a confirmed booking
 * does too. Public holidays are not known to SQL, so this runs on the house that stays open on them.
 */
async function independently(roomId: string): Promise<{ openHours: number; bookedHours: number; cells: Cell[] }> {
  const cells: Array<{ weekday: number; hour: number; open: number; booked: number }> = await app.services.database.dataSource.query(
    `WITH quarter AS (
       SELECT t, (t AT TIME ZONE l.time_zone) AS wall, l.id AS location_id, l.opening_hours
         FROM location l JOIN room r ON r.location_id = l.id,
              generate_series($2::timestamptz, $3::timestamptz - interval '15 minutes', interval '15 minutes') AS t
        WHERE r.id = $1
     ), marked AS (
       SELECT wall,
              EXISTS (SELECT 1 FROM jsonb_to_recordset(opening_hours) AS h(weekday int, opens text, closes text)
                       WHERE h.weekday = extract(isodow FROM wall) AND wall::time >= h.opens::time
                         AND (wall::time < h.closes::time OR h.closes = '24:00'))
              AND NOT EXISTS (SELECT 1 FROM closure c WHERE c.location_id = quarter.location_id AND (c.room_id IS NULL OR c.room_id = $1)
                               AND t >= c.starts_at AND t < c.ends_at) AS open,
              EXISTS (SELECT 1 FROM booking b WHERE b.room_id = $1 AND b.status <> 'CANCELLED' AND t >= b.starts_at AND t < b.ends_at) AS booked
         FROM quarter
     )
     SELECT extract(isodow FROM wall)::int AS weekday, extract(hour FROM wall)::int AS hour,
            count(*) FILTER (WHERE open)::int AS open, count(*) FILTER (WHERE open AND booked)::int AS booked
       FROM marked GROUP BY 1, 2 HAVING count(*) FILTER (WHERE open) > 0 ORDER BY 1, 2`,
    [roomId, PERIOD.from, PERIOD.to],
  );
  return {
    openHours: cells.reduce((sum, cell) => sum + cell.open, 0) / 4,
    bookedHours: cells.reduce((sum, cell) => sum + cell.booked, 0) / 4,
    cells: cells.map((cell) => ({ weekday: cell.weekday, hour: cell.hour, openHours: cell.open / 4, bookedHours: cell.booked / 4 })),
  };
}

type Occupancy = { roomId: string; roomName: string; openHours: number; bookedHours: number; share: number; cells: Cell[] };
const occupancyOf = async () => (await staff.data(ROOM_OCCUPANCY, PERIOD)).roomOccupancy as Occupancy[];

describe('room occupancy as a share of opening hours', () => {
  it('counts open and booked hours as SQL does quarter hour by quarter hour: closures out, time past closing out, the short night short', async () => {
    const rooms = await occupancyOf();
    for (const roomId of [hall, office]) {
      const room = rooms.find((candidate) => candidate.roomId === roomId)!;
      const expected = await independently(roomId);
      expect({ openHours: room.openHours, bookedHours: room.bookedHours, cells: room.cells }).toEqual(expected);
      expect(room.share).toBeCloseTo(expected.bookedHours / expected.openHours, 3);
    }
    const hallFigures = rooms.find((room) => room.roomId === hall)!;
    // half an hour of the morning booking (the period starts 09:30) + 3 h of the evening (18:00–21:00)
    expect(hallFigures.bookedHours).toBe(3.5);
    // weeks of 6 × 12 h from 09:30, Sundays of 24 h and 23 h, less the house's team day (Thursday 1 April, 12 h)
    expect(hallFigures.openHours).toBe(2 * 72 - 0.5 + 24 + 23 - 12);
    const officeFigures = rooms.find((room) => room.roomId === office)!;
    // 11:00–12:00 before the closure, and the two real hours of the short night
    expect(officeFigures.bookedHours).toBe(3);
    // of the two Sundays only the second has an hour from 02:00 on the clock
    expect(officeFigures.cells.find((cell) => cell.weekday === 7 && cell.hour === 2)).toMatchObject({ openHours: 1, bookedHours: 0 });
    expect(officeFigures.cells.find((cell) => cell.weekday === 7 && cell.hour === 3)).toMatchObject({ openHours: 2, bookedHours: 1 });
  });

  it('leaves out the public holidays a house closes on', async () => {
    const studioFigures = (await occupancyOf()).find((room) => room.roomId === studio)!;
    // Good Friday (26 March) and Easter Monday (29 March) are closed; the short night costs an hour
    expect(studioFigures.openHours).toBe(14 * 24 - 9.5 - 1 - 2 * 24);
    expect(studioFigures.bookedHours).toBe(2.5);
    expect(studioFigures.cells.some((cell) => cell.weekday === 5 && cell.hour === 10 && cell.bookedHours > 0)).toBe(false);
  });

  it('is for staff only', async () => {
    expect((await member.errorCode(ROOM_OCCUPANCY, PERIOD)).code).toBe('FORBIDDEN');
    expect((await staff.errorCode(ROOM_OCCUPANCY, { from: PERIOD.to, to: PERIOD.from })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });
});

describe('report tables as files', () => {
  const download = (path: string, query: Record<string, string>, client: ApiClient = staff) =>
    fetch(`${app.url}${path}?${new URLSearchParams(query)}`, { headers: { cookie: client.cookie! } });

  it('downloads occupancy as CSV and XLSX with the same numbers as the API', async () => {
    const rooms = await occupancyOf();
    const expected = rooms.map((room) => [room.roomName, room.openHours, room.bookedHours, room.share]);

    const csv = await download('/reports/occupancy.csv', PERIOD);
    expect(csv.status).toBe(200);
    const [header, ...lines] = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('Haus;Raum;Geöffnete Stunden;Gebuchte Stunden;Auslastung');
    expect(
      lines.map((line) => {
        const [, room, open, booked, share] = line.split(';');
        return [room, ...[open, booked, share].map((value) => Number(value!.replace(',', '.')))];
      }),
    ).toEqual(expected);

    const xlsx = await download('/reports/occupancy.xlsx', PERIOD);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain('auslastung-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Haus', 'Raum', 'Geöffnete Stunden', 'Gebuchte Stunden', 'Auslastung']);
    const read: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) read.push((row.values as unknown[]).slice(2));
    });
    expect(read).toEqual(expected);
  });

  it('downloads the usage table as XLSX, numbers as numbers, umlauts intact', async () => {
    const response = await download('/reports/usage.xlsx', { ...PERIOD, groupBy: 'ROOM', lang: 'en' });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Room',
      'Bookings',
      'Hours',
      'Expected people',
      'Cancellations',
      'Of them at short notice',
    ]);
    const hallRow = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).text.startsWith('Großer Saal'))!;
    // the morning's half hour inside the period and the 4 h evening; the cancelled one counts as a cancellation
    expect([hallRow.getCell(2).value, hallRow.getCell(3).value, hallRow.getCell(5).value]).toEqual([2, 4.5, 1]);
  });

  it('names columns, kinds and weekdays in the language the page asks for, else the browser’s, else German', async () => {
    const header = async (query: Record<string, string>, headers: Record<string, string> = {}) => {
      const response = await fetch(`${app.url}/reports/usage.csv?${new URLSearchParams({ ...PERIOD, ...query })}`, {
        headers: { cookie: staff.cookie!, ...headers },
      });
      return (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    };
    const [arabic, ...arabicRows] = await header({ groupBy: 'CATEGORY,WEEKDAY', lang: 'ar' });
    expect(arabic).toBe('النوع;يوم الأسبوع;الحجوزات;الساعات;عدد الأشخاص المتوقع;الإلغاءات;منها قبل وقت قصير');
    // no code in a row: the kind and the weekday by name
    const [kinds, weekdays] = [0, 1].map((column) => new Set(arabicRows.filter(Boolean).map((row) => row.split(';')[column])));
    expect([...kinds!].filter((kind) => /^[A-Z_]+$/.test(kind!))).toEqual([]);
    expect([...weekdays!].every((day) => ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'].includes(day!))).toBe(
      true,
    );
    expect((await header({ groupBy: 'HOUR' }, { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' }))[0]).toBe(
      'Час;Бронювання;Години;Очікувані люди;Скасування;З них в останню хвилину',
    );
    expect((await header({ groupBy: 'HOUR', lang: 'xx' }, { 'accept-language': 'sw' }))[0]).toMatch(/^Uhrzeit;Buchungen;/);
  });

  it('names the file by the first and last day of the period on Leipzig’s calendar', async () => {
    // December in Leipzig: from 23:00 UTC on 30 November to midnight after 31 December
    const december = { from: '2026-11-30T23:00:00.000Z', to: '2026-12-31T23:00:00.000Z' };
    const response = await download('/reports/occupancy.csv', december);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="auslastung-2026-12-01-2026-12-31.csv"');
    // a summer day, two hours ahead of UTC
    const midsummer = { from: '2026-06-20T22:00:00.000Z', to: '2026-06-21T22:00:00.000Z' };
    expect((await download('/reports/occupancy.xlsx', midsummer)).headers.get('content-disposition')).toContain(
      'auslastung-2026-06-21-2026-06-21.xlsx',
    );
  });

  it('refuses members and bad periods with typed errors, in either format', async () => {
    const refused = await download('/reports/occupancy.xlsx', PERIOD, member);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const backwards = await download('/reports/occupancy.csv', { from: PERIOD.to, to: PERIOD.from });
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'to' } }] });
  });
});
