/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../server/src/app/start.js';
import { loadConfig, type AppConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { BookingService } from '../server/src/bookings/booking.service.js';
import { draftFrom } from '../server/src/bookings/booking-shape.js';
import { Location } from '../server/src/locations/location.entity.js';
import { Room } from '../server/src/locations/room.entity.js';
import { Organization } from '../server/src/organizations/organization.entity.js';
import { User } from '../server/src/auth/user.entity.js';
import { houseTime, nextOrdinary, REFERENCE_NOW, runningFrom, WEDNESDAY } from '../server/test/dates.js';
import { CLIENT_DIST, describeInBrowser, launchChromium, screenshot } from './browser.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-display-'));
// the screen and its server live at the same ordinary Tuesday morning, also across the server's restart
const clock = runningFrom(REFERENCE_NOW);
let config: AppConfig;
let app: RunningApp;
let browser: Browser;
let display: Page;
let staffCookie = '';
const rooms: string[] = [];
let organizationId = '';
let staffUserId = '';
let linkId = '';

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

/** A slot starting now (on the 15-minute grid) and ending within today. */
function slotNow(minutes: number): { start: string; end: string } {
  const now = DateTime.fromJSDate(clock()).setZone('Europe/Berlin');
  const start = now.set({ minute: Math.floor(now.minute / 15) * 15, second: 0, millisecond: 0 });
  const midnight = now.startOf('day').plus({ days: 1 });
  const end = DateTime.min(start.plus({ minutes }), midnight);
  return { start: start.toISO()!, end: end.toISO()! };
}

