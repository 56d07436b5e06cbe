import { hashToken } from '../auth/session.service.js';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient, createTestApp, healthWhile, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import {
  ASSIGN_COACH,
  CANCEL_BOOKING,
  CANCEL_COACHING_SESSION,
  CREATE_BOOKING,
  CREATE_BOOKING_SERIES,
  MOVE_BOOKING,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
} from '../../test/documents.js';

const FEEDS = `{ calendarFeeds { kind label url } }`;
const RENEW = `mutation ($kind: CalendarFeedKind!) { renewCalendarFeed(kind: $kind) { kind url } }`;

let app: TestApp;
let factory: Factory;
let member: ApiClient;
let stranger: ApiClient;
let house: string;
let hall: string;
let choir: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-10-01T08:00:00Z' });
  factory = new Factory(app);
  choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  house = (await factory.location({ name: 'KolLEktiv Süd', openingHours: ALWAYS_OPEN })).id;
  hall = (await factory.room({ locationId: house, name: 'Großer Saal' })).id;
  member = (await factory.memberClient(choir)).client;
  stranger = (await factory.memberClient((await factory.organization()).id)).client;
  // 18:00 in Leipzig on both sides of the switch to winter time (25 October 2026)
  await factory.booking({
    roomId: hall,
    organizationId: choir,
    title: 'Offene Probe',
    visibility: 'PUBLIC',
    start: '2026-10-20T18:00:00+02:00',
    end: '2026-10-20T20:00:00+02:00',
  });
  await factory.booking({
    roomId: hall,
    organizationId: choir,
    title: 'Offene Probe',
    visibility: 'PUBLIC',
    start: '2026-10-27T18:00:00+01:00',
    end: '2026-10-27T20:00:00+01:00',
  });
  await factory.booking({
    roomId: hall,
    organizationId: choir,
    title: 'Vorstandssitzung',
    visibility: 'PRIVATE',
    notes: 'Kassenbericht',
    start: '2026-10-21T18:00:00+02:00',
    end: '2026-10-21T19:00:00+02:00',
  });
});

afterAll(async () => {
  await app?.stop();
});

/** The feed parsed by an independent iCalendar parser: each event's summary, start in Leipzig, status and description. */
async function readFeed(url: string) {
  const response = await fetch(url);
  if (response.status !== 200) return { status: response.status, events: [] };
  expect(response.headers.get('content-type')).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      tzid: event.startDate.zone?.tzid,
      localStart: event.startDate.toString(),
      utcStart: event.startDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: component.getFirstPropertyValue('status'),
      description: event.description,
    };
  });
  return { status: 200, events };
}

const urlOf = async (client: ApiClient, kind: string) =>
  ((await client.data(FEEDS)).calendarFeeds as Array<{ kind: string; url: string | null; label: string }>).find(
    (feed) => feed.kind === kind && (kind !== 'HOUSE' || feed.label === 'KolLEktiv Süd'),
  )!.url!;
/** A private address to read: shown only when made, so a test that needs one again renews it. */
const freshAddress = async (client: ApiClient, kind: string): Promise<string> =>
  (await client.data<{ renewCalendarFeed: { url: string } }>(RENEW, { kind })).renewCalendarFeed.url;

