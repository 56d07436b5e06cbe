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
  browser = await launchChromium(app.services.clock);
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
    const table = staff.locator('.reports .usage-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await table.textContent()).toContain('Ukrainischer Chor Kalyna (Demo)');
    await staff.getByLabel('Und danach nach').selectOption('MONTH');
    await expect.poll(async () => (await table.locator('thead').textContent()) ?? '').toContain('Monat');
    await screenshot(staff, 'reports-01-this-year');

    const href = await staff.getByRole('link', { name: 'Als CSV herunterladen', exact: true }).getAttribute('href');
    const csv = await staff.request.get(`${app.url}${href}`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFFOrganisation;Monat;Buchungen;Stunden')).toBe(true);

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
    // a phone subscribes with one tap: the same address as a webcal:// link its calendar app opens
    const subscribe = member.getByRole('link', { name: /^Im Kalender abonnieren\s*: Alle Buchungen von / });
    expect(await subscribe.getAttribute('href')).toBe(url.replace(/^https?:/, 'webcal:'));
    await screenshot(member, 'reports-02-member-feeds');
    expect(await axeViolations(member)).toEqual([]);
  });

  it('prints a house’s day for the door: rooms as columns, bookings with MO and title, no buttons', async () => {
    await staff.goto(`${app.url}/calendar?view=resourceTimeGridDay`);
    await staff.locator('.rooms-booking').first().waitFor();
    await staff.emulateMedia({ media: 'print' });
    expect(await staff.locator('.calendar-page .toolbar').isVisible()).toBe(false);
    expect(await staff.locator('.rooms-booking').first().isVisible()).toBe(true);
    expect(await staff.locator('.rooms-row').count()).toBeGreaterThan(3);
    const pdf = await staff.pdf({ format: 'A4', landscape: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await staff.emulateMedia({ media: 'screen' });
  });

  it('draws the charts with the demo data beside their tables, loads the chart code only here, and exports occupancy as XLSX', async () => {
    const chartRequests: string[] = [];
    const watch = (page: Page) =>
      page.on('request', (request) => void (/ReportChart/.test(request.url()) && chartRequests.push(request.url())));
    watch(member);
    await member.goto(`${app.url}/calendar`);
    await member.locator('.rooms-booking, .booking-list').first().waitFor();
    expect(chartRequests).toEqual([]);

    watch(staff);
    await staff.goto(`${app.url}/reports`);
    await staff.getByLabel('Dieses Jahr').check();
    const charts = staff.locator('.report-charts canvas');
    await expect.poll(() => charts.count(), { timeout: 15_000 }).toBe(3);
    expect(chartRequests.length).toBeGreaterThan(0);
    // something is drawn on every canvas: count pixels that are not transparent
    const inked = await charts.evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const element = canvas as HTMLCanvasElement;
        const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
        let count = 0;
        for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) count++;
        return count;
      }),
    );
    for (const count of inked) expect(count).toBeGreaterThan(2_000);
    expect(await charts.first().getAttribute('role')).toBe('img');
    expect(await charts.first().getAttribute('aria-label')).toContain('Stunden pro Monat');

    const perRoom = staff.locator('.report-charts > .table-scroll table');
    expect(await perRoom.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await perRoom.textContent()).toMatch(/\d+\s?%/);
    await staff.getByLabel('Raum', { exact: true }).selectOption({ index: 1 });
    await staff.getByText('Auslastung nach Wochentag und Uhrzeit').locator('..').getByText('Als Tabelle zeigen').click();
    expect(await staff.locator('.heat-table tbody tr').count()).toBeGreaterThan(4);
    await screenshot(staff, 'reports-03-charts');

    const href = await staff.getByRole('link', { name: 'Auslastung als Excel-Datei (XLSX) herunterladen' }).getAttribute('href');
    expect(href).toContain('/reports/occupancy.xlsx');
    const xlsx = await staff.request.get(`${app.url}${href}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    expect(await axeViolations(staff)).toEqual([]);

    // for the funder: the figures on the first page, the charts on the next, then coaching and the network
    await staff.emulateMedia({ media: 'print' });
    const pdf = await staff.pdf({ format: 'A4' }).finally(() => staff.emulateMedia({ media: 'screen' }));
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
  });

  it('shows this year’s coaching by topic and month, a table with its chart beside it, also at 360 px, and the XLSX', async () => {
    await staff.goto(`${app.url}/reports`);
    await staff.getByLabel('Dieses Jahr').check();
    const section = staff.locator('.coaching-report');
    const table = section.locator('.coaching-report-table');
    await table.waitFor();
    // the demo's seven requests, asked within the last six weeks; the closed one's 2 h online, the coming 1½ h in a room
    expect((await table.locator('tfoot td').allTextContents()).slice(0, 4)).toEqual(['7', '2', '3,5', '1']);
    expect(await table.textContent()).toContain('Verein gründen oder Satzung ändern');
    await section.getByLabel('Monat').check();
    await expect.poll(async () => (await table.locator('thead').textContent()) ?? '').toContain('Monat');

    const canvas = section.locator('canvas');
    await canvas.waitFor();
    expect(await canvas.getAttribute('aria-label')).toContain('Anfragen, Termine und Abschlüsse');
    await expect
      .poll(() =>
        canvas.evaluate((element) => {
          const drawn = element as HTMLCanvasElement;
          const pixels = drawn.getContext('2d')!.getImageData(0, 0, drawn.width, drawn.height).data;
          let count = 0;
          for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) count++;
          return count;
        }),
      )
      .toBeGreaterThan(1_000);
    const [tableBox, chartBox] = [await table.boundingBox(), await canvas.boundingBox()];
    // beside the table on a wide screen
    expect(chartBox!.x).toBeGreaterThan(tableBox!.x);
    await screenshot(staff, 'reports-04-coaching');

    const href = await section.getByRole('link', { name: 'Coaching als Excel-Datei (XLSX) herunterladen' }).getAttribute('href');
    expect(href).toContain('/reports/coaching.xlsx');
    expect(new URL(href!, app.url).searchParams.get('by')).toBe('TOPIC,MONTH');
    const xlsx = await staff.request.get(`${app.url}${href}`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    expect(await axeViolations(staff)).toEqual([]);

    // on a phone the chart goes below the table and nothing pushes the page sideways
    await staff.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await canvas.boundingBox())!.y).toBeGreaterThan((await table.boundingBox())!.y);
    // the chart library fits its canvas to the new width a frame or more after the layout moved it below the table
    await expect.poll(() => staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(staff, 'reports-05-coaching-phone');
    await staff.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the network per month and per quarter, a table with its chart beside it, also at 360 px, and the CSV', async () => {
    await staff.goto(`${app.url}/reports`);
    await staff.getByLabel('Dieses Jahr').check();
    const section = staff.locator('.network-report');
    await section.getByRole('heading', { name: 'Netzwerk der Organisationen' }).waitFor();
    const table = section.locator('.network-report-table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Monat',
      'Treffen',
      'Organisationen eingeladen',
      'Organisationen anwesend',
      'Personen anwesend',
      'Vorschläge eingereicht',
      'Vorschläge beantwortet',
      'Vorschläge umgesetzt',
    ]);
    // every month of the year is a row, empty ones too; the demo's meeting with minutes was held this spring
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(Number(await table.locator('tfoot td').first().textContent())).toBeGreaterThanOrEqual(1);
    await section.getByLabel('Quartal').check();
    await expect.poll(async () => (await table.locator('thead th').first().textContent()) ?? '').toBe('Quartal');
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      '1. Quartal 2027',
      '2. Quartal 2027',
      '3. Quartal 2027',
      '4. Quartal 2027',
    ]);

    const canvas = section.locator('canvas');
    await canvas.waitFor();
    expect(await canvas.getAttribute('aria-label')).toContain('Organisationen und Vorschläge');
    const [tableBox, chartBox] = [await table.boundingBox(), await canvas.boundingBox()];
    expect(chartBox!.x).toBeGreaterThan(tableBox!.x);
    await screenshot(staff, 'reports-06-network');

    const href = await section.getByRole('link', { name: 'Netzwerk als CSV herunterladen' }).getAttribute('href');
    expect(new URL(href!, app.url).searchParams.get('groupBy')).toBe('QUARTER');
    const csv = await staff.request.get(`${app.url}${href}`);
    expect(csv.status()).toBe(200);
    expect((await csv.body()).toString('utf8').startsWith('\uFEFFQuartal;Treffen;Organisationen eingeladen;Organisationen anwesend')).toBe(
      true,
    );
    expect(await axeViolations(staff)).toEqual([]);

    await staff.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await canvas.boundingBox())!.y).toBeGreaterThan((await table.boundingBox())!.y);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(staff, 'reports-07-network-phone');
    await staff.setViewportSize({ width: 1280, height: 900 });
  });
});
