import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { FIRST_ANSWERS_ELEMENT, calendarDay, dayRange, withFirstAnswers, type FirstAnswer } from './first-answers.js';

/**
 * A signed-in member's calendar page carries the answers to its first questions, asked through Apollo with the
 * member's own viewer: what the page would have been told, no more, and nothing for anyone else.
 */
let app: TestApp;
let dist: string;
let memberCookie: string;
let staffCookie: string;
const DAY = '2027-03-28'; // the night the clocks go forward: an ordinary day for the calendar
const TITLE_THAT_ENDS_THE_BLOCK = 'Chor </script><script>alert(1)</script> <!-- probe';

const QUESTIONS = {
  Me: 'query Me { me { id name language } }',
  CalendarDirectory: 'query CalendarDirectory { locations { id name address } }',
  BookingsInRange:
    'query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) { bookings(from: $from, to: $to, locationIds: $locationIds) { id title redacted room { name locationId } organization { shortName } } }',
  ClosedPeriods:
    'query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) { holidays(from: $from, to: $to, locationId: $locationId) { id name } }',
};

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-first-answers-'));
  const shell =
    '<!doctype html><html><head><title>KolLEktiv</title><script async src="/assets/early-x.js"></script><script type="module" src="/assets/index-x.js"></script></head><body><div id="app"></div></body></html>';
  fs.mkdirSync(path.join(dist, 'routes'));
  fs.writeFileSync(path.join(dist, 'index.html'), shell);
  fs.writeFileSync(path.join(dist, 'routes', 'calendar.html'), shell);
  fs.writeFileSync(
    path.join(dist, 'routes.json'),
    JSON.stringify([
      { path: '/', pattern: '^/?$', shell: 'routes/calendar.html' },
      { path: '/calendar', pattern: '^/calendar/?$', shell: 'routes/calendar.html' },
    ]),
  );
  fs.writeFileSync(path.join(dist, 'first-questions.json'), JSON.stringify(QUESTIONS));
  // 23:30 in London is already the calendar's day in Leipzig
  app = await createTestApp({ now: '2027-03-27T23:30:00Z', config: { clientDist: dist } });
  const factory = new Factory(app);
  const location = await factory.location({
    name: 'Zschochersche Straße',
    openOnPublicHolidays: true,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
  });
  const room = await factory.room({ locationId: location.id, name: 'Saal' });
  const mine = await factory.organization({ shortName: 'Mosaik' });
  const other = await factory.organization({ shortName: 'Kalyna' });
  await factory.booking({
    roomId: room.id,
    organizationId: mine.id,
    start: '2027-03-28T08:00:00Z',
    end: '2027-03-28T10:00:00Z',
    title: TITLE_THAT_ENDS_THE_BLOCK,
  });
  await factory.booking({
    roomId: room.id,
    organizationId: other.id,
    start: '2027-03-28T11:00:00Z',
    end: '2027-03-28T12:00:00Z',
    title: 'Vorstandssitzung',
    visibility: 'PRIVATE',
  });
  // the next day: not in the page's day
  await factory.booking({
    roomId: room.id,
    organizationId: other.id,
    start: '2027-03-28T22:00:00Z',
    end: '2027-03-28T23:00:00Z',
    title: 'Morgen',
  });
  memberCookie = (await factory.memberClient(mine.id)).client.cookie!;
  staffCookie = (await factory.staffClient()).client.cookie!;
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dist, { recursive: true, force: true });
});

const page = (address: string, cookie?: string) => fetch(`${app.url}${address}`, { headers: cookie ? { cookie } : {} });

function answersOf(html: string): FirstAnswer[] | null {
  const block = new RegExp(`<script type="application/json" id="${FIRST_ANSWERS_ELEMENT}">(.*?)</script>`, 's').exec(html);
  return block ? (JSON.parse(block[1]!) as FirstAnswer[]) : null;
}

async function graphql(cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as unknown;
}

