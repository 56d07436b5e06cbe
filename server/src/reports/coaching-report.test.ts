import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory, TEST_PASSWORD } from '../../test/factories.js';
import {
  ASSIGN_COACH,
  CANCEL_COACHING_SESSION,
  CLOSE_COACHING_REQUEST,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
} from '../../test/documents.js';
import { COACHING_TOPICS } from '../coaching/coaching.enums.js';

const COACHING_REPORT = `
  query ($from: DateTime!, $to: DateTime!, $by: [CoachingDimension!]!) {
    coachingReport(from: $from, to: $to, by: $by) {
      rows { topic organizationId organizationName month requests sessions hours closed medianDaysToFirstSession }
      totals { requests sessions hours closed medianDaysToFirstSession }
    }
  }
`;

interface Row {
  topic: string | null;
  organizationId: string | null;
  organizationName: string | null;
  month: string | null;
  requests: number;
  sessions: number;
  hours: number;
  closed: number;
  medianDaysToFirstSession: number | null;
}
type Figures = Omit<Row, 'topic' | 'organizationId' | 'organizationName' | 'month'>;

// the first quarter of 2027 in Leipzig
const PERIOD = { from: '2027-01-01T00:00:00+01:00', to: '2027-04-01T00:00:00+02:00' };

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;
let choir: string;
let neighbours: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-12-01T08:00:00Z' });
  const factory = new Factory(app);
  choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  neighbours = (await factory.organization({ name: 'Nachbarschaftsverein Grünau' })).id;
  const house = (await factory.location({ name: 'KolLEktiv West', openingHours: ALWAYS_OPEN })).id;
  const roomId = (await factory.room({ locationId: house, name: 'Büro', capacity: 10 })).id;
  const coachLogin = await factory.coachClient({ topics: [...COACHING_TOPICS], languages: ['de', 'uk'] });
  // the clock jumps by weeks, further than a sign-in lasts: each step signs in afresh
  const asStaff = async () => (await factory.staffClient()).client;
  const asCoach = () => app.client().login(coachLogin.user.email, TEST_PASSWORD);

  /** A request asked at `at` (the clock stands there), assigned to the coach an hour later. */
  const ask = async (organizationId: string, topic: string, at: string) => {
    app.clock.set(at);
    const { requestCoaching } = await (
      await asStaff()
    ).data(REQUEST_COACHING, {
      input: { organizationId, topic, text: 'Wir brauchen Hilfe', languages: ['de'] },
    });
    app.clock.set(new Date(Date.parse(at) + 3_600_000).toISOString());
    await (await asStaff()).data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId: coachLogin.coach.id });
    return requestCoaching.id as string;
  };
  /** A session booked the day before it starts, in the room or online. */
  const session = async (requestId: string, start: string, hours: number, where: 'room' | 'online') => {
    app.clock.set(new Date(Date.parse(start) - 86_400_000).toISOString());
    const end = new Date(Date.parse(start) + hours * 3_600_000).toISOString();
    const place = where === 'room' ? { roomId } : { onlineUrl: 'https://meet.example/kollektiv' };
    const { scheduleCoachingSession } = await (
      await asCoach()
    ).data(SCHEDULE_COACHING_SESSION, { requestId, input: { start, end, ...place } });
    return scheduleCoachingSession.id as string;
  };
  const cancel = async (sessionId: string) => {
    await (await asCoach()).data(CANCEL_COACHING_SESSION, { id: sessionId, reason: 'Krank' });
  };
  const close = async (requestId: string, at: string) => {
    app.clock.set(at);
    await (await asStaff()).data(CLOSE_COACHING_REQUEST, { requestId, outcome: 'Gut gelaufen' });
  };

  // asked before the period: its January session and closing count, the request does not
  const events = await ask(neighbours, 'EVENTS', '2026-12-20T10:00:00+01:00');
  await session(events, '2027-01-05T10:00:00+01:00', 2, 'online');
  await close(events, '2027-01-15T12:00:00+01:00');

  const funding = await ask(choir, 'FUNDING', '2027-01-10T10:00:00+01:00');
  await session(funding, '2027-01-20T18:00:00+01:00', 1.5, 'room');
  await session(funding, '2027-02-03T18:00:00+01:00', 2, 'online');
  await close(funding, '2027-02-10T09:00:00+01:00');

  // half past midnight on 1 February in Leipzig is still January in UTC: February's request
  const founding = await ask(choir, 'FOUNDING', '2027-02-01T00:30:00+01:00');
  await cancel(await session(founding, '2027-02-05T18:00:00+01:00', 1, 'room'));
  await session(founding, '2027-02-12T10:00:00+01:00', 1, 'online');

  const fundingToo = await ask(neighbours, 'FUNDING', '2027-02-15T09:00:00+01:00');
  await session(fundingToo, '2027-03-01T14:00:00+01:00', 1, 'room');
  // after the period: counts nowhere
  await session(fundingToo, '2027-04-05T14:00:00+02:00', 1, 'room');
  await close(fundingToo, '2027-03-20T11:00:00+01:00');

  // only a cancelled session: no first session, no wait
  const legal = await ask(choir, 'LEGAL', '2027-03-10T10:00:00+01:00');
  await cancel(await session(legal, '2027-03-15T18:00:00+01:00', 1, 'online'));

  await ask(neighbours, 'OTHER', '2027-03-25T10:00:00+01:00');
  // asked after the period
  await ask(neighbours, 'OTHER', '2027-04-02T10:00:00+02:00');
  app.clock.set('2027-04-10T08:00:00Z');
  staff = await asStaff();
  member = (await factory.memberClient(choir)).client;
});

