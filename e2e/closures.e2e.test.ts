/// <reference lib="dom" />
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { houseTime, nextOrdinary, THURSDAY, WEDNESDAY } from '../server/test/dates.js';
import { ApiClient } from '../server/test/harness.js';
import { axeViolations } from './axe.js';
import { ARTIFACTS, describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let staffApi: ApiClient;
let east: { id: string; name: string };
/** The next ordinary Wednesday: the demo week has bookings in the eastern house then. */
let closedDay: string;
let ours: { id: string; title: string };

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  staffApi = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
  const { locations } = await staffApi.data<{ locations: Array<{ id: string; name: string }> }>(`{ locations { id name } }`);
  east = locations.find((house) => house.name.startsWith('KolLEktiv Ost'))!;
  closedDay = nextOrdinary(WEDNESDAY, app.services.clock());
  // a booking of the first demo member's MO in that house, so that member has something to be told about
  const me = await new ApiClient(app.url).login('member1@kollektiv.example', DEMO_PASSWORD);
  const { me: member } = await me.data<{ me: { organization: { id: string } } }>(`{ me { organization { id } } }`);
  const slot = { from: houseTime(closedDay, '10:00'), to: houseTime(closedDay, '11:30') };
  const { freeRooms } = await staffApi.data<{ freeRooms: Array<{ id: string }> }>(
    `query ($from: DateTime!, $to: DateTime!, $l: [ID!]) { freeRooms(from: $from, to: $to, locationIds: $l, minCapacity: 10) { id } }`,
    { ...slot, l: [east.id] },
  );
  const { createBooking } = await staffApi.data<{ createBooking: { id: string; title: string } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id title } }`,
    {
      input: {
        roomId: freeRooms[0]!.id,
        organizationId: member.organization.id,
        title: 'E2E Sprachcafé',
        category: 'MEETING',
        start: slot.from,
        end: slot.to,
        expectedAttendees: 10,
      },
    },
  );
  ours = createBooking;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function staffPage(language: 'de' | 'ar', viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  if (language === 'de') await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
  else {
    await page.goto(`${app.url}/login?lang=${language}`);
    await page.locator('#login-email').fill('staff@kollektiv.example');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/calendar/);
  }
  await page.goto(`${app.url}/admin/houses`);
  await page.locator(`#closure-${east.id}-reason`).waitFor();
  return page;
}

