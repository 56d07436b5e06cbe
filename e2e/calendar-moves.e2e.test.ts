/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { ApiClient } from '../server/test/harness.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { drag } from './calendar-drag.js';
import { startDemoApp } from './demo-app.js';
import { houseTime, nextOrdinary, TUESDAY } from '../server/test/dates.js';

/**
 * Issue 27, points 3 and 8: a booking dragged into another house is moved only once confirmed with a reason,
 * says where it is now (the house's address) and can be undone, while a move within a house stays one
 * gesture; a keyboard move takes few keys and ends with focus on the moved booking, announced with its new
 * time and room. The booking's details and the phone list give the house's address.
 */
let app: RunningApp;
let browser: Browser;
let day: string;
let west: House;
let east: House;
const ids: Record<string, string> = {};

type House = { id: string; name: string; address: string; rooms: Array<{ id: string; name: string }> };
const roomOf = (house: House, name: string) => house.rooms.find((room) => room.name === name)!.id;
const EAST_ADDRESS = 'Musterstraße 12, 04315 Leipzig';

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  const member = new ApiClient(app.url);
  await member.data(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, {
    email: 'member1@kollektiv.example',
    password: DEMO_PASSWORD,
  });
  const { me, locations } = await member.data<{ me: { organization: { id: string } }; locations: House[] }>(
    `{ me { organization { id } } locations { id name address rooms { id name } } }`,
  );
  west = locations.find((house) => house.address.startsWith('Zschochersche'))!;
  east = locations.find((house) => house.address === EAST_ADDRESS)!;
  const bookings: Array<[string, string, string]> = [
    ['Umzugsprobe', '12:00', '13:00'],
    ['Tastaturprobe', '15:00', '16:00'],
    ['Hausprobe', '17:00', '18:00'],
    ['Sprachprobe', '09:00', '10:00'],
  ];
  for (const [title, start, end] of bookings) {
    const { createBooking } = await member.data<{ createBooking: { id: string } }>(
      `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
      {
        input: {
          title,
          category: 'MEETING',
          organizationId: me.organization.id,
          roomId: roomOf(west, 'Seminarraum'),
          start: houseTime(day, start),
          end: houseTime(day, end),
        },
      },
    );
    ids[title] = createBooking.id;
  }
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(language: string, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(`${app.url}/login?lang=${language}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/calendar/);
  return page;
}

async function dayOf(page: Page, houses: House[]): Promise<void> {
  await page.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}&locations=${houses.map((house) => house.id).join(',')}`);
  await page.locator('.rooms-booking').first().waitFor();
}

const eventOf = (page: Page, title: string): Locator => page.locator('.rooms-booking', { hasText: title });
const columnOf = (event: Locator) => event.evaluate((element) => element.closest('.rooms-row')?.getAttribute('data-room-id') ?? null);
const focusedBooking = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.bookingId ?? null);

/** Presses Tab until the field with that id has focus; answers how many presses it took. */
async function tabUntil(page: Page, id: string): Promise<number> {
  for (let presses = 1; presses <= 10; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return presses;
  }
  throw new Error(`Tab never reached #${id}`);
}

