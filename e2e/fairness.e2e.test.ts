/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import path from 'node:path';
import { ARTIFACTS, describeInBrowser, launchChromium, screenshot, signIn, signedInPage } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The fairness report (issue 29) as staff read it on the reports page, every MO with its charts, and as an MO's
 * member reads it on a phone in Arabic: their own MO's figures only. axe over both.
 */
let app: RunningApp;
let browser: Browser;
const PHONE = { width: 360, height: 740 };
/** The demo lives in 2027 (REFERENCE_NOW); "Dieses Jahr" on the page asks for this. */
const THIS_YEAR = { from: '2027-01-01T00:00:00+01:00', to: '2028-01-01T00:00:00+01:00' };

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  // what fair use leaves behind in a week: one of SDKV's bookings released (nobody came), one declined, and
  // Kalyna's first one checked in; written as the rows would be after those steps
  const query = (sql: string, parameters: unknown[]) => app.services.database.dataSource.query(sql, parameters);
  const nth = (shortName: string, index: number) =>
    `(SELECT b.id FROM booking b JOIN organization o ON o.id = b.organization_id
       WHERE o.short_name = '${shortName}' AND b.status = 'CONFIRMED'
         AND NOT EXISTS (SELECT 1 FROM coaching_session s WHERE s.booking_id = b.id) ORDER BY b.starts_at, b.id OFFSET ${index} LIMIT 1)`;
  await query(`UPDATE booking SET status = 'RELEASED', status_reason = 'Niemand hat eingecheckt.' WHERE id = ${nth('SDKV', 0)}`, []);
  await query(`UPDATE booking SET status = 'DECLINED', status_reason = 'Der Saal ist vergeben.' WHERE id = ${nth('SDKV', 0)}`, []);
  await query(`UPDATE booking SET checked_in_at = starts_at WHERE id = ${nth('Kalyna', 0)}`, []);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Elements a reader would have to scroll sideways for. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.offsetParent !== null && !element.closest('.table-scroll'))
      .filter((element) => element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5),
  );

interface ApiRow {
  organizationName: string;
  bookedHours: number;
  releasedHours: number;
  declinedRequests: number;
}

describeInBrowser('the fairness report', () => {
  it('staff read every MO with the figures the API gives, two charts beside them, a CSV, and axe finds nothing', async () => {
    const staff = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    ).newPage();
    await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    // staff have the report with the others, not a menu entry of its own
    expect(await staff.getByRole('link', { name: 'Faire Nutzung', exact: true }).count()).toBe(0);
    await staff.getByRole('link', { name: 'Berichte' }).click();
    await staff.getByLabel('Dieses Jahr').check();
    const section = staff.locator('.fairness-report');
    await section.getByRole('heading', { name: 'Faire Raumnutzung' }).waitFor();
    const table = section.locator('.fairness-table');
    await table.waitFor();

    const answer = await staff.request.post(`${app.url}/graphql`, {
      data: {
        query: `query ($from: DateTime!, $to: DateTime!) { fairnessReport(from: $from, to: $to) { rows { organizationName bookedHours releasedHours declinedRequests } } }`,
        variables: THIS_YEAR,
      },
    });
    const rows = ((await answer.json()) as { data: { fairnessReport: { rows: ApiRow[] } } }).data.fairnessReport.rows;
    expect(await table.locator('tbody tr').count()).toBe(rows.length);
    const sdkv = rows.find((row) => row.organizationName.startsWith('Syrisch-Deutscher'))!;
    expect(sdkv.releasedHours).toBeGreaterThan(0);
    expect(sdkv.declinedRequests).toBe(1);
    const sdkvRow = table.locator('tbody tr', { hasText: sdkv.organizationName });
    const hours = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
    expect(await sdkvRow.locator('td').allTextContents()).toEqual(
      expect.arrayContaining([hours.format(sdkv.bookedHours), hours.format(sdkv.releasedHours), '1']),
    );
    expect(await table.locator('tfoot').textContent()).toContain('Alle Organisationen');

    const charts = section.locator('canvas');
    await expect.poll(() => charts.count(), { timeout: 15_000 }).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toContain('Abendstunden und fairer Anteil');
    await screenshot(staff, 'fairness-01-staff');
    await section.screenshot({ path: path.join(ARTIFACTS, 'fairness-01-staff-section.png') });

    const href = await section.getByRole('link', { name: 'Faire Nutzung als CSV herunterladen' }).getAttribute('href');
    const csv = await staff.request.get(`${app.url}${href}`);
    expect(csv.status()).toBe(200);
    const body = (await csv.body()).toString('utf8');
    expect(body.startsWith('\uFEFFOrganisation;Gebuchte Stunden;')).toBe(true);
    const lines = body.trim().split('\r\n');
    expect(lines.length).toBe(rows.length + 1);

    expect(await axeViolations(staff)).toEqual([]);

    // on a phone the table scrolls in its box and the charts go below it: nothing else is wider than the screen
    await staff.setViewportSize(PHONE);
    await expect.poll(() => overflowing(staff)).toEqual([]);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('an MO’s member reads their own figures on a phone in Arabic, right to left, and no other MO’s', async () => {
    const member = await signedInPage(browser, app.url, {
      language: 'ar',
      viewport: PHONE,
      email: 'member1@kollektiv.example',
      password: DEMO_PASSWORD,
    });
    // Arabic loads after the page: right to left once its words are there
    await member.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await member.getByRole('link', { name: 'الاستخدام العادل', exact: true }).click();
    await member.getByRole('heading', { name: 'الاستخدام العادل للغرف', level: 2 }).waitFor();
    // "this year", the fourth of the periods, as on the staff's page
    await member.locator('input[name="fairness-period"]').nth(3).check();
    const standing = member.locator('.own-standing');
    await standing.waitFor();
    expect(await standing.textContent()).toMatch(/حصتها العادلة|لم تحجز/);
    const text = (await member.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Kalyna');
    expect(await member.locator('.fairness-table').count()).toBe(0);
    // the fair share, then the six figures of its own
    expect(await member.locator('.report-totals dd').count()).toBe(7);

    const href = await member.getByRole('link', { name: 'تنزيل الاستخدام العادل بصيغة CSV' }).getAttribute('href');
    const file = (await (await member.request.get(`${app.url}${href}`)).body()).toString('utf8').trim().split('\r\n');
    expect(file.length).toBe(2);
    expect(file[1]).toContain('Syrisch-Deutscher Kulturverein (Demo)');

    expect(await overflowing(member)).toEqual([]);
    await screenshot(member, 'fairness-02-member-ar-360');
    expect(await axeViolations(member)).toEqual([]);
  });
});