describe('calendar feeds', () => {
  it('publishes a house’s PUBLIC bookings in Leipzig time across the clock change, never private ones or notes', async () => {
    const feed = await readFeed(await urlOf(app.client(), 'HOUSE'));
    expect(feed.events.map((event) => [event.summary, event.tzid, event.localStart, event.utcStart])).toEqual([
      ['Offene Probe – Chor Kalyna', 'Europe/Berlin', '2026-10-20T18:00:00', '2026-10-20T16:00:00.000Z'],
      ['Offene Probe – Chor Kalyna', 'Europe/Berlin', '2026-10-27T18:00:00', '2026-10-27T17:00:00.000Z'],
    ]);
    expect(JSON.stringify(feed.events)).not.toContain('Kassenbericht');
    expect(feed.events[0]!.uid).toMatch(/@kollektiv-leipzig$/);
  });

  it('gives a member their MO’s feed with every booking and its details, cancellations marked, version as SEQUENCE', async () => {
    const url = await urlOf(member, 'ORGANIZATION');
    expect(url).toMatch(/\/ical\/feed\/[A-Za-z0-9_-]{40,}\.ics$/);
    // kept as a hash: shown when made, never again
    expect(await urlOf(member, 'ORGANIZATION')).toBeNull();
    const cancelled = await factory.booking({
      roomId: hall,
      organizationId: choir,
      title: 'Abgesagt',
      start: '2026-10-22T18:00:00+02:00',
      end: '2026-10-22T19:00:00+02:00',
    });
    await app.services.bookings.cancelBooking(
      { kind: 'staff', userId: (await factory.user('STAFF')).id, sessionId: 'test' },
      cancelled.id,
      1,
    );
    const feed = await readFeed(url);
    expect(feed.events.map((event) => event.summary)).toEqual(
      expect.arrayContaining(['Vorstandssitzung – Chor Kalyna', 'Offene Probe – Chor Kalyna', 'Abgesagt – Chor Kalyna']),
    );
    expect(feed.events.find((event) => event.summary.startsWith('Vorstandssitzung'))!.description).toBe('Kassenbericht');
    expect(feed.events.find((event) => event.summary.startsWith('Abgesagt'))).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    // another MO's member is not offered this feed
    expect(((await stranger.data(FEEDS)).calendarFeeds as Array<{ url: string }>).map((feed) => feed.url)).not.toContain(url);
  });

  it('renews a private address: the old one answers 404 at once, the new one works', async () => {
    const old = await freshAddress(member, 'ORGANIZATION');
    const { renewCalendarFeed } = await member.data(RENEW, { kind: 'ORGANIZATION' });
    expect(renewCalendarFeed.url).not.toBe(old);
    expect((await fetch(old)).status).toBe(404);
    expect((await readFeed(renewCalendarFeed.url)).status).toBe(200);
    expect(await urlOf(member, 'ORGANIZATION')).toBeNull();
    expect((await member.errorCode(RENEW, { kind: 'EVERYTHING' })).extensions).toMatchObject({ field: 'kind', reason: 'INVALID' });
    expect((await app.client().errorCode(RENEW, { kind: 'PERSON' })).code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${app.url}/ical/feed/not-a-token.ics`)).status).toBe(404);
  });

  it('reads a person’s feed as the person is now: after leaving an MO, neither its private bookings nor its notes', async () => {
    const { user: leaver, client } = await factory.memberClient(choir);
    const book = (title: string, visibility: string, start: string, end: string) =>
      client.data(CREATE_BOOKING, {
        input: { roomId: hall, organizationId: choir, title, category: 'MEETING', visibility, notes: `Notiz zu ${title}`, start, end },
      });
    await book('Kassenprüfung', 'PRIVATE', '2026-10-23T10:00:00+02:00', '2026-10-23T11:00:00+02:00');
    await book('Stimmprobe', 'MEMBERS', '2026-10-23T12:00:00+02:00', '2026-10-23T13:00:00+02:00');
    const whileMember = await readFeed(await freshAddress(client, 'PERSON'));
    expect(whileMember.events.map((event) => [event.summary, event.description])).toEqual([
      ['Kassenprüfung – Chor Kalyna', 'Notiz zu Kassenprüfung'],
      ['Stimmprobe – Chor Kalyna', 'Notiz zu Stimmprobe'],
    ]);

    const elsewhere = (await factory.organization({ name: 'Theatergruppe Sahne' })).id;
    const { client: staff } = await factory.staffClient();
    await staff.data(`mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, {
      id: leaver.id,
      input: { organizationId: elsewhere },
    });
    // as any member of another MO sees them in the app: the private one not at all, the other without notes
    const afterLeaving = await readFeed(await freshAddress(client, 'PERSON'));
    expect(afterLeaving.events.map((event) => [event.summary, event.description])).toEqual([['Stimmprobe – Chor Kalyna', null]]);
  });
});

/**
 * Every date a feed's recurring events stand for, expanded by the independent parser with their EXDATEs and
 * RECURRENCE-ID exceptions applied: summary, start in UTC and in Leipzig, room, status.
 */
async function expandFeed(url: string) {
  const calendar = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
  const components = calendar.getAllSubcomponents('vevent');
  const masters = components.filter((component) => component.hasProperty('rrule')).map((component) => new ICAL.Event(component));
  for (const component of components)
    if (component.hasProperty('recurrence-id')) {
      const exception = new ICAL.Event(component);
      masters.find((master) => master.uid === exception.uid)!.relateException(exception);
    }
  const dates: Array<{ summary: string; utcStart: string; localStart: string; location: string; status: string }> = [];
  for (const master of masters) {
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      dates.push({
        summary: details.item.summary,
        utcStart: details.startDate.toJSDate().toISOString(),
        localStart: details.startDate.toString(),
        location: details.item.location,
        status: String(details.item.component.getFirstPropertyValue('status')),
      });
    }
  }
  return { masters: masters.length, exceptions: components.filter((component) => component.hasProperty('recurrence-id')).length, dates };
}