describeInBrowser('moving bookings: across houses with a reason and undo, from the keyboard with focus kept', () => {
  it('de: a drag into another house asks with both addresses, is put back when declined, moves with the reason and can be undone', async () => {
    const staff = await signedIn('de', 'staff@kollektiv.example');
    await dayOf(staff, [west, east]);
    const atelier = roomOf(east, 'Atelier');

    await drag(staff, eventOf(staff, 'Umzugsprobe'), '12:00', atelier, '12:00');
    const question = staff.getByRole('alertdialog', { name: /in ein anderes Haus verlegen/ });
    await question.waitFor();
    expect(await question.textContent()).toContain('Zschochersche Str. 50, 04229 Leipzig');
    expect(await question.textContent()).toContain(EAST_ADDRESS);
    expect(await axeViolations(staff)).toEqual([]);
    await screenshot(staff, 'moves-01-across-question-de');
    await question.getByRole('button', { name: 'Nicht verlegen' }).click();
    await expect.poll(() => columnOf(eventOf(staff, 'Umzugsprobe'))).toBe(roomOf(west, 'Seminarraum'));

    await drag(staff, eventOf(staff, 'Umzugsprobe'), '12:00', atelier, '12:00');
    await question.getByRole('button', { name: 'In das andere Haus verlegen' }).click();
    await question.getByText('Bitte einen Grund angeben.').waitFor();
    await question.getByLabel(/Grund/).fill('Wasserschaden im Seminarraum');
    await question.getByRole('button', { name: 'In das andere Haus verlegen' }).click();
    const notice = staff.getByRole('status').filter({ hasText: 'Umzugsprobe' });
    await notice.getByText(EAST_ADDRESS).waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain('Atelier');
    expect(await columnOf(eventOf(staff, 'Umzugsprobe'))).toBe(atelier);
    await screenshot(staff, 'moves-02-across-moved-de');

    // the MO learns why from its notice
    const member = new ApiClient(app.url);
    await member.data(`mutation { login(email: "member1@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }`);
    const { notifications } = await member.data<{ notifications: Array<{ reason: string | null; booking: { id: string } }> }>(
      `{ notifications { reason booking { id } } }`,
    );
    expect(notifications.find((entry) => entry.booking.id === ids.Umzugsprobe)?.reason).toBe('Wasserschaden im Seminarraum');

    await notice.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => columnOf(eventOf(staff, 'Umzugsprobe')), { timeout: 5000 }).toBe(roomOf(west, 'Seminarraum'));
    await staff
      .getByRole('status')
      .getByText(/Rückgängig gemacht/)
      .waitFor();
    await staff.context().close();
  });

  it('de: a drag within a house stays one gesture', async () => {
    const staff = await signedIn('de', 'staff@kollektiv.example');
    await dayOf(staff, [west]);
    await drag(staff, eventOf(staff, 'Umzugsprobe'), '12:00', roomOf(west, 'Großer Saal'), '13:00');
    await staff
      .getByRole('status')
      .getByText(/Umzugsprobe.{0,2} ist jetzt .* in .{0,2}Großer Saal/)
      .waitFor({ timeout: 5000 });
    expect(await staff.getByRole('alertdialog').count()).toBe(0);
    await staff.context().close();
  });

  it('de: a keyboard move takes a few keys, and focus returns to the moved booking, announced with time and room', async () => {
    const member = await signedIn('de', 'member1@kollektiv.example');
    await dayOf(member, [west]);
    await eventOf(member, 'Tastaturprobe').focus();
    await member.keyboard.press('Enter');
    // the details name the house and its address
    await member.getByRole('dialog').getByText('Zschochersche Str. 50, 04229 Leipzig').waitFor();
    await screenshot(member, 'moves-07-booking-details-address-de');
    expect(await member.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Verschieben …');
    await member.keyboard.press('Enter');
    const move = member.getByRole('dialog', { name: /verschieben/ });
    await move.waitFor();
    expect(await member.evaluate(() => document.activeElement?.id)).toBe('move-room');
    await move.getByLabel('Raum', { exact: true }).selectOption(roomOf(west, 'Küche & Treff'));
    // the date's day, month, year and picker are stops of their own: the start time is five Tab presses away
    expect(await tabUntil(member, 'move-start')).toBeLessThanOrEqual(5);
    await member.locator(':focus').fill('18:00');
    // hours, minutes (and AM/PM where the browser counts twelve hours) likewise
    expect(await tabUntil(member, 'move-end')).toBeLessThanOrEqual(4);
    await member.locator(':focus').fill('19:00');
    expect(await axeViolations(member)).toEqual([]);
    await member.keyboard.press('Enter');

    const status = member.getByRole('status');
    await status.getByText(/Tastaturprobe.{0,2} ist jetzt .*18:00–19:00.* in .{0,2}Küche & Treff/).waitFor({ timeout: 5000 });
    await expect.poll(() => focusedBooking(member), { timeout: 5000 }).toBe(ids.Tastaturprobe);
    expect(await columnOf(eventOf(member, 'Tastaturprobe'))).toBe(roomOf(west, 'Küche & Treff'));
    await member.evaluate(() => window.scrollTo(0, 0));
    await screenshot(member, 'moves-03-keyboard-focus-kept-de');
    await member.context().close();
  });

  it('de: a keyboard move into another house names its address, needs a reason, and the calendar follows', async () => {
    const member = await signedIn('de', 'member1@kollektiv.example');
    await dayOf(member, [west]);
    await eventOf(member, 'Hausprobe').focus();
    await member.keyboard.press('Enter');
    await member.getByRole('button', { name: 'Verschieben …' }).waitFor();
    await member.keyboard.press('Enter');
    const move = member.getByRole('dialog', { name: /verschieben/ });
    await move.getByLabel('Raum', { exact: true }).selectOption(roomOf(east, 'Lernraum'));
    await move.getByText(/Anderes Haus: .{0,2}KolLEktiv Ost \(Demo\).{0,2}, .{0,2}Musterstraße 12, 04315 Leipzig/).waitFor();
    await move.getByRole('button', { name: 'In das andere Haus verlegen' }).click();
    await move.getByText('Bitte einen Grund angeben.').waitFor();
    await move.getByLabel(/Grund/).fill('Der Lernraum hat einen Beamer');
    await screenshot(member, 'moves-04-keyboard-across-de');
    await member.keyboard.press('Enter');
    await member.getByRole('status').getByText(EAST_ADDRESS).waitFor({ timeout: 5000 });
    await expect.poll(() => focusedBooking(member), { timeout: 5000 }).toBe(ids.Hausprobe);
    expect(await columnOf(eventOf(member, 'Hausprobe'))).toBe(roomOf(east, 'Lernraum'));
    await member.context().close();
  });

  it('ar: axe finds nothing on the question and the move dialog; the phone list gives each house’s address', async () => {
    const staff = await signedIn('ar', 'staff@kollektiv.example');
    await dayOf(staff, [west, east]);
    await drag(staff, eventOf(staff, 'Sprachprobe'), '09:00', roomOf(east, 'Gruppenraum'), '09:00');
    const question = staff.getByRole('alertdialog');
    await question.getByText(EAST_ADDRESS).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await screenshot(staff, 'moves-05-across-question-ar');
    await staff.keyboard.press('Escape');
    await expect.poll(() => columnOf(eventOf(staff, 'Sprachprobe'))).toBe(roomOf(west, 'Seminarraum'));

    await eventOf(staff, 'Sprachprobe').focus();
    await staff.keyboard.press('Enter');
    await staff.locator('.move-first').waitFor();
    await staff.keyboard.press('Enter');
    await staff.locator('#move-room').waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.keyboard.press('Escape');
    await staff.context().close();

    const phone = await signedIn('ar', 'member1@kollektiv.example', { width: 390, height: 844 });
    await phone.goto(`${app.url}/calendar?date=${day}`);
    await phone.locator('.phone-list').getByText('Zschochersche Str. 50, 04229 Leipzig').waitFor();
    expect(await phone.locator('.phone-list').textContent()).toContain(EAST_ADDRESS);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, 'moves-06-phone-addresses-ar');
    await phone.context().close();
  });
});
