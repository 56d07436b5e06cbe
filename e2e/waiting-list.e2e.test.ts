/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The waiting list (issue 29) on a phone at 360 px: a member of SDKV finds Kalyna's booking on the calendar and asks
 * to be told when it is free; Kalyna cancels it, and the open *Meine Buchungen* shows the offer within a second,
 * with its time left; the member confirms it. The demo's fixed clock (REFERENCE_NOW) decides the day.
 */
let app: RunningApp;
let browser: Browser;
let member: Page;
let kalyna: ApiClient;
let slot: { roomId: string; start: string; end: string };
let bookingId: string;
let day: string;

const CANCEL = `mutation ($id: ID!, $v: Int!) { cancelBooking(id: $id, expectedVersion: $v) { id status } }`;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  day = nextOrdinary(TUESDAY, app.services.clock());
  // an hour of a room free that day, booked by Kalyna for the test
  const staffViewer = { kind: 'staff', userId: 'e2e', sessionId: 'e2e' } as const;
  const free = (await app.services.finding.freeSlots(staffViewer, { roomId: null, date: day, minMinutes: 60 })).find(
    (span) => span.start.getTime() > app.services.clock().getTime(),
  )!;
  slot = { roomId: free.roomId, start: free.start.toISOString(), end: new Date(free.start.getTime() + 3600_000).toISOString() };
  kalyna = await new ApiClient(app.url).login('member2@kollektiv.example', DEMO_PASSWORD);
  const me = await kalyna.data<{ me: { organization: { id: string } } }>('{ me { organization { id } } }');
  const { createBooking } = await kalyna.data<{ createBooking: { id: string } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
    { input: { ...slot, organizationId: me.me.organization.id, title: 'E2E Nähcafé', category: 'MEETING' } },
  );
  bookingId = createBooking.id;
  member = await (
    await browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    })
  ).newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *, [role="dialog"] *')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().left < -1 || element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5),
  );

describeInBrowser('the waiting list', () => {
  it('a member waits for a taken slot; when its MO cancels, the open screen shows the offer within a second, and it is confirmed', async () => {
    await member.goto(`${app.url}/calendar?date=${day}`);
    await member.locator('.phone-entry', { hasText: 'E2E Nähcafé' }).tap();
    const dialog = member.getByRole('dialog');
    await dialog.getByLabel('Wofür? (Titel)').fill('E2E Elterncafé');
    expect(await overflowing(member)).toEqual([]);
    expect(await axeViolations(member)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sagen Sie mir, wenn er frei wird' }).tap();
    await dialog
      .getByRole('status')
      .getByText(/Sie stehen auf der Warteliste/)
      .waitFor({ timeout: 5000 });
    await screenshot(member, 'waiting-list-01-joined');
    await dialog.getByRole('button', { name: 'Schließen' }).tap();

    await member.goto(`${app.url}/my-bookings`);
    const section = member.locator('.my-waiting-list');
    await section.getByText('E2E Elterncafé').waitFor({ timeout: 5000 });
    expect(await section.textContent()).toContain('Organisationen vor Ihnen: 0');
    expect(await axeViolations(member)).toEqual([]);
    // the page's live stream is open before the other MO acts
    await member.waitForTimeout(500);

    const cancelledAt = Date.now();
    await kalyna.data(CANCEL, { id: bookingId, v: 1 });
    const offer = section.locator('.waiting-offer');
    await offer.getByRole('heading', { name: 'Jetzt frei: bitte bestätigen' }).waitFor({ timeout: 5000 });
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    expect(await offer.textContent()).toMatch(/Noch .?(30:00|29:5\d)/);
    expect(await overflowing(member)).toEqual([]);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'waiting-list-02-offer');

    // in Arabic, right to left: the offer reads the other way round, nothing cut off, axe still finds nothing
    await member.getByRole('combobox', { name: 'Sprache' }).selectOption('ar');
    await offer.getByRole('heading', { name: 'متاح الآن: يرجى التأكيد' }).waitFor({ timeout: 5000 });
    expect(await member.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await overflowing(member)).toEqual([]);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'waiting-list-03-offer-ar');

    // keyboard: the confirm button takes the focus and is pressed with Enter
    await offer.getByRole('button', { name: 'تأكيد الحجز' }).focus();
    await member.keyboard.press('Enter');
    await section
      .getByRole('status')
      .getByText(/تم الحجز: .{1,3}E2E Elterncafé/)
      .waitFor({ timeout: 5000 });
    await expect.poll(() => offer.count()).toBe(0);
    const rows: Array<{ status: string }> = await app.services.database.dataSource.query(
      `SELECT b.status FROM booking b JOIN organization o ON o.id = b.organization_id
        WHERE b.room_id = $1 AND b.starts_at = $2 AND o.short_name = 'SDKV'`,
      [slot.roomId, slot.start],
    );
    expect(rows).toEqual([{ status: 'CONFIRMED' }]);
    await screenshot(member, 'waiting-list-04-booked');
  });
});