describe('a series in a feed', () => {
  let studio: string;
  let seriesUid: string;
  const tuesday = (day: string, hour: string, offset: '+01:00' | '+02:00') => `2026-${day}T${hour}:00${offset}`;

  beforeAll(async () => {
    studio = (await factory.room({ locationId: house, name: 'Atelier' })).id;
    // someone else has the studio on 13 October: the series skips that date
    await factory.booking({
      roomId: studio,
      organizationId: (await factory.organization()).id,
      start: tuesday('10-13', '18:00', '+02:00'),
      end: tuesday('10-13', '21:00', '+02:00'),
    });
    const { createBookingSeries } = await member.data(CREATE_BOOKING_SERIES, {
      input: {
        roomId: studio,
        organizationId: choir,
        title: 'Chorprobe',
        category: 'CHOIR',
        visibility: 'PUBLIC',
        start: tuesday('10-06', '18:00', '+02:00'),
        end: tuesday('10-06', '20:30', '+02:00'),
        rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
      },
      onConflict: 'SKIP',
    });
    seriesUid = `series-${createBookingSeries.series.id}@kollektiv-leipzig`;
    const dates = createBookingSeries.created as Array<{ id: string; start: string; version: number }>;
    const on = (day: string) => dates.find((booking) => booking.start.startsWith(`2026-${day}`))!;
    // 27 October (after the clocks went back) is cancelled, 3 November moves an hour later, 10 November to the hall
    await member.data(CANCEL_BOOKING, { id: on('10-27').id, expectedVersion: on('10-27').version });
    const later = on('11-03');
    await member.data(MOVE_BOOKING, {
      id: later.id,
      expectedVersion: later.version,
      roomId: studio,
      start: tuesday('11-03', '19:00', '+01:00'),
      end: tuesday('11-03', '21:30', '+01:00'),
    });
    const moved = on('11-10');
    await member.data(MOVE_BOOKING, {
      id: moved.id,
      expectedVersion: moved.version,
      roomId: hall,
      start: tuesday('11-10', '18:00', '+01:00'),
      end: tuesday('11-10', '20:30', '+01:00'),
    });
  });

  it('is one recurring event in the room’s feed: the skipped and the moved-away dates excluded, the changed ones as exceptions', async () => {
    const url = ((await app.client().data(FEEDS)).calendarFeeds as Array<{ kind: string; label: string; url: string }>).find(
      (feed) => feed.kind === 'ROOM' && feed.label.startsWith('Atelier'),
    )!.url;
    const text = await (await fetch(url)).text();
    expect(text).toContain(`UID:${seriesUid}`);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6/);
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20261013T180000,20261110T180000');
    const feed = await expandFeed(url);
    expect(feed.masters).toBe(1);
    expect(feed.exceptions).toBe(2);
    expect(feed.dates.map((date) => [date.localStart, date.utcStart, date.status])).toEqual([
      ['2026-10-06T18:00:00', '2026-10-06T16:00:00.000Z', 'CONFIRMED'],
      ['2026-10-20T18:00:00', '2026-10-20T16:00:00.000Z', 'CONFIRMED'],
      ['2026-10-27T18:00:00', '2026-10-27T17:00:00.000Z', 'CANCELLED'],
      ['2026-11-03T19:00:00', '2026-11-03T18:00:00.000Z', 'CONFIRMED'],
    ]);
  });

  it('gives the MO’s own feed every date of the series, the one in the hall with the hall as its place', async () => {
    const feed = await expandFeed(await freshAddress(member, 'ORGANIZATION'));
    const series = feed.dates.filter((date) => date.summary.startsWith('Chorprobe'));
    const rows: Array<{ starts_at: Date; status: string; room: string }> = await app.services.database.dataSource.query(
      `SELECT b.starts_at, b.status, r.name AS room FROM booking b JOIN room r ON r.id = b.room_id WHERE b.title = 'Chorprobe' ORDER BY b.starts_at`,
    );
    expect(series.map((date) => [date.utcStart, date.status, date.location.split(',')[0]])).toEqual(
      rows.map((row) => [new Date(row.starts_at).toISOString(), row.status, row.room]),
    );
    expect(series.at(-1)!.location).toContain('Großer Saal');
  });

  it('shows nothing of a series that is not public in the public feeds', async () => {
    const quiet = await member.data(CREATE_BOOKING_SERIES, {
      input: {
        roomId: studio,
        organizationId: choir,
        title: 'Interne Probe',
        category: 'CHOIR',
        visibility: 'MEMBERS',
        start: tuesday('12-01', '18:00', '+01:00'),
        end: tuesday('12-01', '19:00', '+01:00'),
        rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      },
    });
    expect(quiet.createBookingSeries.created).toHaveLength(3);
    const text = await (await fetch(await urlOf(app.client(), 'HOUSE'))).text();
    expect(text).not.toContain('Interne Probe');
    expect(text).toContain(seriesUid);
  });
});

