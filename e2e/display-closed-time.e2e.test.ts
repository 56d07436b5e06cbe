/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { Closure } from '../server/src/closures/closure.entity.js';
import { Location } from '../server/src/locations/location.entity.js';
import { Room } from '../server/src/locations/room.entity.js';
import { holidayOn, houseDate, houseTime, plusDays, REFERENCE_NOW, SUNDAY, weekdayOf } from '../server/test/dates.js';
import { ApiClient } from '../server/test/harness.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

// an ordinary Sunday, 10:00 in Leipzig: the Sunday after the reference Tuesday, with no holiday that weekend
const SUNDAY_DATE = plusDays(houseDate(REFERENCE_NOW), 5);
const NOW = houseTime(SUNDAY_DATE, '10:00');

let app: RunningApp;
let browser: Browser;
let staff: ApiClient;
let organizationId = '';
// "Haus am Markt" is open every day 09:00–21:00 and closes today 12:00–14:00; "Haus am Park" is closed on Sundays
const market = { id: '', rooms: [] as string[] };
const park = { id: '', rooms: [] as string[] };

async function house(name: string, weekdays: number[], sortOrder: number, roomNames: string[]) {
  const { dataSource } = app.services.database;
  const location = await dataSource.getRepository(Location).save({
    name,
    address: 'Beispielweg 9, 04229 Leipzig',
    timeZone: 'Europe/Berlin',
    openingHours: weekdays.map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })),
    sortOrder,
  });
  const rooms: string[] = [];
  for (const [index, roomName] of roomNames.entries()) {
    const room = await dataSource
      .getRepository(Room)
      .save({ locationId: location.id, name: roomName, capacity: 20, features: [], colour: '#336699', sortOrder: index, active: true });
    rooms.push(room.id);
  }
  return { id: location.id, rooms };
}

const book = (roomId: string, title: string, from: string, to: string) =>
  staff.data(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
    input: {
      roomId,
      organizationId,
      title,
      category: 'MEETING',
      visibility: 'PUBLIC',
      start: houseTime(SUNDAY_DATE, from),
      end: houseTime(SUNDAY_DATE, to),
    },
  });

async function displayLink(locationId: string, languages: string[]): Promise<string> {
  const { createDisplayLink } = await staff.data<{ createDisplayLink: { path: string } }>(
    `mutation ($locationId: ID!, $languages: [String!]) { createDisplayLink(locationId: $locationId, label: "Foyer", languages: $languages) { path } }`,
    { locationId, languages },
  );
  return `${app.url}${createDisplayLink.path}`;
}

async function openDisplay(url: string, size = { width: 1920, height: 1080 }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  await page.goto(url);
  await page.locator('.display-room').first().waitFor();
  return page;
}

/** Text as read, without the marks that keep a time left to right inside right-to-left text. */
const plain = async (locator: { textContent(): Promise<string | null> }) =>
  ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

/** Room cards and list entries that do not fit inside the screen (the display never scrolls). */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.display-room, .display-upcoming li, .display-page, .display-closed'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1 || box.left < -1;
      })
      .map((element) => (element.textContent ?? '').trim().slice(0, 40)),
  );
}