afterAll(async () => {
  await app?.stop();
});

const figuresOf = (row: Row): Figures => ({
  requests: row.requests,
  sessions: row.sessions,
  hours: row.hours,
  closed: row.closed,
  medianDaysToFirstSession: row.medianDaysToFirstSession,
});

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

/**
 * The same figures by topic, MO and month, from plain queries, one per figure, over the tables the coaching
 * service writes; the median is taken here, not in SQL.
 */
async function independently(): Promise<Map<string, Figures>> {
  const query = <T>(sql: string) => app.services.database.dataSource.query<T[]>(sql, [PERIOD.from, PERIOD.to]);
  const month = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')`;
  const result = new Map<string, Figures>();
  const at = (key: string) => {
    const figures = result.get(key) ?? { requests: 0, sessions: 0, hours: 0, closed: 0, medianDaysToFirstSession: null };
    result.set(key, figures);
    return figures;
  };
  for (const row of await query<{ key: string; n: number }>(
    `SELECT topic || '|' || organization_id || '|' || ${month('created_at')} AS key, count(*)::int AS n
       FROM coaching_request WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
  ))
    at(row.key).requests = row.n;
  for (const row of await query<{ key: string; n: number; hours: number }>(
    `SELECT r.topic || '|' || r.organization_id || '|' || ${month('s.starts_at')} AS key, count(*)::int AS n,
            sum(extract(epoch FROM s.ends_at - s.starts_at))::float8 / 3600 AS hours
       FROM coaching_session s JOIN coaching_request r ON r.id = s.request_id
      WHERE s.status = 'SCHEDULED' AND s.starts_at >= $1 AND s.starts_at < $2 GROUP BY 1`,
  )) {
    at(row.key).sessions = row.n;
    at(row.key).hours = Math.round(row.hours * 100) / 100;
  }
  for (const row of await query<{ key: string; n: number }>(
    `SELECT topic || '|' || organization_id || '|' || ${month('closed_at')} AS key, count(*)::int AS n
       FROM coaching_request WHERE status = 'CLOSED' AND closed_at >= $1 AND closed_at < $2 GROUP BY 1`,
  ))
    at(row.key).closed = row.n;
  const waits = new Map<string, number[]>();
  for (const row of await firstSessionWaits()) waits.set(row.key, [...(waits.get(row.key) ?? []), row.days]);
  for (const [key, days] of waits) at(key).medianDaysToFirstSession = median(days);
  return result;
}

/** Each request whose first session not cancelled starts in the period: the days it waited, keyed as above. */
const firstSessionWaits = () =>
  app.services.database.dataSource.query<Array<{ key: string; days: number }>>(
    `SELECT r.topic || '|' || r.organization_id || '|' || to_char(first.starts_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS key,
            extract(epoch FROM first.starts_at - r.created_at)::float8 / 86400 AS days
       FROM coaching_request r
       JOIN (SELECT request_id, min(starts_at) AS starts_at FROM coaching_session WHERE status = 'SCHEDULED' GROUP BY request_id) first
         ON first.request_id = r.id
      WHERE first.starts_at >= $1 AND first.starts_at < $2`,
    [PERIOD.from, PERIOD.to],
  );

const report = async (by: string[], period = PERIOD) =>
  (await staff.data<{ coachingReport: { rows: Row[]; totals: Figures } }>(COACHING_REPORT, { ...period, by })).coachingReport;

describe('the coaching report for the city', () => {
  it('counts requests, sessions held, hours, closings and the median wait per topic, MO and month as plain SQL does', async () => {
    const { rows } = await report(['TOPIC', 'ORGANIZATION', 'MONTH']);
    const expected = await independently();
    expect(expected.size).toBeGreaterThanOrEqual(7);
    expect(new Map(rows.map((row) => [`${row.topic}|${row.organizationId}|${row.month}`, figuresOf(row)]))).toEqual(expected);
    expect(rows.find((row) => row.organizationId === choir && row.topic === 'FUNDING' && row.month === '2027-01')).toMatchObject({
      requests: 1,
      sessions: 1,
      hours: 1.5,
      closed: 0,
      // 10 January 10:00 to 20 January 18:00
      medianDaysToFirstSession: 10.33,
    });
  });

  it('puts each figure in the Leipzig month it happened in and leaves out cancelled sessions', async () => {
    const { rows, totals } = await report(['MONTH']);
    expect(rows.map((row) => [row.month, row.requests, row.sessions, row.hours, row.closed])).toEqual([
      ['2027-01', 1, 2, 3.5, 1],
      ['2027-02', 2, 2, 3, 1],
      ['2027-03', 2, 1, 1, 1],
    ]);
    expect(rows.every((row) => row.topic === null && row.organizationId === null)).toBe(true);
    expect(totals).toMatchObject({ requests: 5, sessions: 5, hours: 7.5, closed: 3 });
  });

  it('answers one row, the totals, without dimensions; the median runs over all first sessions', async () => {
    const { rows, totals } = await report([]);
    expect(rows).toEqual([{ topic: null, organizationId: null, organizationName: null, month: null, ...totals }]);
    const waits = (await firstSessionWaits()).map((row) => row.days);
    expect(waits).toHaveLength(4);
    expect(totals.medianDaysToFirstSession).toBe(median(waits));
  });

  it('names the MO and groups by topic alone', async () => {
    const byOrganization = await report(['ORGANIZATION']);
    expect(byOrganization.rows.map((row) => [row.organizationName, row.requests])).toEqual([
      ['Chor Kalyna', 3],
      ['Nachbarschaftsverein Grünau', 2],
    ]);
    const byTopic = await report(['TOPIC']);
    expect(byTopic.rows.find((row) => row.topic === 'FUNDING')).toMatchObject({ requests: 2, sessions: 3, hours: 4.5, closed: 2 });
    expect(byTopic.rows.find((row) => row.topic === 'LEGAL')).toMatchObject({ requests: 1, sessions: 0, medianDaysToFirstSession: null });
  });

  it('refuses others than staff, a backwards or too long period and an unknown dimension with typed errors', async () => {
    expect((await member.errorCode(COACHING_REPORT, { ...PERIOD, by: ['TOPIC'] })).code).toBe('FORBIDDEN');
    const backwards = await staff.errorCode(COACHING_REPORT, { from: PERIOD.to, to: PERIOD.from, by: [] });
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to', reason: 'END_BEFORE_START' } });
    const long = await staff.errorCode(COACHING_REPORT, { from: '2024-01-01T00:00:00Z', to: PERIOD.to, by: [] });
    expect(long).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to', reason: 'RANGE_TOO_LONG' } });
    expect((await staff.errorCode(COACHING_REPORT, { ...PERIOD, by: ['WEEKDAY'] })).code).toBe('BAD_USER_INPUT');
  });
});

describe('the coaching report as files', () => {
  const download = (path: string, query: Record<string, string>, client: ApiClient = staff) =>
    fetch(`${app.url}${path}?${new URLSearchParams(query)}`, { headers: { cookie: client.cookie! } });

  it('downloads as CSV with the same numbers as the API, an empty cell where nobody had a session', async () => {
    const response = await download('/reports/coaching.csv', { ...PERIOD, by: 'ORGANIZATION,TOPIC' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('coaching-');
    const [header, ...lines] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('Thema;Organisation;Anfragen;Termine;Stunden;Abgeschlossen;Tage bis zum ersten Termin (Median)');
    const { rows } = await report(['TOPIC', 'ORGANIZATION']);
    expect(lines).toEqual(
      rows.map((row) =>
        [
          row.topic,
          row.organizationName,
          row.requests,
          row.sessions,
          String(row.hours).replace('.', ','),
          row.closed,
          row.medianDaysToFirstSession === null ? '' : String(row.medianDaysToFirstSession).replace('.', ','),
        ].join(';'),
      ),
    );
    expect(lines).toContain('LEGAL;Chor Kalyna;1;0;0;0;');
  });

  it('downloads as XLSX, numbers as numbers', async () => {
    const response = await download('/reports/coaching.xlsx', { ...PERIOD, by: 'MONTH' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Monat',
      'Anfragen',
      'Termine',
      'Stunden',
      'Abgeschlossen',
      'Tage bis zum ersten Termin (Median)',
    ]);
    const read: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) read.push((row.values as unknown[]).slice(1, 6));
    });
    expect(read).toEqual([
      ['2027-01', 1, 2, 3.5, 1],
      ['2027-02', 2, 2, 3, 1],
      ['2027-03', 2, 1, 1, 1],
    ]);
  });

  it('refuses members, and an unknown dimension, with typed errors', async () => {
    const refused = await download('/reports/coaching.csv', { ...PERIOD, by: 'TOPIC' }, member);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const unknown = await download('/reports/coaching.csv', { ...PERIOD, by: 'TOPIC,WEEKDAY' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'by', reason: 'INVALID' } }] });
  });
});
