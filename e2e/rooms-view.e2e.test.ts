/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { ApiClient } from '../server/test/harness.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { houseDate, nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signedInPage } from './browser.js';
import { timeX } from './calendar-drag.js';
import { startDemoApp } from './demo-app.js';

/**
 * The rooms day and rooms week (client/src/calendar/rooms/), driven as a person does: with the keyboard from
 * booking to booking and room to room, booking a free hour by pointer and by keyboard, in a house of 55 rooms
 * of which only those near the window are drawn, and right to left in Arabic.
 */
let app: RunningApp;
let browser: Browser;
let day: string;
let today: string;
let westId: string;
let bigId: string;

const LONG_NAME = 'Gemeinschaftsraum im Hinterhaus mit Zugang über den Hof, zweiter Stock links';

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  today = houseDate(app.services.clock());
  const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
  const { locations } = await staff.data<{ locations: Array<{ id: string; address: string; rooms: Array<{ id: string }> }> }>(
    `{ locations { id address rooms { id } } }`,
  );
  westId = locations.find((location) => location.address.startsWith('Zschochersche'))!.id;
  const big = locations.find((location) => location.address.startsWith('Beispielweg'))!;
  bigId = big.id;
  // the southern house grows to 55 rooms, one with a name of three lines; past 60 rooms, one house at a time
  await app.services.database.dataSource.query(
    `INSERT INTO room (location_id, name, capacity, sort_order) SELECT $1, 'Zusatzraum ' || n, 12, 100 + n FROM generate_series(1, $2::int) n`,
    [bigId, 54 - big.rooms.length],
  );
  await app.services.database.dataSource.query(`INSERT INTO room (location_id, name, capacity, sort_order) VALUES ($1, $2, 8, 99)`, [
    bigId,
    LONG_NAME,
  ]);
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function signedIn(language: string, email = 'staff@kollektiv.example'): Promise<Page> {
  return signedInPage(browser, app.url, { language, viewport: { width: 1280, height: 800 }, email, password: DEMO_PASSWORD });
}

async function open(page: Page, view: string, date: string, locationId: string): Promise<void> {
  await page.goto(`${app.url}/calendar?view=${view}&date=${date}&locations=${locationId}`);
  await page.locator('.rooms-view').waitFor();
  await page.locator('.rooms-booking, .rooms-cell').first().waitFor();
  await page.waitForTimeout(200);
}

