/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';
import { houseTime, nextOrdinary, TUESDAY } from '../server/test/dates.js';

let app: RunningApp;
let browser: Browser;
let phone: Page;
let desktop: Page;
let day: string;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  browser = await launchChromium(app.services.clock);
  phone = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    })
  ).newPage();
  desktop = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(phone, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await signIn(desktop, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Every box of the page's visible elements lies within the viewport's width: nothing cut off. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll<HTMLElement>('input, select, button, label, textarea, h2, h3, p')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

describeInBrowser('finding a free room and knowing of changes', () => {
  it('on a phone: a free room on Tuesday 18:00–20:00 for 15 people with a piano, from search to saved booking', async () => {
    await screenshot(phone, 'finding-00-phone-calendar');
    expect(await overflowing(phone, 'body')).toEqual([]);
    await phone.getByRole('link', { name: 'Freien Raum finden' }).first().tap();
    await phone.waitForURL(/\/find/);
    await phone.getByLabel('Datum').fill(day);
    await phone.getByLabel('Beginn').fill('18:00');
    await phone.getByLabel('Ende').fill('20:00');
    await phone.getByLabel('Wie viele Personen?').fill('15');
    await phone.getByLabel('Klavier').tap();
    await phone.getByRole('button', { name: 'Suchen' }).tap();
    const result = phone.locator('.free-room', { hasText: 'Großer Saal' });
    await result.waitFor({ timeout: 5000 });
    expect(await result.textContent()).toContain('KolLEktiv Zschochersche Straße');
    expect(await overflowing(phone, '.find-room')).toEqual([]);
    await screenshot(phone, 'finding-01-phone-results');

    await result.getByRole('button', { name: /Buchen/ }).tap();
    const dialog = phone.getByRole('dialog');
    await dialog.getByLabel('Titel', { exact: true }).fill('E2E Chorprobe mit Klavier');
    expect(await overflowing(phone, '[role="dialog"]')).toEqual([]);
    // the smallest phones in use: nothing of the dialog cut off at 360 px either
    await phone.setViewportSize({ width: 360, height: 740 });
    expect(await overflowing(phone, '[role="dialog"]')).toEqual([]);
    await screenshot(phone, 'finding-02-phone-dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).tap();
    await phone.getByText(/Gebucht: „E2E Chorprobe mit Klavier“/).waitFor({ timeout: 5000 });
    await screenshot(phone, 'finding-03-phone-booked');
  });

  it('a member sees within a second that staff moved their booking to another house, with the reason', async () => {
    await desktop.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}`);
    await desktop.getByText('live', { exact: true }).waitFor();
    const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const { locations } = await staff.data<{
      locations: Array<{ name: string; rooms: Array<{ id: string; name: string; capacity: number }> }>;
    }>('{ locations { name rooms { id name capacity } } }');
    const ost = locations.find((location) => location.name.startsWith('KolLEktiv Ost'))!;
    // the booking was made for the 15 people searched for: only a room that holds them may take it
    const roomForFifteen = ost.rooms.find((room) => room.capacity >= 15)!;
    const { searchBookings } = await staff.data<{ searchBookings: Array<{ id: string; version: number }> }>(
      'query ($from: DateTime!, $to: DateTime!) { searchBookings(text: "E2E Chorprobe mit Klavier", from: $from, to: $to) { id version } }',
      { from: houseTime(day, '00:00'), to: houseTime(day, '23:59') },
    );
    const [booking] = searchBookings;
    await staff.data(
      `mutation ($id: ID!, $v: Int!, $room: ID!, $start: DateTime!, $end: DateTime!) {
        moveBooking(id: $id, expectedVersion: $v, roomId: $room, start: $start, end: $end, reason: "Klavier wird gestimmt") { id }
      }`,
      { id: booking!.id, v: booking!.version, room: roomForFifteen.id, start: houseTime(day, '18:00'), end: houseTime(day, '20:00') },
    );
    // the header's badge counts it at once; its list, opened from there, says what happened
    const bell = desktop.locator('header').getByRole('button', { name: /^Mitteilungen/ });
    await desktop.locator('header .notice-count').waitFor({ timeout: 3000 });
    await bell.click();
    const notice = desktop.locator('.change-notice', { hasText: 'E2E Chorprobe mit Klavier' });
    await notice.waitFor({ timeout: 3000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Das Team');
    expect(text).toContain(ost.name);
    expect(text).toContain('Klavier wird gestimmt');
    await screenshot(desktop, 'finding-04-notice');
    await notice.getByRole('button', { name: /Gelesen/ }).click();
    await expect.poll(() => desktop.locator('.change-notice', { hasText: 'E2E Chorprobe mit Klavier' }).count()).toBe(0);
  });

  it('rooms say what they are, headers do not overlap at 1280 px, and the week view says where each booking is', async () => {
    await desktop.setViewportSize({ width: 1280, height: 900 });
    await desktop.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}`);
    await desktop.locator('.rooms-row-head').first().waitFor();
    const saal = desktop.locator('.rooms-row-head', { hasText: 'Großer Saal' }).first();
    expect(await saal.locator('.rooms-room-facts').textContent()).toMatch(/40 Plätze · Klavier/);
    const boxes = await desktop.locator('.rooms-row-head').evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThan(8);
    const sorted = [...boxes].sort((a, b) => a.top - b.top);
    for (let index = 1; index < sorted.length; index++) expect(sorted[index]!.top).toBeGreaterThanOrEqual(sorted[index - 1]!.bottom - 0.5);
    await screenshot(desktop, 'finding-05-room-headers-1280');

    await desktop.goto(`${app.url}/calendar?view=timeGridWeek&date=${day}`);
    const event = desktop.locator('.fc-timegrid-event', { hasText: 'Coaching Vereinsfinanzen' }).first();
    await event.waitFor();
    expect(await event.locator('.event-where').textContent()).toBe('Großer Saal, KolLEktiv Zschochersche Straße');
    expect(await event.locator('.visually-hidden').first().textContent()).toContain('KolLEktiv Zschochersche Straße');
  });

  it('a member finds their MO’s coming bookings by day, with room and house, and finds bookings by title', async () => {
    await desktop.getByRole('link', { name: 'Meine Buchungen' }).click();
    await desktop.getByRole('heading', { name: 'Meine Buchungen', level: 2 }).waitFor();
    const entry = desktop.locator('.my-booking').first();
    await entry.waitFor();
    expect(await entry.locator('.meta').textContent()).toMatch(/KolLEktiv/);
    await desktop.getByLabel('Titel oder Organisation').fill('Coaching');
    await desktop.getByRole('button', { name: 'Suchen' }).click();
    await desktop.locator('.booking-search .admin-card', { hasText: 'Coaching Vereinsfinanzen' }).first().waitFor();
    await screenshot(desktop, 'finding-06-my-bookings');
  });
});
