/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let member: Page;
let staff: Page;
let day: string;
let seminarRoom: string;

const SET_RULES = `mutation ($roomId: ID, $input: ApprovalRulesInput!) { setApprovalRules(roomId: $roomId, input: $input) { id } }`;
const bookingNamed = (page: Page, title: string): Locator => page.locator('.rooms-booking', { hasText: title });
const isUnconfirmed = (booking: Locator) => booking.evaluate((element) => element.classList.contains('booking--unconfirmed'));

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  const api = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
  const { locations } = await api.data<{ locations: Array<{ id: string; address: string; rooms: Array<{ id: string; name: string }> }> }>(
    '{ locations { id address rooms { id name } } }',
  );
  const west = locations.find((location) => location.address.startsWith('Zschochersche'))!;
  seminarRoom = west.rooms.find((room) => room.name === 'Seminarraum')!.id;
  // the Seminarraum asks for approval of every booking by an MO
  await api.data(SET_RULES, {
    roomId: seminarRoom,
    input: { always: true, minAttendees: null, onWeekends: false, seriesLongerThan: null, firstBookings: null },
  });
  browser = await launchChromium(app.services.clock);
  const desk = { viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' };
  member = await (await browser.newContext(desk)).newPage();
  staff = await (await browser.newContext(desk)).newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
  await member.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}&locations=${west.id}`);
  await member.getByText('live', { exact: true }).waitFor();
  await member.locator('.rooms-booking').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function requestThroughTheDialog(title: string, start: string, end: string) {
  await member.getByRole('button', { name: 'Neue Buchung' }).click();
  const dialog = member.getByRole('dialog');
  await dialog.getByLabel('Raum', { exact: true }).selectOption(seminarRoom);
  await dialog.getByLabel('Titel', { exact: true }).fill(title);
  await dialog.getByLabel('Art', { exact: true }).selectOption('COUNSELLING');
  await dialog.getByLabel('Datum', { exact: true }).fill(day);
  await dialog.getByLabel('Beginn', { exact: true }).fill(start);
  await dialog.getByLabel('Ende', { exact: true }).fill(end);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await member.getByText(/Als Anfrage gesendet/).waitFor({ timeout: 5000 });
  const booking = bookingNamed(member, title);
  await booking.waitFor({ timeout: 5000 });
  return booking;
}

describeInBrowser('a booking that needs the team’s approval', () => {
  it('is sent as a request, shown taken but not confirmed, and staff confirm it: the member’s screen follows at once', async () => {
    const booking = await requestThroughTheDialog('E2E Elterncafé', '15:00', '16:00');
    expect(await isUnconfirmed(booking)).toBe(true);
    // said to screen readers too: taken, but not confirmed yet
    expect(await booking.textContent()).toMatch(/noch nicht bestätigt/);
    await screenshot(member, 'approval-01-member-request');

    await staff.goto(`${app.url}/admin/requests`);
    const request = staff.getByRole('article', { name: /E2E Elterncafé/ });
    await request.waitFor();
    expect(await request.textContent()).toContain('Alle Buchungen hier');
    expect(await axeViolations(staff)).toEqual([]);
    await screenshot(staff, 'approval-02-staff-queue');
    await request.getByRole('button', { name: /^Bestätigen/ }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: /Bestätigt: .?E2E Elterncafé/ })
      .waitFor({ state: 'attached' });
    // the member's open calendar, not reloaded: the booking is confirmed there by the live change
    await expect.poll(() => isUnconfirmed(bookingNamed(member, 'E2E Elterncafé')), { timeout: 3000 }).toBe(false);
    await member.getByRole('button', { name: /Mitteilungen/ }).click();
    // the title is isolated (U+2068 … U+2069), so it reads in the reader's direction whatever its script
    await member.getByText(/Das Team hat „\u2068?E2E Elterncafé\u2069?“ bestätigt/).waitFor({ timeout: 5000 });
    await screenshot(member, 'approval-03-member-confirmed');
    await member.getByRole('button', { name: /Mitteilungen/ }).click();
  });

  it('is declined by staff with a reason: the room is free again on the member’s screen, and the member reads why', async () => {
    await requestThroughTheDialog('E2E Nähkurs', '17:00', '18:00');
    await staff.goto(`${app.url}/admin/requests`);
    const request = staff.getByRole('article', { name: /E2E Nähkurs/ });
    await request.getByRole('button', { name: /^Ablehnen/ }).click();
    // a reason is required: the MO reads it
    await request.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await request.getByText('Bitte geben Sie einen Grund an.').waitFor();
    await request.getByLabel(/Grund/).fill('Der Raum wird an diesem Abend gestrichen.');
    await request.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: /Abgelehnt: .?E2E Nähkurs/ })
      .waitFor({ state: 'attached' });
    await expect.poll(() => bookingNamed(member, 'E2E Nähkurs').count(), { timeout: 3000 }).toBe(0);
    await member.getByRole('button', { name: /Mitteilungen/ }).click();
    await member.getByText(/Der Raum wird an diesem Abend gestrichen/).waitFor({ timeout: 5000 });
    await screenshot(member, 'approval-04-member-declined');
  });

  it('reads on a 360 px phone in Arabic, right to left, nothing cut off', async () => {
    await requestThroughTheDialog('E2E Hausaufgabenhilfe', '19:00', '20:00');
    const phone = await (
      await browser.newContext({
        viewport: { width: 360, height: 800 },
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        isMobile: true,
        hasTouch: true,
      })
    ).newPage();
    await signIn(phone, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    await phone.goto(`${app.url}/admin/requests?lang=ar`);
    const request = phone.getByRole('article', { name: /E2E Hausaufgabenhilfe/ });
    await request.waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await request.getByRole('button', { name: /^تأكيد/ }).count()).toBe(1);
    // the admin tab is named in the reader's language, not by its key
    await phone.getByRole('link', { name: 'الطلبات' }).waitFor();
    const cutOff = await phone.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((element) => element.offsetParent !== null)
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.left < -1 || box.right > width + 1;
        })
        .map((element) => element.outerHTML.slice(0, 80));
    });
    expect(cutOff).toEqual([]);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, 'approval-06-phone-ar');
    await phone.close();
  });

  it('lets staff set the rules for a house, and a room without its own follows them', async () => {
    await staff.goto(`${app.url}/admin/requests`);
    const rules = staff.getByRole('region', { name: 'Welche Buchungen eine Bestätigung brauchen' });
    await rules.getByLabel('Regeln für').selectOption({ label: 'Das ganze Zentrum' });
    await rules.getByLabel('Ab so vielen Personen').fill('null');
    await rules.getByRole('button', { name: 'Regeln speichern' }).click();
    await rules.getByText('Bitte eine ganze Zahl von 1 bis 10.000 eingeben.').waitFor();
    await rules.getByLabel('Ab so vielen Personen').fill('30');
    await rules.getByLabel('Buchungen an Samstagen und Sonntagen').check();
    await rules.getByRole('button', { name: 'Regeln speichern' }).click();
    await rules.getByRole('status').filter({ hasText: 'Regeln gespeichert.' }).waitFor({ state: 'attached' });
    expect(await axeViolations(staff)).toEqual([]);
    const api = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const { approvalRules } = await api.data<{
      approvalRules: Array<{ roomId: string | null; locationId: string | null; minAttendees: number | null }>;
    }>('{ approvalRules { roomId locationId minAttendees onWeekends } }');
    expect(approvalRules.find((set) => set.roomId === null && set.locationId === null)).toMatchObject({
      minAttendees: 30,
      onWeekends: true,
    });
    await screenshot(staff, 'approval-05-rules');
  });
});
