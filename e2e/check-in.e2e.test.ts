/// <reference lib="dom" />
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../server/src/app/start.js';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { Location } from '../server/src/locations/location.entity.js';
import { Room } from '../server/src/locations/room.entity.js';
import { Organization } from '../server/src/organizations/organization.entity.js';
import { houseDate, REFERENCE_NOW, runningFrom } from '../server/test/dates.js';
import { ApiClient, migratedEmbeddedSnapshot } from '../server/test/harness.js';
import { axeViolations } from './axe.js';
import { CLIENT_DIST, describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';

// the server lives from the reference Tuesday at real speed, and can be sent ahead past a grace period; the
// pages keep their own time, as a wall display and a phone would
const running = runningFrom(REFERENCE_NOW);
let ahead = 0;
const clock = () => new Date(running().getTime() + ahead);
let app: RunningApp;
let browser: Browser;
let display: Page;
let member: Page;
/** A member of another MO (Kalyna) who waits for a time in the Studio. */
let waiting: Page;
let staffCookie = '';
const rooms: Record<string, string> = {};
let organizationId = '';

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: staffCookie },
    body: JSON.stringify({ query, variables }),
  });
  const cookie = response.headers.get('set-cookie');
  if (cookie) staffCookie = cookie.split(';')[0]!;
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A booking of SDKV in the room from the quarter hour that has begun, for an hour: someone should be there now. */
async function bookingNow(title: string, room: string): Promise<string> {
  const now = DateTime.fromJSDate(clock()).setZone('Europe/Berlin');
  const start = now.set({ minute: Math.floor(now.minute / 15) * 15, second: 0, millisecond: 0 });
  const { createBooking } = await gql<{ createBooking: { id: string } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
    {
      input: {
        roomId: rooms[room],
        organizationId,
        title,
        category: 'MEETING',
        visibility: 'MEMBERS',
        start: start.toISO(),
        end: start.plus({ hours: 1 }).toISO(),
      },
    },
  );
  return createBooking.id;
}

