import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { periodsBetween } from './network-report.js';

const NETWORK_REPORT = `
  query ($from: DateTime!, $to: DateTime!, $groupBy: ReportPeriod) {
    networkReport(from: $from, to: $to, groupBy: $groupBy) {
      rows { period meetingsHeld mosInvited mosPresent peoplePresent proposalsMade proposalsAnswered proposalsDone }
      totals { meetingsHeld mosInvited mosPresent peoplePresent proposalsMade proposalsAnswered proposalsDone }
    }
  }
`;

interface Figures {
  meetingsHeld: number;
  mosInvited: number;
  mosPresent: number;
  peoplePresent: number;
  proposalsMade: number;
  proposalsAnswered: number;
  proposalsDone: number;
}
type Row = Figures & { period: string };

// November 2026 to February 2027 in Leipzig, across the turn of the year; the report is asked mid-February
const PERIOD = { from: '2026-11-01T00:00:00+01:00', to: '2027-03-01T00:00:00+01:00' };
const NOW = '2027-02-15T12:00:00Z';
/** The same periods with their bounds written out by hand, not derived as the report derives them. */
const BOUNDS: Record<'MONTH' | 'QUARTER' | 'YEAR', Array<[string, string, string]>> = {
  MONTH: [
    ['2026-11', '2026-11-01T00:00:00+01:00', '2026-12-01T00:00:00+01:00'],
    ['2026-12', '2026-12-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00'],
    ['2027-01', '2027-01-01T00:00:00+01:00', '2027-02-01T00:00:00+01:00'],
    ['2027-02', '2027-02-01T00:00:00+01:00', '2027-03-01T00:00:00+01:00'],
  ],
  QUARTER: [
    ['2026-Q4', PERIOD.from, '2027-01-01T00:00:00+01:00'],
    ['2027-Q1', '2027-01-01T00:00:00+01:00', PERIOD.to],
  ],
  YEAR: [
    ['2026', PERIOD.from, '2027-01-01T00:00:00+01:00'],
    ['2027', '2027-01-01T00:00:00+01:00', PERIOD.to],
  ],
};