describeInBrowser('a closure over bookings', () => {
  it('asks for each booking: moved to a suggested room elsewhere, cancelled or kept; the MO is told at once', async () => {
    const member = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);

    const staff = await staffPage('de', { width: 1280, height: 900 });
    const closures = staff
      .locator('li.admin-card')
      .filter({ has: staff.getByRole('heading', { name: east.name, exact: true }) })
      .first()
      .getByRole('region', { name: 'Schließzeiten' });
    await closures.getByLabel('Erster geschlossener Tag').fill(closedDay);
    await closures.getByLabel('Letzter geschlossener Tag').fill(closedDay);
    await closures.getByLabel('Grund (steht im Kalender)').fill('E2E Wasserschaden');
    await closures.getByRole('button', { name: 'Schließzeit eintragen' }).click();

    // nothing is entered yet: the question comes first, with the focus on it
    const question = closures.getByRole('region', { name: 'Was geschieht mit den Buchungen in dieser Zeit?' });
    await question.waitFor();
    expect(await staff.evaluate(() => document.activeElement?.textContent)).toBe('Was geschieht mit den Buchungen in dieser Zeit?');
    const rows = question.locator('fieldset');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const ourRow = rows.filter({ hasText: ours.title });
    // suggested: a room in another house, free then and big enough
    expect(await ourRow.getByLabel('Verschieben in:').isChecked()).toBe(true);
    const suggested = await ourRow
      .getByRole('combobox')
      .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
    expect(suggested).toContain('Vorschlag');
    // the list is grouped by house; the line below it names the chosen room's house and size
    const chosen = (await ourRow.locator('.meta').textContent()) ?? '';
    expect(chosen).toMatch(/KolLEktiv .*Platz für \d+ Personen/);
    expect(chosen).not.toContain('Ost');
    expect(await axeViolations(staff)).toEqual([]);
    await screenshot(staff, 'closures-01-question-de');
    // the question alone, for people who read the closing note
    await question.screenshot({ path: path.join(ARTIFACTS, 'closures-01-question-de-detail.png') });

    // one of the demo's bookings is cancelled, the others are kept
    const others = rows.filter({ hasNotText: ours.title });
    await others.first().getByLabel('Stornieren, mit dem Grund der Schließzeit').check();
    for (let index = 1; index < (await others.count()); index++)
      await others
        .nth(index)
        .getByLabel(/^Behalten/)
        .check();
    await question.getByRole('button', { name: 'Schließzeit eintragen und so umsetzen' }).click();
    await staff.getByText(/^Schließzeit eingetragen\. Verschoben: 1, storniert: 1, behalten: \d+\.$/).waitFor();

    // the kept ones stay listed under the closure, with the question at hand
    const item = closures.locator('.closure', { hasText: 'E2E Wasserschaden' });
    await item.getByRole('button', { name: 'Über diese Buchungen entscheiden' }).waitFor();
    expect(await item.textContent()).not.toContain(ours.title);
    await screenshot(staff, 'closures-02-entered-de');
    await item.screenshot({ path: path.join(ARTIFACTS, 'closures-02-entered-de-detail.png') });

    const { booking } = await staffApi.data<{ booking: { status: string; room: { location: { id: string } } } }>(
      `query ($id: ID!) { booking(id: $id) { status room { location { id } } } }`,
      { id: ours.id },
    );
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.room.location.id).not.toBe(east.id);

    // the member hears of it on their screen at once (the header's count), with the closure's reason
    await member.getByRole('button', { name: /Mitteilungen.*neu/ }).click({ timeout: 5000 });
    // the reason is isolated inside the sentence (U+2068 … U+2069), as every name is
    const notice = member.getByText(/Sprachcafé.*Grund: \u2068?E2E Wasserschaden/);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('KolLEktiv Süd');
    await screenshot(member, 'closures-03-member-told-de');
    await member.locator('#notice-panel-slot').screenshot({ path: path.join(ARTIFACTS, 'closures-03-member-told-de-detail.png') });
    await member.close();

    // the audit log names the closure and says in words what it holds and who kept which booking
    await staff.goto(`${app.url}/admin/audit`);
    const entry = staff.locator('tr.audit-entry', { hasText: 'E2E Wasserschaden · ' }).first();
    await entry.waitFor();
    const logged = (await entry.textContent()) ?? '';
    expect(logged).toContain(`Schließzeit angelegt: E2E Wasserschaden · ${east.name}`);
    expect(logged).toContain('Behaltene Buchungen:');
    expect(logged).not.toMatch(/locationId|keptBookingIds|reason:/);
    expect(await axeViolations(staff)).toEqual([]);
    await entry.screenshot({ path: path.join(ARTIFACTS, 'closures-05-audit-de-detail.png') });
    await staff.close();
  });

  it('ar: the question reads right to left on a phone, nothing cut off, and axe finds nothing', async () => {
    const staff = await staffPage('ar', { width: 360, height: 800 });
    const day = nextOrdinary(THURSDAY, app.services.clock());
    await staff.locator(`#closure-${east.id}-from`).fill(day);
    await staff.locator(`#closure-${east.id}-to`).fill(day);
    await staff.locator(`#closure-${east.id}-reason`).fill('E2E انقطاع الكهرباء');
    await staff.locator(`#closure-${east.id}-reason`).press('Enter');
    const question = staff.locator('.closure-decisions');
    await question.locator('fieldset').first().waitFor();
    expect(await staff.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(staff)).toEqual([]);
    // the house's Latin name stays whole inside the Arabic line: isolated (U+2068 … U+2069)
    expect(await question.locator('.choice .meta').first().textContent()).toMatch(/^\u2068KolLEktiv [^\u2069]+\u2069،/);
    await question.scrollIntoViewIfNeeded();
    await screenshot(staff, 'closures-04-question-ar-phone');
    await question.screenshot({ path: path.join(ARTIFACTS, 'closures-04-question-ar-phone-detail.png') });
    // leaving the question enters nothing
    await question.getByRole('button', { name: 'رجوع' }).click();
    await expect.poll(() => staff.locator('.closure', { hasText: 'E2E انقطاع الكهرباء' }).count()).toBe(0);

    // the audit log in Arabic: field names and codes in words (here the booking made for this test)
    await staff.goto(`${app.url}/admin/audit`);
    const entry = staff.locator('tr.audit-entry', { hasText: ours.title }).last();
    await entry.waitFor();
    const logged = (await entry.textContent()) ?? '';
    expect(logged).not.toMatch(/roomId|organizationId|expectedAttendees|category|MEETING/);
    const violations = await axeViolations(staff);
    expect(violations).toEqual([]);
    await entry.screenshot({ path: path.join(ARTIFACTS, 'closures-06-audit-ar-phone-detail.png') });
    await staff.close();
  });
});