describe('a signed-in member’s calendar page with its first answers', () => {
  it('carries the answers the member would have been given, for their day, kept by no one', async () => {
    const response = await page(`/calendar?date=${DAY}`, memberCookie);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toMatch(/Cookie/);
    const html = await response.text();
    // before the first script, which reads it
    expect(html.indexOf(FIRST_ANSWERS_ELEMENT)).toBeLessThan(html.indexOf('<script async src="/assets/early-x.js">'));
    const answers = answersOf(html)!;
    expect(answers.map((answer) => answer.operationName)).toEqual(['Me', 'CalendarDirectory', 'BookingsInRange', 'ClosedPeriods']);
    const day = dayRange(DAY, 'Europe/Berlin');
    for (const answer of answers) {
      const variables = answer.operationName === 'BookingsInRange' || answer.operationName === 'ClosedPeriods' ? day : {};
      expect(answer.variables).toEqual(variables);
      // exactly what the API answers this member for the same question: the same policy, the same shape
      expect(answer.result).toEqual(await graphql(memberCookie, QUESTIONS[answer.operationName], variables));
    }
    const bookings = (answers[2]!.result as { data: { bookings: Array<{ title: string; redacted: boolean }> } }).data.bookings;
    expect(bookings.map((booking) => [booking.title, booking.redacted])).toEqual([
      [TITLE_THAT_ENDS_THE_BLOCK, false],
      [null, true],
    ]);
  });

  it('writes no title as markup: nothing in an answer ends the data block or opens a comment', async () => {
    const html = await (await page(`/calendar?date=${DAY}`, memberCookie)).text();
    expect(html).not.toContain('</script><script>alert');
    expect(html).not.toContain('<!-- probe');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(
      withFirstAnswers('<head><script src="a.js"></script></head>', [{ operationName: 'Me', variables: {}, result: '</script>' }]),
    ).toBe(
      `<head><script type="application/json" id="${FIRST_ANSWERS_ELEMENT}">[{"operationName":"Me","variables":{},"result":"\\u003c/script>"}]</script><script src="a.js"></script></head>`,
    );
  });

  it('answers the start page and today when the address names no day, and no day when it names none that exists', async () => {
    const today = answersOf(await (await page('/', staffCookie)).text())!;
    expect(today.find((answer) => answer.operationName === 'BookingsInRange')!.variables).toEqual(dayRange(DAY, 'Europe/Berlin'));
    const noDay = answersOf(await (await page('/calendar?date=2027-02-29', staffCookie)).text())!;
    expect(noDay.map((answer) => answer.operationName)).toEqual(['Me', 'CalendarDirectory']);
  });

  it('answers no HEAD: it asks for no page', async () => {
    const response = await fetch(`${app.url}/calendar`, { method: 'HEAD', headers: { cookie: memberCookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('gives a stranger, a stale session and other pages the plain shell, revalidated as before', async () => {
    for (const [address, cookie] of [
      ['/calendar', undefined],
      ['/calendar', `${SESSION_COOKIE}=not-a-session`],
      ['/login', memberCookie],
    ] as const) {
      const response = await page(address, cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).not.toContain(FIRST_ANSWERS_ELEMENT);
    }
  });
});

describe('the calendar’s day, written as the page writes it', () => {
  it('is the address’s day if it is one, else today on Leipzig’s wall clock', () => {
    expect(calendarDay('2028-02-29', new Date('2027-06-01T10:00:00Z'), 'Europe/Berlin')).toBe('2028-02-29');
    expect(calendarDay('2027-02-29', new Date(), 'Europe/Berlin')).toBeNull();
    expect(calendarDay('29.02.2028', new Date(), 'Europe/Berlin')).toBeNull();
    expect(calendarDay(['2028-02-29'], new Date(), 'Europe/Berlin')).toBeNull();
    // 23:30 on New Year's Eve in UTC is already the new year in Leipzig
    expect(calendarDay(undefined, new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-01-01');
  });

  it('runs from midnight to midnight in the offset of each, as client/src/first-answers/calendarDay.ts writes it', () => {
    expect(dayRange('2027-03-28', 'Europe/Berlin')).toEqual({ from: '2027-03-28T00:00:00.000+01:00', to: '2027-03-29T00:00:00.000+02:00' });
    expect(dayRange('2027-10-31', 'Europe/Berlin')).toEqual({ from: '2027-10-31T00:00:00.000+02:00', to: '2027-11-01T00:00:00.000+01:00' });
    expect(dayRange('2028-02-29', 'Europe/Berlin')).toEqual({ from: '2028-02-29T00:00:00.000+01:00', to: '2028-03-01T00:00:00.000+01:00' });
    expect(dayRange('2026-12-31', 'Europe/Berlin')).toEqual({ from: '2026-12-31T00:00:00.000+01:00', to: '2027-01-01T00:00:00.000+01:00' });
  });
});

describe('a page’s first answers and the request rate', () => {
  let limited: TestApp;
  let cookie: string;
  beforeAll(async () => {
    // a session may send ten requests at once (the limiter's burst): the page (one) and its four answers fit once
    limited = await createTestApp({ config: { clientDist: dist, rateLimits: { perMinutePerAddress: 1000, perMinutePerSession: 6 } } });
    const factory = new Factory(limited);
    await factory.location();
    cookie = (await factory.memberClient((await factory.organization()).id)).client.cookie!;
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('counts the answers as the page’s own requests would count, and sends the plain shell once they are spent', async () => {
    const first = await fetch(`${limited.url}/calendar`, { headers: { cookie } });
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(answersOf(await first.text())).toHaveLength(4);
    const ask = () =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    for (let asked = 0; asked < 3; asked += 1) expect((await ask()).status).toBe(200);
    // two requests left: the page is one, its four answers would be four
    const second = await fetch(`${limited.url}/calendar`, { headers: { cookie } });
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe('no-cache');
    expect(await second.text()).not.toContain(FIRST_ANSWERS_ELEMENT);
    // and the API refuses what the page would ask next, typed
    expect((await ask()).status).toBe(429);
  });
});