let app: TestApp;
let staff: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-10-01T08:00:00Z' });
  const factory = new Factory(app);
  const sql = (text: string, parameters: unknown[] = []) => app.services.database.dataSource.query(text, parameters);
  /** An organisation that joined the network at `since`; `active: false` has left it since. */
  const mo = async (name: string, since: string, active = true) => {
    const { id } = await factory.organization({ name, active });
    await sql(`UPDATE organization SET created_at = $2 WHERE id = $1`, [id, since]);
    return id;
  };
  const kalyna = await mo('Chor Kalyna', '2026-01-10T10:00:00Z');
  const gruenau = await mo('Nachbarschaftsverein Grünau', '2026-02-01T10:00:00Z');
  // joins in mid-December: not invited to what came before
  const salam = await mo('Frauenverein Salam', '2026-12-15T10:00:00Z');
  // left the network since; it came in November, which its answer shows
  const anadolu = await mo('Sportverein Anadolu', '2026-01-10T10:00:00Z', false);
  // left the network and never took part: invited to nothing the report can see
  await mo('Elternnetzwerk Süd', '2026-01-10T10:00:00Z', false);
  const centre = (await factory.organization({ name: 'KolLEktiv', shortName: 'KolLEktiv', profilePublic: false })).id;
  await sql(`UPDATE organization SET kind = 'CENTRE' WHERE id = $1`, [centre]);
  const house = (await factory.location({ name: 'KolLEktiv Mitte', openingHours: ALWAYS_OPEN })).id;
  const roomId = (await factory.room({ locationId: house, name: 'Großer Saal', capacity: 80 })).id;

  /** A meeting of the centre starting at `start` for two hours, with the answers and the attendance recorded. */
  const meeting = async (
    start: string,
    options: { answers?: Array<[string, number]>; present?: Array<[string, number]>; cancelled?: boolean } = {},
  ) => {
    const end = new Date(Date.parse(start) + 2 * 3_600_000).toISOString();
    const booking = await factory.booking({
      roomId,
      organizationId: centre,
      start,
      end,
      title: 'Netzwerktreffen',
      category: 'NETWORK_MEETING',
    });
    const [{ id }] = (await sql(
      `INSERT INTO network_meeting (booking_id, title, agenda_deadline) VALUES ($1, 'Netzwerktreffen', $2) RETURNING id`,
      [booking.id, new Date(Date.parse(start) - 3 * 86_400_000).toISOString()],
    )) as [{ id: string }];
    for (const [organizationId, people] of options.answers ?? [])
      await sql(`INSERT INTO meeting_response (meeting_id, organization_id, attending, people) VALUES ($1, $2, $3, $4)`, [
        id,
        organizationId,
        people > 0,
        people,
      ]);
    for (const [organizationId, people] of options.present ?? [])
      await sql(`INSERT INTO meeting_attendance (meeting_id, organization_id, people) VALUES ($1, $2, $3)`, [id, organizationId, people]);
    if (options.cancelled) await sql(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [booking.id]);
  };
  // before the period: counts nowhere
  await meeting('2026-10-23T16:00:00Z', { answers: [[kalyna, 4]] });
  // no minutes: who said they would come is who was there; Grünau said no
  await meeting('2026-11-20T17:00:00Z', {
    answers: [
      [kalyna, 3],
      [gruenau, 0],
      [anadolu, 2],
    ],
  });
  await meeting('2026-12-10T17:00:00Z', {
    answers: [
      [kalyna, 1],
      [gruenau, 2],
    ],
  });
  await meeting('2027-01-14T17:00:00Z', { answers: [[salam, 3]] });
  // half past midnight on 1 February in Leipzig, still January in UTC; the minutes say Kalyna stayed away after all
  await meeting('2027-01-31T23:30:00Z', {
    answers: [[kalyna, 5]],
    present: [
      [gruenau, 4],
      [salam, 2],
    ],
  });
  await meeting('2027-01-20T17:00:00Z', { answers: [[kalyna, 2]], cancelled: true });
  // within the period but after now: not held yet
  await meeting('2027-02-20T17:00:00Z', {
    answers: [
      [kalyna, 2],
      [salam, 1],
    ],
  });

  /** A proposal made at `made`, answered with `status` at `answered`. */
  const proposal = async (organizationId: string, made: string, answer?: ['PLANNED' | 'DECLINED' | 'DONE', string]) =>
    sql(
      `INSERT INTO proposal (organization_id, title, language, status, answer, answered_at, created_at)
       VALUES ($1, 'Ein Raum mit Klavier am Samstag', 'de', $2, $3, $4, $5)`,
      [organizationId, answer?.[0] ?? 'OPEN', answer ? 'Wir kümmern uns.' : null, answer?.[1] ?? null, made],
    );
  await proposal(kalyna, '2026-10-10T10:00:00Z', ['PLANNED', '2026-11-05T10:00:00Z']);
  await proposal(gruenau, '2026-11-12T10:00:00Z', ['DONE', '2027-01-10T10:00:00Z']);
  await proposal(anadolu, '2026-12-05T10:00:00Z', ['DONE', '2026-12-20T10:00:00Z']);
  // New Year's Day in Leipzig, made in UTC's December
  await proposal(salam, '2026-12-31T23:30:00Z');
  await proposal(kalyna, '2027-02-01T10:00:00Z', ['DECLINED', '2027-02-03T10:00:00Z']);
  // 1 March in Leipzig: after the period
  await proposal(gruenau, '2027-02-28T23:30:00Z');

  app.clock.set(NOW);
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(kalyna)).client;
});

afterAll(async () => {
  await app?.stop();
});

const report = async (groupBy?: string, period = PERIOD) =>
  (await staff.data<{ networkReport: { rows: Row[]; totals: Figures } }>(NETWORK_REPORT, { ...period, groupBy })).networkReport;

/**
 * The figures of [from, to) from plain queries over the tables, one per figure, each written apart from the
 * report's: MOs are counted from the organisation table, people meeting by meeting.
 */
