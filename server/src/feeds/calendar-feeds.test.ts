import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';

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
  ((await client.data(FEEDS)).calendarFeeds as Array<{ kind: string; url: string; label: string }>).find(
    (feed) => feed.kind === kind && (kind !== 'HOUSE' || feed.label === 'KolLEktiv Süd'),
  )!.url;

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
    const old = await urlOf(member, 'ORGANIZATION');
    const { renewCalendarFeed } = await member.data(RENEW, { kind: 'ORGANIZATION' });
    expect(renewCalendarFeed.url).not.toBe(old);
    expect((await fetch(old)).status).toBe(404);
    expect((await readFeed(renewCalendarFeed.url)).status).toBe(200);
    expect(await urlOf(member, 'ORGANIZATION')).toBe(renewCalendarFeed.url);
    expect((await member.errorCode(RENEW, { kind: 'EVERYTHING' })).extensions).toMatchObject({ field: 'kind', reason: 'INVALID' });
    expect((await app.client().errorCode(RENEW, { kind: 'PERSON' })).code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${app.url}/ical/feed/not-a-token.ics`)).status).toBe(404);
  });
});
