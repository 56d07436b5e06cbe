/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

// Christmas Day, a Friday afternoon: every house is closed for the holiday, the next day too, and the one
// house open on Sundays opens first
const CHRISTMAS_DAY = '2026-12-25T15:00:00+01:00';

let app: RunningApp;
let browser: Browser;
let houses: Array<{ id: string; name: string; address: string }>;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null, now: CHRISTMAS_DAY });
  houses = (await new ApiClient(app.url).data<{ locations: typeof houses }>(`{ locations { id name address } }`)).locations;
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const phone = (locale: string): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 390, height: 844 }, locale, timezoneId: 'Europe/Berlin', isMobile: true, hasTouch: true });

/** Text as read, without the marks that keep a time left to right inside right-to-left text. */
const plain = async (locator: { textContent(): Promise<string | null> }) =>
  ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describeInBrowser('a house closed today says when it opens again', () => {
  it('on a phone: each house says it is closed for Christmas and when it opens; a tap shows that day with its bookings', async () => {
    const context = await phone('de-DE');
    const page = await context.newPage();
    await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
    await page.goto(`${app.url}/calendar`);
    const west = page.locator('.phone-list section', { has: page.getByRole('heading', { name: 'KolLEktiv Zschochersche Straße' }) });
    await west.getByText('Geschlossen: 1. Weihnachtstag').waitFor();
    await expect.poll(() => plain(west.locator('.closed-day-notice'))).toContain('Wieder geöffnet: Montag, 28. Dezember, 08:00');
    // the house open on Sundays opens first
    const notices = await Promise.all((await page.locator('.closed-day-notice').all()).map(plain));
    expect(notices.filter((text) => text.includes('Sonntag, 27. Dezember, 11:00'))).toHaveLength(1);
    expect(await page.locator('.closed-day-notice').count()).toBe(houses.length);
    expect(await fitsTheScreen(page)).toBe(true);
    await screenshot(page, 'closed-01-phone-christmas');

    await west.getByRole('button', { name: 'Diesen Tag zeigen' }).tap();
    await expect.poll(() => page.locator('input[type="date"]').inputValue()).toBe('2026-12-28');
    await west.locator('.phone-entry').first().waitFor();
    expect(await west.locator('.closed-day-notice').count()).toBe(0);
    await context.close();
  });

  it('on a phone right to left, in Arabic: the same, nothing cut off', async () => {
    const context = await phone('ar');
    const page = await context.newPage();
    await page.goto(`${app.url}/calendar?lang=ar`);
    await page.locator('.closed-day-notice').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.closed-day-notice').first().textContent()).toContain('08:00');
    expect(await fitsTheScreen(page)).toBe(true);
    // the reason starts at the right, where Arabic text begins
    const notice = await page.locator('.closed-day-notice').first().boundingBox();
    const reason = await page.locator('.closed-day-notice span').first().boundingBox();
    expect(reason!.x + reason!.width).toBeGreaterThan(notice!.x + notice!.width - 2);
    await screenshot(page, 'closed-02-phone-christmas-arabic');
    await context.close();
  });

  it('on a desktop day view: a line per closed house above the grid, and the next day open at a click', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    await page.goto(`${app.url}/calendar?view=resourceTimeGridDay`);
    await expect.poll(() => page.locator('.closed-day-notice').count(), { timeout: 10_000 }).toBe(houses.length);
    const west = page.locator('.closed-day-notice', { hasText: 'KolLEktiv Zschochersche Straße' });
    await expect.poll(() => plain(west)).toContain('Wieder geöffnet: Montag, 28. Dezember, 08:00');
    await screenshot(page, 'closed-03-desktop-day');
    await west.getByRole('button', { name: 'Diesen Tag zeigen' }).click();
    await page.locator('.rooms-booking').first().waitFor();
    await expect.poll(() => page.locator('.closed-day-notice').count()).toBe(0);
    await context.close();
  });

  it('on the wall display: "closed today", why, and when the house opens again, in each of its languages; no room says "free"', async () => {
    const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const west = houses.find((house) => house.address.startsWith('Zschochersche'))!;
    const { createDisplayLink } = await staff.data<{ createDisplayLink: { path: string } }>(
      `mutation ($locationId: ID!) { createDisplayLink(locationId: $locationId, label: "Foyer", languages: ["de", "ar"]) { path } }`,
      { locationId: west.id },
    );
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const display = await context.newPage();
    await display.goto(`${app.url}${createDisplayLink.path}`);
    const closed = display.locator('.display-closed');
    await closed.getByText('Heute geschlossen').first().waitFor();
    expect(await plain(closed)).toContain('1. Weihnachtstag');
    expect(await plain(closed)).toContain('Öffnet Montag, 08:00');
    // and in Arabic beside it, once its words have loaded
    await closed.locator('[lang="ar"]', { hasText: 'مغلق اليوم' }).waitFor();
    expect(await display.locator('.display-room .free').count()).toBe(0);
    expect(await display.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await screenshot(display, 'closed-04-display-christmas');
    await context.close();
  });
});