async function independently(from: string, to: string): Promise<Figures> {
  const one = async (text: string, parameters: string[] = [from, to, NOW]) =>
    (await app.services.database.dataSource.query<Array<{ n: number }>>(text, parameters))[0]!.n;
  const held = `SELECT m.id, b.starts_at FROM network_meeting m, booking b
                 WHERE b.id = m.booking_id AND b.status <> 'CANCELLED' AND b.starts_at >= $1 AND b.starts_at < $2 AND b.starts_at <= $3`;
  const minuted = `EXISTS (SELECT 1 FROM meeting_attendance x WHERE x.meeting_id = h.id)`;
  return {
    meetingsHeld: await one(`SELECT count(*)::int AS n FROM (${held}) h`),
    mosInvited: await one(
      `SELECT count(*)::int AS n FROM organization o WHERE o.kind = 'MO' AND EXISTS (
         SELECT 1 FROM (${held}) h WHERE (o.active AND o.created_at <= h.starts_at)
            OR EXISTS (SELECT 1 FROM meeting_response r WHERE r.meeting_id = h.id AND r.organization_id = o.id)
            OR EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = h.id AND a.organization_id = o.id))`,
    ),
    mosPresent: await one(
      `SELECT count(*)::int AS n FROM organization o WHERE EXISTS (
         SELECT 1 FROM (${held}) h WHERE CASE WHEN ${minuted}
           THEN EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = h.id AND a.organization_id = o.id)
           ELSE EXISTS (SELECT 1 FROM meeting_response r WHERE r.meeting_id = h.id AND r.organization_id = o.id AND r.attending) END)`,
    ),
    peoplePresent: await one(
      `SELECT coalesce(sum(CASE WHEN ${minuted}
                THEN (SELECT sum(a.people) FROM meeting_attendance a WHERE a.meeting_id = h.id)
                ELSE (SELECT coalesce(sum(r.people), 0) FROM meeting_response r WHERE r.meeting_id = h.id AND r.attending) END), 0)::int AS n
         FROM (${held}) h`,
    ),
    proposalsMade: await one(`SELECT count(*)::int AS n FROM proposal WHERE created_at >= $1 AND created_at < $2`, [from, to]),
    proposalsAnswered: await one(
      `SELECT count(*)::int AS n FROM proposal WHERE status <> 'OPEN' AND answered_at >= $1 AND answered_at < $2`,
      [from, to],
    ),
    proposalsDone: await one(`SELECT count(*)::int AS n FROM proposal WHERE status = 'DONE' AND answered_at >= $1 AND answered_at < $2`, [
      from,
      to,
    ]),
  };
}

const figuresOf = ({ period: _period, ...figures }: Row): Figures => figures;