describe('feed addresses kept as hashes', () => {
  it('the migration hashes an address handed out before it exactly as the server hashes one asked for', async () => {
    for (const token of ['x'.repeat(48), 'Zk9_-a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ0123456789abcdef-_']) {
      const rows: Array<{ hash: string }> = await app.services.database.dataSource.query(
        `SELECT rtrim(translate(encode(sha256(convert_to($1::text, 'UTF8')), 'base64'), '+/', '-_'), '=') AS hash`,
        [token],
      );
      expect(rows[0]!.hash).toBe(hashToken(token));
    }
  });
});

describe('a feed polled by calendar apps', () => {
  it('is made once per change: the same ETag until a booking changes, 304 for an app that has it, bytes only when new', async () => {
    const url = await urlOf(app.client(), 'HOUSE');
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(lastModified).not.toBeNull();
    await first.text();

    const renders = vi.spyOn(app.services.feeds as unknown as { renderText: () => Promise<string> }, 'renderText');
    const started = performance.now();
    const { result: answers, slowestHealthMs } = await healthWhile(app.url, () =>
      Promise.all(Array.from({ length: 60 }, () => fetch(url, { headers: { 'if-none-match': etag! } }))),
    );
    console.log(
      `60 polls of a house feed: ${(performance.now() - started).toFixed(0)} ms, slowest /healthz ${slowestHealthMs.toFixed(0)} ms`,
    );
    for (const answer of answers) {
      expect(answer.status).toBe(304);
      expect(await answer.text()).toBe('');
    }
    expect(renders).not.toHaveBeenCalled();
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified! } })).status).toBe(304);

    await factory.booking({
      roomId: hall,
      organizationId: choir,
      title: 'Neue offene Probe',
      visibility: 'PUBLIC',
      start: '2026-11-03T18:00:00+01:00',
      end: '2026-11-03T20:00:00+01:00',
    });
    const changed = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Neue offene Probe');
    expect(renders).toHaveBeenCalledTimes(1);
    renders.mockRestore();
  });
});

describe('a coach’s own feed', () => {
  it('lists the sessions of the requests assigned to them, whoever booked them, and none of a request handed on', async () => {
    const { client: coach, coach: coachRecord } = await factory.coachClient();
    const { client: nextCoach, coach: nextCoachRecord } = await factory.coachClient();
    const staff = (await factory.staffClient()).client;
    const assigned = async (coachId: string) => {
      const { requestCoaching } = await member.data(REQUEST_COACHING, {
        input: { organizationId: choir, topic: 'FUNDING', text: 'Hilfe beim Förderantrag', languages: ['de'] },
      });
      await staff.data(ASSIGN_COACH, { requestId: requestCoaching.id, coachId });
      return requestCoaching.id as string;
    };
    const schedule = async (by: ApiClient, requestId: string, start: string, end: string) =>
      (await by.data(SCHEDULE_COACHING_SESSION, { requestId, input: { start, end, roomId: hall } })).scheduleCoachingSession.id as string;
    // staff book the first request's session for the coach
    await schedule(staff, await assigned(coachRecord.id), '2026-10-28T10:00:00+01:00', '2026-10-28T11:00:00+01:00');
    // the coach books the second's, cancels it, and staff hand that request to another coach
    const handedOn = await assigned(coachRecord.id);
    const cancelled = await schedule(coach, handedOn, '2026-10-29T10:00:00+01:00', '2026-10-29T11:00:00+01:00');
    await coach.data(CANCEL_COACHING_SESSION, { id: cancelled, reason: null });
    await staff.data(ASSIGN_COACH, { requestId: handedOn, coachId: nextCoachRecord.id });

    const read = async (client: ApiClient) =>
      (await readFeed(await freshAddress(client, 'PERSON'))).events.map((event) => [event.summary, event.localStart, event.status]);
    expect(await read(coach)).toEqual([['Coaching – Chor Kalyna', '2026-10-28T10:00:00', 'CONFIRMED']]);
    expect(await read(nextCoach)).toEqual([['Coaching – Chor Kalyna', '2026-10-29T10:00:00', 'CANCELLED']]);
  });
});
