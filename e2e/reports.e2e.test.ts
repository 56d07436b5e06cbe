/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let staff: Page;
let member: Page;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium();
  const options = { viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' };
  staff = await (await browser.newContext(options)).newPage();
  member = await (await browser.newContext(options)).newPage();
  await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describeInBrowser('the usage report for the city', () => {
  it('staff see this year’s use per MO and per month, download it as CSV, and axe finds nothing', async () => {
    await staff.getByRole('link', { name: 'Berichte' }).click();
    await staff.getByRole('heading', { name: 'Nutzung der Räume' }).waitFor();
    await staff.getByLabel('Dieses Jahr').check();
    const table = staff.locator('.reports table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await table.textContent()).toContain('Ukrainischer Chor Kalyna (Demo)');
    await staff.getByLabel('Und danach nach').selectOption('MONTH');
    await expect.poll(async () => (await table.locator('thead').textContent()) ?? '').toContain('Monat');
    await screenshot(staff, 'reports-01-this-year');

    const href = await staff.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href');
    const csv = await staff.request.get(`${app.url}${href}`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFForganization;month;bookings;hours')).toBe(true);

    expect(await axeViolations(staff)).toEqual([]);
  });

  it('is not offered to members, and the CSV refuses them', async () => {
    expect(await member.getByRole('link', { name: 'Berichte' }).count()).toBe(0);
    const refused = await member.request.get(`${app.url}/reports/usage.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&groupBy=ROOM`);
    expect(refused.status()).toBe(403);
  });

  it('a member finds their MO’s calendar feed on their account page, and a calendar app can read it', async () => {
    await member.getByRole('link', { name: 'Mein Konto' }).click();
    const field = member.getByLabel(/^Alle Buchungen von /);
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/ical\/feed\/[A-Za-z0-9_-]{40,}\.ics$/);
    const feed = await member.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    expect((await feed.text()).includes('BEGIN:VEVENT')).toBe(true);
    await screenshot(member, 'reports-02-member-feeds');
    expect(await axeViolations(member)).toEqual([]);
  });

  it('prints a house’s day for the door: rooms as columns, bookings with MO and title, no buttons', async () => {
    await staff.goto(`${app.url}/calendar?view=resourceTimeGridDay`);
    await staff.locator('.fc-timegrid-event').first().waitFor();
    await staff.emulateMedia({ media: 'print' });
    expect(await staff.locator('.calendar-page .toolbar').isVisible()).toBe(false);
    expect(await staff.locator('.fc-timegrid-event').first().isVisible()).toBe(true);
    expect(await staff.locator('th.fc-col-header-cell').count()).toBeGreaterThan(3);
    const pdf = await staff.pdf({ format: 'A4', landscape: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await staff.emulateMedia({ media: 'screen' });
  });
});