beforeAll(async () => {
  app = await startApp(
    { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, rateLimits: null },
    { inMemory: true, embeddedSnapshot: migratedEmbeddedSnapshot(), log: () => {}, clock },
  );
  const { dataSource } = app.services.database;
  const house = await dataSource.getRepository(Location).save({
    name: 'Haus am Markt',
    address: 'Markt 1, 04109 Leipzig',
    timeZone: 'Europe/Berlin',
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
    sortOrder: 9,
  });
  for (const [index, name] of ['Saal', 'Studio'].entries())
    rooms[name] = (
      await dataSource
        .getRepository(Room)
        .save({ locationId: house.id, name, capacity: 30, features: [], colour: '#336699', sortOrder: index, active: true })
    ).id;
  organizationId = (await dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'SDKV' })).id;
  await gql(`mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }`);
  await gql(`mutation ($l: ID!) { setCheckInSettings(locationId: $l, input: { required: true, graceMinutes: 20 }) { required } }`, {
    l: house.id,
  });
  const { createDisplayLink } = await gql<{ createDisplayLink: { path: string } }>(
    `mutation ($l: ID!) { createDisplayLink(locationId: $l, label: "Foyer") { path } }`,
    { l: house.id },
  );
  browser = await launchChromium(clock);
  // a tablet on the wall, in landscape
  const wall = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    hasTouch: true,
  });
  display = await wall.newPage();
  await display.goto(`${app.url}${createDisplayLink.path}`);
  await display.getByRole('heading', { name: 'Studio' }).waitFor();
  const phone = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  member = await phone.newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await member.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${houseDate(REFERENCE_NOW)}&locations=${house.id}`);
  await member.getByText('live', { exact: true }).waitFor();
  waiting = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(waiting, app.url, 'member2@kollektiv.example', DEMO_PASSWORD);
  await waiting.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${houseDate(REFERENCE_NOW)}&locations=${house.id}`);
  await waiting.getByText('live', { exact: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const roomCard = (name: string) => display.locator('.display-room', { has: display.getByRole('heading', { name, exact: true }) });

describeInBrowser('check-in and the release of no-shows', () => {
  it('checks in by a tap on the wall display, which then says so', async () => {
    const id = await bookingNow('Vorstandssitzung', 'Saal');
    const saal = roomCard('Saal');
    await saal.getByText('Vorstandssitzung').waitFor({ timeout: 2000 });
    const tap = saal.getByRole('button', { name: /Einchecken/ });
    // a target for a finger at arm's length: at least 1 cm high at a tablet's 160 CSS pixels per inch
    const box = await tap.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);
    await screenshot(display, 'check-in-01-tap-target');
    // the target speaks the screen's languages and is named for screen readers
    expect(await axeViolations(display)).toEqual([]);
    await tap.tap();
    await saal.getByText('Eingecheckt').first().waitFor({ timeout: 2000 });
    await expect.poll(() => tap.count()).toBe(0);
    await screenshot(display, 'check-in-02-checked-in');
    const { booking } = await gql<{ booking: { checkedInAt: string | null } }>(`query ($id: ID!) { booking(id: $id) { checkedInAt } }`, {
      id,
    });
    expect(booking.checkedInAt).not.toBeNull();
    // nobody is released who came: past the grace period the booking stays
    ahead = 21 * 60_000;
    await app.services.noShowRelease.runNow();
    ahead = 0;
    expect(await saal.getByText('Vorstandssitzung').count()).toBe(1);
  });

  it('releases a no-show: the wall display and a member’s open calendar show the room free within a second, and a waiting MO is offered it', async () => {
    const noShow = await bookingNow('Probe, zu der keiner kam', 'Studio');
    // Kalyna waits for the booking's last quarter hour, which will still lie ahead when the booking is released
    const { booking } = await gql<{ booking: { end: string } }>(`query ($id: ID!) { booking(id: $id) { end } }`, { id: noShow });
    const kalyna = await new ApiClient(app.url).login('member2@kollektiv.example', DEMO_PASSWORD);
    const { me } = await kalyna.data<{ me: { organization: { id: string } } }>('{ me { organization { id } } }');
    const { joinWaitingList } = await kalyna.data<{ joinWaitingList: { id: string } }>(
      `mutation ($input: WaitingListInput!) { joinWaitingList(input: $input) { id } }`,
      {
        input: {
          roomId: rooms['Studio'],
          organizationId: me.organization.id,
          title: 'Tanzprobe von der Warteliste',
          category: 'ART_COURSE',
          start: new Date(Date.parse(booking.end) - 15 * 60_000).toISOString(),
          end: booking.end,
        },
      },
    );
    const offered = waiting.locator('.rooms-booking', { hasText: 'Tanzprobe von der Warteliste' });
    const studio = roomCard('Studio');
    await studio.getByText('Probe, zu der keiner kam').waitFor({ timeout: 2000 });
    const onCalendar = member.locator('.rooms-booking', { hasText: 'Probe, zu der keiner kam' });
    await onCalendar.first().waitFor({ timeout: 3000 });
    await screenshot(display, 'check-in-03-no-show-waiting');

    // twenty minutes on, nobody checked in: the server's timer releases the booking
    ahead = 21 * 60_000;
    expect(await app.services.noShowRelease.runNow()).toBe(1);
    const releasedAt = Date.now();
    await Promise.all([
      expect.poll(() => studio.getByText('Probe, zu der keiner kam').count(), { timeout: 1000, interval: 50 }).toBe(0),
      expect.poll(() => onCalendar.count(), { timeout: 1000, interval: 50 }).toBe(0),
      // the waiting MO's open calendar: the freed time held for it, not confirmed yet
      expect.poll(() => offered.count(), { timeout: 1000, interval: 50 }).toBe(1),
    ]);
    console.log(`the display, the calendar and the waiting MO showed the release ${Date.now() - releasedAt} ms after it`);
    expect(await offered.evaluate((element) => element.classList.contains('booking--unconfirmed'))).toBe(true);
    await screenshot(waiting, 'check-in-05-waiting-mo-offered');
    // Kalyna does not need it after all: the Studio is free again for the next test
    await kalyna.data(`mutation ($id: ID!) { declineWaitingListOffer(id: $id) { id } }`, { id: joinWaitingList.id });
    expect(await studio.getAttribute('class')).not.toContain('busy');
    await screenshot(display, 'check-in-04-released');
    ahead = 0;
  });

  it('opens the booking from the room’s QR code on a phone, signed in first, and checks it in (360 px, Arabic)', async () => {
    const id = await bookingNow('Sprachcafé', 'Studio');
    const studio = roomCard('Studio');
    await studio.getByText('Sprachcafé').waitFor({ timeout: 2000 });
    // the code now opens the booking to check in, not the calendar
    await studio.getByRole('img', { name: 'Einchecken: Studio' }).waitFor({ timeout: 2000 });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ar', timezoneId: 'Europe/Berlin' });
    const phone = await context.newPage();
    await phone.goto(`${app.url}/check-in/${id}?lang=ar`);
    await phone.waitForURL(/\/login/);
    await phone.locator('#login-email').fill('member1@kollektiv.example');
    await phone.locator('#login-password').fill(DEMO_PASSWORD);
    await phone.locator('form button[type="submit"]').click();
    await phone.waitForURL(new RegExp(`/check-in/${id}`));
    const button = phone.getByRole('button', { name: /تسجيل الحضور/ });
    await button.waitFor();
    expect(await phone.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(phone)).toEqual([]);
    const cut = await phone.locator('body').evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('button, p, strong, h2, a')]
        .filter((element) => element.offsetParent !== null)
        .filter((element) => element.getBoundingClientRect().left < -1 || element.getBoundingClientRect().right > innerWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(cut).toEqual([]);
    await screenshot(phone, 'check-in-05-phone-ar');
    await button.click();
    await phone.getByRole('status').filter({ hasText: 'تم تسجيل الحضور' }).waitFor({ timeout: 2000 });
    // the wall display hears of it too
    await studio.getByText('Eingecheckt').first().waitFor({ timeout: 2000 });
    await screenshot(phone, 'check-in-06-phone-done');
    await context.close();
  });
});