beforeAll(async () => {
  expect(weekdayOf(SUNDAY_DATE)).toBe(SUNDAY);
  expect([holidayOn(SUNDAY_DATE), holidayOn(plusDays(SUNDAY_DATE, 1))]).toEqual([undefined, undefined]);
  app = await startDemoApp({ rateLimits: null, now: NOW });
  staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
  Object.assign(market, await house('Haus am Markt', [1, 2, 3, 4, 5, 6, 7], 10, ['Saal', 'Beratungsraum', 'Küche']));
  Object.assign(park, await house('Haus am Park', [1, 2, 3, 4, 5, 6], 11, ['Werkstatt', 'Lesezimmer']));
  organizationId = (await staff.data<{ organizations: Array<{ id: string }> }>(`{ organizations { id } }`)).organizations[0]!.id;
  // written as the closures service stores one; entering it (and what becomes of bookings under it) is tested there
  await app.services.database.dataSource.getRepository(Closure).save({
    locationId: market.id,
    roomId: null,
    start: new Date(houseTime(SUNDAY_DATE, '12:00')),
    end: new Date(houseTime(SUNDAY_DATE, '14:00')),
    reason: 'Hausversammlung',
    createdById: null,
  });
  await book(market.rooms[0]!, 'Sprachcafé', '09:30', '11:00');
  await book(market.rooms[0]!, 'Chorprobe', '15:00', '16:30');
  await book(market.rooms[1]!, 'Beratung', '19:00', '20:00');
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describeInBrowser('the wall display shows closed time as closed (1920×1080)', () => {
  it('on a Sunday a house closed on Sundays says "closed today" and when it opens, and no room is free', async () => {
    const display = await openDisplay(await displayLink(park.id, ['de']));
    await display.waitForTimeout(1500);
    await screenshot(display, 'display-closed-01-sunday');
    const notice = display.locator('.display-closed');
    await notice.getByText('Heute geschlossen').waitFor({ timeout: 10_000 });
    expect(await plain(notice)).toContain('Öffnet Montag, 09:00');
    expect(await display.locator('.display-room .free').count()).toBe(0);
    expect(await plain(display.locator('.display-rooms'))).not.toMatch(/frei/i);
    expect(await cutOff(display)).toEqual([]);
    expect(await axeViolations(display)).toEqual([]);
    await display.close();
  });

  it('a closure within the day: free until it starts, listed as closed under "Heute noch"; the running booking only once', async () => {
    const display = await openDisplay(await displayLink(market.id, ['de']));
    await display.getByText('Chorprobe').first().waitFor();
    await display.waitForTimeout(1500);
    await screenshot(display, 'display-closed-02-closure-within-day');
    const room = (name: string) => display.locator('.display-room', { has: display.getByRole('heading', { name, exact: true }) });
    // the Saal is busy with the Sprachcafé now; the Beratungsraum is free until the closure, not for the day
    expect(await plain(room('Saal'))).toContain('Sprachcafé');
    expect(await plain(room('Beratungsraum'))).toContain('frei bis 12:00');
    expect(await plain(room('Beratungsraum'))).toContain('19:00 Beratung');
    const upcoming = display.locator('.display-upcoming');
    expect(await plain(upcoming)).not.toContain('Sprachcafé');
    const closedEntry = upcoming.locator('li', { hasText: 'Hausversammlung' });
    expect(await plain(closedEntry)).toMatch(/12:00–14:00.*Geschlossen/);
    // the day's list comes in time order: the closure before the Chorprobe
    const entries = await upcoming.locator('li').allTextContents();
    expect(entries.findIndex((text) => text.includes('Hausversammlung'))).toBeLessThan(
      entries.findIndex((text) => text.includes('Chorprobe')),
    );
    expect(await cutOff(display)).toEqual([]);
    expect(await axeViolations(display)).toEqual([]);

    // during the closure the house says it is closed now and opens again today
    await display.clock.fastForward('02:30:00');
    await display.locator('.display-closed').getByText('Jetzt geschlossen').waitFor({ timeout: 10_000 });
    expect(await plain(display.locator('.display-closed'))).toContain('14:00');
    expect(await display.locator('.display-room .free').count()).toBe(0);
    await screenshot(display, 'display-closed-03-during-closure');
    await display.close();
  });

  it('uses the screen: at 1920×1080 the rooms and the day fill it; on a tablet nothing is cut off', async () => {
    const display = await openDisplay(await displayLink(market.id, ['de', 'ar']));
    await display.locator('[lang="ar"]').first().waitFor();
    await display.waitForTimeout(1000);
    // the rooms and the rest of the day fill the screen across and down (they used to end half way down)
    const used = await display.evaluate(() => {
      const boxes = Array.from(document.querySelectorAll('.display-room, .display-later')).map((element) =>
        element.getBoundingClientRect(),
      );
      const across = (Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left))) / window.innerWidth;
      return { across, down: Math.max(...boxes.map((box) => box.bottom)) / window.innerHeight };
    });
    expect(used.across).toBeGreaterThan(0.9);
    expect(used.down).toBeGreaterThan(0.9);
    expect(await cutOff(display)).toEqual([]);
    expect(await axeViolations(display)).toEqual([]);
    await screenshot(display, 'display-closed-04-two-languages');
    await display.setViewportSize({ width: 1280, height: 800 });
    await screenshot(display, 'display-closed-05-tablet');
    expect(await cutOff(display)).toEqual([]);
    await display.close();
  });

  it('in Arabic, right to left: closed today, the next opening, axe clean', async () => {
    const display = await openDisplay(await displayLink(park.id, ['ar']));
    await display.waitForTimeout(1500);
    expect(await display.locator('.display').getAttribute('dir')).toBe('rtl');
    await display.locator('.display-closed').waitFor({ timeout: 10_000 });
    expect(await plain(display.locator('.display-closed'))).toContain('09:00');
    expect(await cutOff(display)).toEqual([]);
    expect(await axeViolations(display)).toEqual([]);
    await screenshot(display, 'display-closed-06-arabic');
    await display.close();
  });
});

describeInBrowser('the display-link dialog', () => {
  it.each([
    ['de', 'Anzeige-Links', 'Link erstellen', 'Anzeige in neuem Tab öffnen'],
    ['ar', 'روابط شاشات العرض', 'إنشاء رابط', 'فتح شاشة العرض في علامة تبويب جديدة'],
  ])('%s: the new link opens the display from a target as big as a button, axe clean', async (language, open, create, openDisplay) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${app.url}/login?lang=${language}`);
    await page.locator('#login-email').fill('staff@kollektiv.example');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/calendar/);
    await page.getByRole('button', { name: open, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: create }).click();
    const link = dialog.getByRole('link', { name: openDisplay });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/\/display\/[\w-]+\?token=/);
    const box = (await link.boundingBox())!;
    // WCAG 2.5.8 asks 24 px; the dialog's buttons are 44
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `display-link-dialog-${language}`);
    await context.close();
  });
});

describeInBrowser('a long day on one house’s screen', () => {
  it('pages through the rest of the day; long titles neither spill nor push entries off the screen or tablet', async () => {
    const long = 'Offenes Treffen für Eltern, Kinder und alle aus der Nachbarschaft mit Übersetzung ins Arabische und Ukrainische';
    for (let index = 0; index < 10; index++) {
      const start = 16 * 60 + 30 + index * 15;
      const at = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      await book(market.rooms[2]!, `${long} ${index + 1}`, at(start), at(start + 15));
    }
    const display = await openDisplay(await displayLink(market.id, ['de', 'ar']));
    await display
      .getByText(/Offenes Treffen/)
      .first()
      .waitFor();
    await display.locator('[lang="ar"]').first().waitFor();
    expect(await display.locator('.display-later .display-page').textContent()).toMatch(/^[12]\/2$/);
    expect(await cutOff(display)).toEqual([]);
    await screenshot(display, 'display-closed-07-long-day');
    await display.setViewportSize({ width: 1280, height: 800 });
    expect(await cutOff(display)).toEqual([]);
    await screenshot(display, 'display-closed-08-long-day-tablet');
    await display.close();
  });
});
