/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * What staff take away from the reports and the calendar: a downloaded file named by the period's first and
 * last day and headed in the reader's language, and printed pages without the app's header, menus and buttons.
 * On a desktop, in German (where the wrong first day was found) and in Arabic. The app lives on 12 January 2027,
 * so "last month" is December, which in UTC begins on 30 November.
 */
const NOW = '2027-01-12T10:00:00+01:00';
let app: RunningApp;
let browser: Browser;
let staff: Page;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null, now: NOW });
  browser = await launchChromium(app.services.clock);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  staff = await context.newPage();
  await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * The file behind a download link as the browser saves it: the name from its Content-Disposition, its text.
 * (Fetched with the page's session rather than clicked: the pages' installed clock keeps Chromium's download
 * from ever reporting back.)
 */
async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const href = await page.getByRole('link', { name: linkName, exact: true }).getAttribute('href');
  const response = await page.request.get(`${app.url}${href}`);
  expect(response.status()).toBe(200);
  const name = /filename="([^"]+)"/.exec(response.headers()['content-disposition'] ?? '')?.[1] ?? '';
  return { name, text: (await response.body()).toString('utf8').replace(/^\uFEFF/, '') };
}

/** What a printed page would still show of the app around the content: its header, menus, footer and controls. */
const chromeInPrint = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.app-header, .app-footer, nav, button, select, input, .skip-link')]
      // the calendar's bookings are buttons on screen and the page's content on paper
      .filter((element) => !element.matches('.rooms-booking'))
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 30)}`),
  );

describeInBrowser('report files and printing', () => {
  it('downloads last month as CSV named 1–31 December, headed in German, then in Arabic', async () => {
    await staff.goto(`${app.url}/reports?lang=de`);
    await staff.getByLabel('Letzter Monat').check();
    await staff.locator('.reports .usage-table').waitFor();
    const german = await download(staff, 'Als CSV herunterladen');
    expect(german.name).toBe('nutzung-2026-12-01-2026-12-31.csv');
    expect(german.text.split('\r\n')[0]).toBe('Organisation;Buchungen;Stunden;Erwartete Personen;Stornierungen;Davon kurzfristig');

    await staff.goto(`${app.url}/reports?lang=ar`);
    await staff.getByLabel('الشهر الماضي').check();
    await staff.locator('.reports .usage-table').waitFor();
    const arabic = await download(staff, 'التنزيل كملف CSV');
    expect(arabic.name).toBe('nutzung-2026-12-01-2026-12-31.csv');
    expect(arabic.text.split('\r\n')[0]).toMatch(/^المنظمة;الحجوزات;الساعات;/);
  });

  it('prints the report without the app’s header, menus and buttons, with the period on top', async () => {
    await staff.goto(`${app.url}/reports?lang=de`);
    await staff.getByLabel('Letzter Monat').check();
    await staff.locator('.reports .usage-table').waitFor();
    await staff.emulateMedia({ media: 'print' });
    try {
      expect(await chromeInPrint(staff)).toEqual([]);
      expect(await staff.locator('.print-only').first().innerText()).toContain('1. Dezember 2026 – 31. Dezember 2026');
      expect(await staff.locator('.reports .usage-table').isVisible()).toBe(true);
      await screenshot(staff, 'report-files-01-report-printed-de');
    } finally {
      await staff.emulateMedia({ media: 'screen' });
    }
  });

  it('prints the calendar week without the app’s header, menus and buttons', async () => {
    await staff.goto(`${app.url}/?lang=de`);
    await staff.locator('.rooms-booking').first().waitFor();
    await staff.emulateMedia({ media: 'print' });
    try {
      expect(await chromeInPrint(staff)).toEqual([]);
      expect(await staff.locator('.rooms-title').isVisible()).toBe(true);
      expect(await staff.locator('.rooms-booking').first().isVisible()).toBe(true);
      await screenshot(staff, 'report-files-02-calendar-printed-de');
    } finally {
      await staff.emulateMedia({ media: 'screen' });
    }
  });
});
