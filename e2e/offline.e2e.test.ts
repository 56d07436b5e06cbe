/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The service worker (`client/src/offline/`): an installable app whose pages open from the device, and a
 * member's calendar that stays readable when the network is gone, marked with when it was fetched.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return { context, page: await context.newPage() };
}

/**
 * Until the worker controls the page: from then on the page's requests pass through it. Asked from here, not
 * with waitForFunction, whose polling runs on the page's timers, which the installed clock holds.
 */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (let attempt = 0; attempt < 100 && !(await page.evaluate(() => navigator.serviceWorker.controller !== null)); attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The day's bookings on the phone; free time is offered only online, where it can be booked. */
const entries = (page: Page) => page.locator('.phone-entry:not(.free-entry)').allInnerTexts();

/** What the device keeps: which answers, and whether any names the member. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('kollektiv-data-v1');
    const answers = await Promise.all(
      (await cache.keys()).map(async (key) => ({
        key: new URL(key.url).pathname.split('/')[2],
        text: await (await cache.match(key))!.text(),
      })),
    );
    return {
      operations: answers.map((answer) => answer.key).sort(),
      namesMember: answers.some((answer) => answer.text.includes('member1@')),
    };
  });

describeInBrowser('on the device', () => {
  it('is installable: a manifest with icons, a worker that controls the pages', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.url}/login`);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // a test's browser context is a private window, where Chromium installs nothing; that alone may remain
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    const manifest = (await (await page.request.get(`${app.url}/manifest.webmanifest`)).json()) as { icons: Array<{ sizes: string }> };
    expect(manifest.icons.map((icon) => icon.sizes)).toContain('512x512');
    await context.close();
  });

  it('keeps a member’s calendar readable when the server cannot be reached, saying from when it is', async () => {
    const { context, page } = await phone();
    await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
    const day = nextOrdinary(TUESDAY, app.services.clock());
    await page.goto(`${app.url}/calendar?date=${day}`);
    await controlled(page);
    // the worker keeps what passes through it: this visit's answers
    await page.reload();
    await page.locator('.phone-entry').first().waitFor();
    const online = await entries(page);
    expect(online.length).toBeGreaterThan(0);
    expect(await page.locator('.kept-from').count()).toBe(0);
    // and one's own bookings, looked at once while online
    await page.getByRole('link', { name: 'Meine Buchungen' }).click();
    await page.locator('.my-bookings .admin-list li').first().waitFor();
    const mine = await page.locator('.my-bookings .admin-list li').allInnerTexts();
    await page.goBack();
    await page.locator('.phone-entry').first().waitFor();

    await app.stop();
    try {
      await page.reload();
      await page.locator('.phone-entry').first().waitFor();
      expect(await entries(page)).toEqual(online);
      expect(await page.locator('.free-entry').count()).toBe(0);
      await page.locator('.kept-from').waitFor();
      expect(await page.locator('.kept-from').innerText()).toMatch(/^Ohne Netz – Stand \S*\d\d:\d\d\S*$/);
      await screenshot(page, 'offline-phone-calendar');
      await page.getByRole('link', { name: 'Meine Buchungen' }).click();
      await page.locator('.my-bookings .admin-list li').first().waitFor();
      expect(await page.locator('.my-bookings .admin-list li').allInnerTexts()).toEqual(mine);
    } finally {
      await context.close();
      app = await startDemoApp({ rateLimits: null });
    }
  });

  it('forgets the kept answers when someone signs out, so the next person on the device cannot read them', async () => {
    const { context, page } = await phone();
    await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
    await controlled(page);
    await page.reload();
    await page.locator('.phone-list').first().waitFor();
    const before = await kept(page);
    expect(before.operations).toContain('BookingsInRange');
    expect(before.namesMember).toBe(true);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/login/);
    await page.locator('input[type="password"]').waitFor();
    // the sign-in page's own answers (nobody signed in, the installation's facts) may be kept anew
    const after = await kept(page);
    expect(after.operations.filter((operation) => operation !== 'Me' && operation !== 'AppInfo')).toEqual([]);
    expect(after.namesMember).toBe(false);
    await context.close();
  });

  it('forgets them too when the session ended without signing out', async () => {
    const { context, page } = await phone();
    await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
    await controlled(page);
    await page.reload();
    await page.locator('.phone-list').first().waitFor();
    expect((await kept(page)).namesMember).toBe(true);
    // as when the session expires: the next page load finds nobody signed in
    await context.clearCookies();
    await page.goto(`${app.url}/login`);
    await page.locator('input[type="password"]').waitFor();
    await page.getByRole('link', { name: 'Anmelden' }).first().waitFor();
    expect((await kept(page)).namesMember).toBe(false);
    await context.close();
  });
});