beforeAll(async () => {
  // the memory soak sends 400 changes in seconds from one address: as RATE_LIMITS=off
  config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    port: 0,
    host: '127.0.0.1',
    seedDemo: true,
    clientDist: CLIENT_DIST,
    dataDir,
    rateLimits: null,
  };
  app = await startApp(config, { log: () => {}, clock });
  config.port = app.port;
  // a house open around the clock, so a booking "now" needs no opening hours
  const { dataSource } = app.services.database;
  const location = await dataSource.getRepository(Location).save({
    name: 'Haus Rund um die Uhr',
    address: 'Beispielweg 9, 04229 Leipzig',
    timeZone: 'Europe/Berlin',
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
    sortOrder: 9,
  });
  for (const [index, name] of ['Saal', 'Studio'].entries()) {
    const room = await dataSource
      .getRepository(Room)
      .save({ locationId: location.id, name, capacity: 30, features: [], colour: '#336699', sortOrder: index, active: true });
    rooms.push(room.id);
  }
  organizationId = (await dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'Kalyna' })).id;
  staffUserId = (await dataSource.getRepository(User).findOneByOrFail({ email: 'staff@kollektiv.example' })).id;
  await gql(`mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }`);
  const { createDisplayLink } = await gql<{ createDisplayLink: { path: string; link: { id: string } } }>(
    `mutation ($locationId: ID!) { createDisplayLink(locationId: $locationId, label: "Foyer") { path link { id } } }`,
    { locationId: location.id },
  );
  linkId = createDisplayLink.link.id;
  browser = await launchChromium(clock);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  display = await context.newPage();
  await display.goto(`${app.url}${createDisplayLink.path}`);
  await display.getByRole('heading', { name: 'Haus Rund um die Uhr' }).waitFor();
  await display.getByRole('heading', { name: 'Studio' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const createBooking = (title: string, roomId: string, minutes: number) =>
  gql(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
    input: { roomId, organizationId, title, category: 'CHOIR', visibility: 'MEMBERS', ...slotNow(minutes) },
  });

describeInBrowser('the wall display at 1920×1080', () => {
  it('shows a booking created through the API within a second, as "now" with its MO', async () => {
    await screenshot(display, 'display-01-start');
    await createBooking('Chorprobe jetzt', rooms[0]!, 60);
    const shownAt = Date.now();
    await display.getByText('Chorprobe jetzt').first().waitFor({ timeout: 1000 });
    console.log(`display showed the new booking ${Date.now() - shownAt} ms after the API answered`);
    const saal = display.locator('.display-room', { hasText: 'Saal' }).first();
    expect(await saal.textContent()).toContain('Ukrainischer Chor Kalyna');
    expect(await saal.getAttribute('class')).toContain('busy');
    expect(await display.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await screenshot(display, 'display-02-booking-live');
  });

  it('marks itself offline when the server stops, and catches up on what happened meanwhile after it returns', async () => {
    await app.stop();
    await display.getByText(/offline seit \d\d:\d\d/).waitFor({ timeout: 10_000 });
    await screenshot(display, 'display-03-offline');

    // while the server is down, a booking reaches the database (as another node would write it)
    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    await new BookingService(database.dataSource, clock).createBooking(
      { kind: 'staff', userId: staffUserId, sessionId: 'e2e' },
      draftFrom({ roomId: rooms[1]!, organizationId, title: 'Während der Pause gebucht', category: 'MEETING', ...asDates(slotNow(45)) }),
    );
    await database.close();

    app = await startApp(config, { log: () => {}, clock });
    await display.getByText('Während der Pause gebucht').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => display.getByText(/offline seit/).count(), { timeout: 5000 }).toBe(0);
    await screenshot(display, 'display-04-recovered');
  });

  it('keeps its memory flat over many updates', async () => {
    const cdp = await display.context().newCDPSession(display);
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // 400 changes: each booking is created and cancelled, as a busy day would do to the screen
    const burst = async (round: number) => {
      for (let index = 0; index < 50; index++) {
        const title = `Last ${round}-${index}`;
        const { createBooking } = await gql<{ createBooking: { id: string; version: number } }>(
          `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id version } }`,
          { input: { roomId: rooms[index % 2]!, organizationId, title, category: 'MEETING', ...slotAt(round, index) } },
        );
        await gql(`mutation ($id: ID!) { cancelBooking(id: $id, expectedVersion: 1) { id } }`, { id: createBooking.id });
      }
    };
    // warm up (code paths, caches), then compare two equal stretches; highlights fade after 2.5 s
    await burst(0);
    await burst(1);
    await display.waitForTimeout(3000);
    const before = await heapAfterGc();
    await burst(2);
    await burst(3);
    await display.waitForTimeout(3000);
    const after = await heapAfterGc();
    console.log(`display heap after GC: ${(before / 1e6).toFixed(1)} MB, then ${(after / 1e6).toFixed(1)} MB after 200 more changes`);
    expect(after).toBeLessThan(before * 1.2);
  });

  it('shows "not authorised" instead of going blank when its link is revoked', async () => {
    await gql(`mutation ($id: ID!) { revokeDisplayLink(id: $id) { id } }`, { id: linkId });
    await display.getByText('Diese Anzeige ist nicht freigeschaltet.').waitFor({ timeout: 30_000 });
    await screenshot(display, 'display-05-revoked');
  });

  it('for all houses (/display) turns its pages by itself, so a long day still fits the screen', async () => {
    // 09:00 on a day ahead in the browser's clock, so the bookings below are all still to come
    const day = nextOrdinary(WEDNESDAY, clock());
    for (let index = 0; index < 8; index++) {
      const hour = String(10 + Math.floor(index / 2)).padStart(2, '0');
      await gql(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
        input: {
          roomId: rooms[index % 2]!,
          organizationId,
          title: `Kurs ${index + 1}`,
          category: 'LANGUAGE_COURSE',
          visibility: 'PUBLIC',
          start: houseTime(day, `${hour}:00`),
          end: houseTime(day, `${hour}:45`),
        },
      });
    }
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await context.clock.setSystemTime(new Date(houseTime(day, '09:00')));
    const wall = await context.newPage();
    await wall.goto(`${app.url}/display`);
    const house = wall.getByRole('region', { name: 'Haus Rund um die Uhr' });
    await house
      .getByText(/^Kurs \d$/)
      .first()
      .waitFor({ timeout: 15_000 });
    // three houses side by side, eight bookings in this one: five per page
    expect(await wall.locator('.display-column').count()).toBeGreaterThanOrEqual(3);
    const pageMark = house.locator('.display-page');
    const first = (await pageMark.textContent())?.trim();
    expect(first).toMatch(/^[12]\/2$/);
    // the rest of the day's list, which pages (a room card may name its next booking too)
    const shown = async () =>
      (
        await house
          .locator('.display-upcoming')
          .getByText(/^Kurs \d$/)
          .allTextContents()
      ).sort();
    const firstTitles = await shown();
    await screenshot(wall, 'display-06-all-houses-page-a');

    await context.clock.fastForward(12_000);
    await expect.poll(async () => (await pageMark.textContent())?.trim(), { timeout: 5000 }).not.toBe(first);
    const secondTitles = await shown();
    expect([...firstTitles, ...secondTitles].sort()).toEqual(Array.from({ length: 8 }, (_, index) => `Kurs ${index + 1}`).sort());
    await screenshot(wall, 'display-07-all-houses-page-b');
    expect(await cutOff(wall)).toEqual([]);

    // a tablet on the wall: everything still on screen, nothing cut off
    await wall.setViewportSize({ width: 1280, height: 800 });
    await screenshot(wall, 'display-08-all-houses-tablet');
    expect(await cutOff(wall)).toEqual([]);
    await context.close();
  });
});

/** Room cards and list entries that do not fit inside the screen (the display never scrolls). */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.display-room, .display-upcoming li, .display-page'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1;
      })
      .map((element) => (element.textContent ?? '').trim().slice(0, 40)),
  );
}

/** Quarter-hours of today, so every change lands on the screen; cancelling frees them for the next round. */
function slotAt(_round: number, index: number): { start: string; end: string } {
  // today's quarter hours, skipping the two hours around now where the earlier tests booked "now"
  const day = DateTime.fromJSDate(clock()).setZone('Europe/Berlin').startOf('day');
  const now = clock().getTime();
  const free = Array.from({ length: 96 }, (_, quarter) => day.plus({ minutes: 15 * quarter })).filter(
    (start) => Math.abs(start.toMillis() - now) > 2 * 3_600_000,
  );
  const start = free[index]!;
  return { start: start.toISO()!, end: start.plus({ minutes: 15 }).toISO()! };
}

function asDates(slot: { start: string; end: string }) {
  return { start: new Date(slot.start), end: new Date(slot.end) };
}