/** Where the keyboard is: the room's row, and the booking or the free cell's spoken name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      room: element.closest<HTMLElement>('.rooms-row')?.dataset.roomId ?? null,
      booking: element.dataset.bookingId ?? null,
      cell: element.classList.contains('rooms-cell') ? element.getAttribute('aria-label') : null,
      inView: (() => {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      })(),
    };
  });

describeInBrowser('the rooms view', () => {
  it('de: Tab goes from booking to booking into the next room, arrows between rooms and days, Enter on a free day books it', async () => {
    const page = await signedIn('de');
    await open(page, 'resourceTimelineWeek', day, westId);
    await page.locator('.rooms-booking').first().focus();
    const first = await focused(page);
    expect(first.booking).not.toBeNull();
    // Tab walks the bookings in order, room after room
    const rooms = [first.room];
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.room === null) break;
      if (now.room !== rooms.at(-1)) rooms.push(now.room);
    }
    expect(rooms.length).toBeGreaterThan(1);
    // arrows: down to the next room, along the days, onto a free day
    await page.locator('.rooms-booking').first().focus();
    const before = await focused(page);
    await page.keyboard.press('ArrowDown');
    const below = await focused(page);
    expect(below.room).not.toBe(before.room);
    await page.keyboard.press('Home');
    const home = await focused(page);
    expect(home.cell).toMatch(/^In .+ buchen, Montag, \d+\. \w+/);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).cell ?? (await focused(page)).booking).not.toBeNull();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Raum', { exact: true }).inputValue()).toBe(home.room);
    expect(await dialog.getByLabel('Datum', { exact: true }).inputValue()).toBe(
      new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rooms-view-01-keyboard-book-day-de');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('de: a click on a free hour of the rooms day books that room from that hour, in its later half from half past', async () => {
    const page = await signedIn('de', 'member1@kollektiv.example');
    await open(page, 'resourceTimeGridDay', day, westId);
    const row = page.locator('.rooms-row').last();
    const roomId = await row.getAttribute('data-room-id');
    const box = (await row.locator('.rooms-row-time').boundingBox())!;
    const at = async (time: string) => ({ x: await timeX(page, time), y: box.y + box.height - 4 });
    const early = await at('08:40');
    await page.mouse.click(early.x, early.y);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Raum', { exact: true }).inputValue()).toBe(roomId);
    expect(await dialog.getByLabel('Beginn', { exact: true }).inputValue()).toBe('08:30');
    expect(await dialog.getByLabel('Ende', { exact: true }).inputValue()).toBe('09:30');
    await screenshot(page, 'rooms-view-02-pointer-book-hour-de');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('de: in a house of 55 rooms only the rooms near the window are drawn, and the keyboard still reaches the last one', async () => {
    const page = await signedIn('de');
    await open(page, 'resourceTimelineWeek', day, bigId);
    const drawn = await page.locator('.rooms-row').count();
    expect(Number(await page.locator('.rooms-view').getAttribute('data-rooms'))).toBe(55);
    expect(drawn).toBeLessThan(55);
    // the long name wraps inside its row: nothing of it is cut off or runs into the next room
    const long = await page.evaluate((name) => {
      const element = [...document.querySelectorAll('.rooms-room-name')].find((candidate) => candidate.textContent === name)!;
      const head = element.closest('.rooms-row-head')!.getBoundingClientRect();
      const row = element.closest('.rooms-row')!.getBoundingClientRect();
      const rect = element.getBoundingClientRect();
      return { lines: Math.round(rect.height / 20), inside: rect.bottom <= row.bottom && rect.right <= head.right + 0.5 };
    }, LONG_NAME);
    expect(long.lines).toBeGreaterThan(1);
    expect(long.inside).toBe(true);
    await page.locator('.rooms-cell').first().focus();
    for (let press = 0; press < 8; press++) await page.keyboard.press('PageDown');
    const last = await focused(page);
    expect(last.cell).toMatch(/^In Zusatzraum \d+ buchen/);
    expect(last.inView).toBe(true);
    const lastRoom = await page.evaluate(() => [...document.querySelectorAll('.rooms-row')].at(-1)?.getAttribute('data-room-id'));
    expect(last.room).toBe(lastRoom);
    await screenshot(page, 'rooms-view-03-last-room-by-keyboard-de');
    // on paper every room is there, not only those that were near the window
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('.rooms-row').count()).toBe(55);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.locator('.rooms-row').count()).toBeLessThan(55);
    // a narrow window (a tablet standing up): the week scrolls sideways inside its frame, the page does not
    await page.setViewportSize({ width: 760, height: 900 });
    await page.waitForTimeout(200);
    const narrow = await page.evaluate(async () => {
      const scroller = document.querySelector('.rooms-scroll')!;
      scroller.scrollLeft = scroller.scrollWidth;
      // the headings follow the rows' scroll event, which comes with the next frame
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const sunday = [...document.querySelectorAll('.rooms-head-cell')].at(-1)!.getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        sundayReachable: sunday.right <= window.innerWidth + 1,
      };
    });
    expect(narrow).toEqual({ page: 0, scrolls: true, sundayReachable: true });
    await screenshot(page, 'rooms-view-05-narrow-760-de');
    await page.context().close();
  });

  it('ar: the day runs right to left — names at the right, earlier bookings further right, the now line at 10:00', async () => {
    const page = await signedIn('ar');
    await open(page, 'resourceTimeGridDay', today, westId);
    const geometry = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.rooms-row')];
      // every booking's start time and its box's right edge: sorted by start, the edges must run leftwards
      const bookings = rows
        .flatMap((row) => [...row.querySelectorAll<HTMLElement>('.rooms-booking')])
        .map((element) => ({
          start: element.querySelector('.event-time')?.textContent?.slice(0, 5) ?? '',
          right: element.getBoundingClientRect().right,
        }))
        .sort((a, b) => a.start.localeCompare(b.start));
      const head = rows[0]!.querySelector('.rooms-row-head')!.getBoundingClientRect();
      const time = rows[0]!.querySelector('.rooms-row-time')!.getBoundingClientRect();
      const now = document.querySelector('.rooms-now')?.getBoundingClientRect();
      return {
        namesRight: head.left >= time.right - 1,
        pairs: new Set(bookings.map((booking) => booking.start)).size - 1,
        earlierRight: bookings.every((booking, index) => index === 0 || booking.right <= bookings[index - 1]!.right + 0.5),
        nowX: now ? now.right : null,
      };
    });
    expect(geometry).toMatchObject({ namesRight: true, earlierRight: true });
    expect(geometry.pairs).toBeGreaterThan(0);
    expect(geometry.nowX).not.toBeNull();
    // the clock runs on from 10:00 while the test runs: the line is at most a few minutes further left
    expect(Math.abs(geometry.nowX! - (await timeX(page, '10:00')))).toBeLessThan(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rooms-view-04-day-ar');
    await page.context().close();
  });
});