describe('the network report for the city', () => {
  it.each(['MONTH', 'QUARTER', 'YEAR'] as const)(
    'counts per %s what plain SQL counts, and the totals over the whole range',
    async (per) => {
      const { rows, totals } = await report(per);
      expect(rows.map((row) => row.period)).toEqual(BOUNDS[per].map(([period]) => period));
      for (const [index, [, from, to]] of BOUNDS[per].entries()) expect(figuresOf(rows[index]!)).toEqual(await independently(from, to));
      expect(totals).toEqual(await independently(PERIOD.from, PERIOD.to));
    },
  );

  it('puts meetings and proposals in the Leipzig month they happened in, answers standing in for missing minutes', async () => {
    const { rows, totals } = await report('MONTH');
    const table = rows.map((row) => [row.period, ...Object.values(figuresOf(row))]);
    expect(table).toEqual([
      // period, held, invited, present, people, made, answered, done
      ['2026-11', 1, 3, 2, 5, 1, 1, 0],
      ['2026-12', 1, 2, 2, 3, 1, 1, 1],
      ['2027-01', 1, 3, 1, 3, 1, 1, 1],
      ['2027-02', 1, 3, 2, 6, 1, 1, 0],
    ]);
    // Kalyna, Grünau, Salam and Anadolu each once, though most came more than once
    expect(totals).toEqual({
      meetingsHeld: 4,
      mosInvited: 4,
      mosPresent: 4,
      peoplePresent: 17,
      proposalsMade: 4,
      proposalsAnswered: 4,
      proposalsDone: 2,
    });
  });

  it('groups by month when asked for no grouping, and lists empty periods with zeros', async () => {
    expect((await report(undefined)).rows.map((row) => row.period)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    const { rows, totals } = await report('QUARTER', { from: '2025-01-01T00:00:00+01:00', to: '2025-07-01T00:00:00+02:00' });
    expect(rows.map((row) => [row.period, row.meetingsHeld, row.proposalsMade])).toEqual([
      ['2025-Q1', 0, 0],
      ['2025-Q2', 0, 0],
    ]);
    expect(Object.values(totals).every((value) => value === 0)).toBe(true);
  });

  it('refuses others than staff, and a backwards period, with typed errors', async () => {
    expect((await member.errorCode(NETWORK_REPORT, PERIOD)).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(NETWORK_REPORT, PERIOD)).code).toBe('UNAUTHENTICATED');
    const backwards = await staff.errorCode(NETWORK_REPORT, { from: PERIOD.to, to: PERIOD.from });
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to', reason: 'END_BEFORE_START' } });
  });
});

describe('the periods a range touches', () => {
  it.each([
    ['MONTH', '2026-12-31T23:00:00Z', '2027-02-01T00:00:00+01:00', ['2027-01']],
    ['MONTH', '2026-12-31T22:59:00Z', '2027-01-01T00:00:00+01:00', ['2026-12']],
    ['QUARTER', '2026-08-15T00:00:00+02:00', '2027-04-01T00:00:00+02:00', ['2026-Q3', '2026-Q4', '2027-Q1']],
    ['YEAR', '2026-03-01T00:00:00+01:00', '2027-03-01T00:00:00+01:00', ['2026', '2027']],
  ] as const)('per %s from %s to %s: %j', (per, from, to, periods) => {
    expect(periodsBetween(new Date(from), new Date(to), per)).toEqual(periods);
  });
});

describe('the network report as files', () => {
  const download = (path: string, query: Record<string, string>, client: ApiClient = staff) =>
    fetch(`${app.url}${path}?${new URLSearchParams(query)}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

  it('downloads as CSV with the API’s numbers and a row of totals', async () => {
    const response = await download('/reports/network.csv', { ...PERIOD, groupBy: 'QUARTER' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('netzwerk-');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const { rows, totals } = await report('QUARTER');
    expect(lines).toEqual([
      'Quartal;Treffen;Organisationen eingeladen;Organisationen anwesend;Personen anwesend;Vorschläge eingereicht;Vorschläge beantwortet;Vorschläge umgesetzt',
      ...rows.map((row) => [row.period, ...Object.values(figuresOf(row))].join(';')),
      ['Gesamt', ...Object.values(totals)].join(';'),
    ]);
  });

  it('downloads as XLSX per month when no grouping is given, numbers as numbers', async () => {
    const response = await download('/reports/network.xlsx', { ...PERIOD, lang: 'en' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const read: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => void read.push((row.values as unknown[]).slice(1, 6)));
    expect(read).toEqual([
      ['Month', 'Meetings held', 'Organisations invited', 'Organisations present', 'People present'],
      ['2026-11', 1, 3, 2, 5],
      ['2026-12', 1, 2, 2, 3],
      ['2027-01', 1, 3, 1, 3],
      ['2027-02', 1, 3, 2, 6],
      ['Total', 4, 4, 4, 17],
    ]);
  });

  it('refuses members and anonymous visitors, and an unknown grouping, with typed errors', async () => {
    const refused = await download('/reports/network.csv', PERIOD, member);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect((await download('/reports/network.csv', PERIOD, app.client())).status).toBe(401);
    const unknown = await download('/reports/network.csv', { ...PERIOD, groupBy: 'WEEK' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'groupBy', reason: 'INVALID' } }],
    });
  });
});
