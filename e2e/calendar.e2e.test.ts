/// <reference lib="dom" />
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { ApiClient } from '../server/test/harness.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { drag } from './calendar-drag.js';
import { startDemoApp } from './demo-app.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';

let app: RunningApp;
let browser: Browser;
let memberContext: BrowserContext;
let staffContext: BrowserContext;
let member: Page;
let staff: Page;
let day: string;
let rooms: Record<string, string>;
let westId: string;

const berlin = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: 'Europe/Berlin' }).toISO()!;

/** The API as an anonymous visitor sees it. */
const gql = <T>(query: string, variables: Record<string, unknown> = {}) => new ApiClient(app.url).data<T>(query, variables);

const eventNamed = (page: Page, title: string): Locator => page.locator('.rooms-booking', { hasText: title });
const columnOf = (event: Locator) => event.evaluate((element) => element.closest('.rooms-row')?.getAttribute('data-room-id') ?? null);

beforeAll(async () => {
  // three browsers and the API on one address, reloading faster than any person: a calendar page now opens with
  // 13 operations (8 queries, 5 subscriptions), and the default 600 a minute per address ran out mid-file
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  const { locations } = await gql<{ locations: Array<{ id: string; address: string; rooms: Array<{ id: string; name: string }> }> }>(
    `{ locations { id address rooms { id name } } }`,
  );
  const west = locations.find((location) => location.address.startsWith('Zschochersche'))!;
  westId = west.id;
  rooms = Object.fromEntries(west.rooms.map((room) => [room.name, room.id]));
  browser = await launchChromium(app.services.clock);
  memberContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  member = await memberContext.newPage();
  staff = await staffContext.newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
  const calendar = `${app.url}/calendar?view=resourceTimeGridDay&date=${day}&locations=${westId}`;
  await Promise.all([member.goto(calendar), staff.goto(calendar)]);
  await Promise.all([member.getByText('live', { exact: true }).waitFor(), staff.getByText('live', { exact: true }).waitFor()]);
  await Promise.all([member.locator('.rooms-booking').first().waitFor(), staff.locator('.rooms-booking').first().waitFor()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describeInBrowser('the live calendar in two browsers', () => {
  it('a member books through the dialog and the staff page shows it without reload', async () => {
    await screenshot(member, '01-member-calendar');
    await member.getByRole('button', { name: 'Neue Buchung' }).click();
    const dialog = member.getByRole('dialog');
    await dialog.getByLabel('Raum', { exact: true }).selectOption(rooms['Seminarraum']!);
    await dialog.getByLabel('Titel', { exact: true }).fill('E2E Sprachcafé');
    await dialog.getByLabel('Art', { exact: true }).selectOption('LANGUAGE_COURSE');
    await dialog.getByLabel('Datum', { exact: true }).fill(day);
    await dialog.getByLabel('Beginn', { exact: true }).fill('12:00');
    await dialog.getByLabel('Ende', { exact: true }).fill('13:00');
    await screenshot(member, '02-member-dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => eventNamed(member, 'E2E Sprachcafé').count(), { timeout: 5000 }).toBe(1);

    const onStaffPage = eventNamed(staff, 'E2E Sprachcafé');
    await onStaffPage.waitFor({ timeout: 3000 });
    expect(await columnOf(onStaffPage)).toBe(rooms['Seminarraum']);
    await screenshot(staff, '03-staff-sees-new-booking');
  });

  it('staff drag it to another room and time, and the member page follows', async () => {
    await drag(staff, eventNamed(staff, 'E2E Sprachcafé'), '12:00', rooms['Großer Saal']!, '14:00');
    await staff.getByText(/ist jetzt .* in .{0,2}Großer Saal/).waitFor({ timeout: 5000 });
    await screenshot(staff, '04-staff-dragged');

    const onMemberPage = eventNamed(member, 'E2E Sprachcafé');
    await expect.poll(() => columnOf(onMemberPage), { timeout: 3000 }).toBe(rooms['Großer Saal']);
    expect(await onMemberPage.textContent()).toContain('14:00');
    await screenshot(member, '05-member-sees-move');
  });

  it('an overlapping drag snaps back and says which booking is in the way', async () => {
    const event = eventNamed(staff, 'E2E Sprachcafé');
    const before = await event.boundingBox();
    // Tuesday 10:00–12:00 in the Großer Saal is the demo "Coaching Vereinsfinanzen"
    await drag(staff, event, '14:00', rooms['Großer Saal']!, '10:30');
    await staff.getByText(/schon belegt: „Coaching Vereinsfinanzen“/).waitFor({ timeout: 5000 });
    await expect.poll(async () => (await eventNamed(staff, 'E2E Sprachcafé').boundingBox())?.y, { timeout: 3000 }).toBe(before?.y);
    await screenshot(staff, '06-staff-conflict-snapped-back');
    expect(await columnOf(eventNamed(member, 'E2E Sprachcafé'))).toBe(rooms['Großer Saal']);
  });

  it('a member moves their booking without dragging: keyboard, "Verschieben …" dialog, room and time', async () => {
    const event = member.locator('.rooms-booking', { hasText: 'E2E Sprachcafé' });
    await event.focus();
    await member.keyboard.press('Enter');
    const dialog = member.getByRole('dialog');
    await dialog.waitFor();
    const moveButton = dialog.getByRole('button', { name: 'Verschieben …' });
    await moveButton.focus();
    await member.keyboard.press('Enter');
    const moveDialog = member.getByRole('dialog');
    await moveDialog.getByRole('heading', { name: /verschieben/ }).waitFor();
    await moveDialog.getByLabel('Raum', { exact: true }).selectOption(rooms['Küche & Treff']!);
    await moveDialog.getByLabel('Beginn', { exact: true }).fill('18:00');
    await moveDialog.getByLabel('Ende', { exact: true }).fill('19:00');
    await screenshot(member, '07-member-move-dialog');
    await member.keyboard.press('Enter');
    // said with the new time and room, not just "Gespeichert."
    await member
      .getByRole('status')
      .getByText(/E2E Sprachcafé.{0,2} ist jetzt .*18:00–19:00.* in .{0,2}Küche & Treff/)
      .waitFor({ timeout: 5000 });
    const onStaffPage = eventNamed(staff, 'E2E Sprachcafé');
    await expect.poll(() => columnOf(onStaffPage), { timeout: 3000 }).toBe(rooms['Küche & Treff']);
    expect(await onStaffPage.textContent()).toContain('18:00');
    await screenshot(staff, '08-staff-sees-keyboard-move');
  });

  it('on a phone, shows a day list per location in English when switched', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await signIn(page, app.url, 'member2@kollektiv.example', DEMO_PASSWORD);
    await page.goto(`${app.url}/calendar?date=${day}`);
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('heading', { name: 'KolLEktiv Zschochersche Straße' }).waitFor();
    await expect.poll(() => page.locator('.phone-entry', { hasText: 'E2E Sprachcafé' }).count(), { timeout: 5000 }).toBe(1);
    // the entries' text is the same in every language: wait for the switched words themselves
    await page.getByRole('button', { name: /Next day/ }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('button', { name: /Next day/ }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, '09-phone-day-list-english');
    await phone.close();
  });

  it('staff create a display link in the client, and a second screen shows that house', async () => {
    await staff.getByRole('button', { name: 'Anzeige-Links' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Standort', { exact: true }).selectOption(westId);
    await dialog.getByLabel('Bezeichnung (z. B. Foyer)').fill('Foyer');
    await dialog.getByRole('button', { name: 'Link erstellen' }).click();
    const linkField = dialog.getByLabel('Anzeige-Link', { exact: true });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`/display/${westId}\\?token=[\\w-]{43}$`));
    await screenshot(staff, '10-staff-display-link');

    const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await screen.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'KolLEktiv Zschochersche Straße' }).waitFor();
    await page.getByRole('heading', { name: 'Großer Saal' }).waitFor();
    await screenshot(page, '11-second-screen-display');
    await screen.close();
  });

  it('a room and an MO renamed by staff show their new names on the open calendar at once', async () => {
    const staffApi = new ApiClient(app.url);
    await staffApi.login('staff@kollektiv.example', DEMO_PASSWORD);
    const event = member.locator('.rooms-booking', { hasText: 'E2E Sprachcafé' });
    const { bookings } = await staffApi.data<{ bookings: Array<{ title: string; organization: { id: string } }> }>(
      `query ($from: DateTime!, $to: DateTime!) { bookings(from: $from, to: $to) { title organization { id } } }`,
      { from: berlin(day, '00:00'), to: berlin(day, '23:59') },
    );
    const organizationId = bookings.find((booking) => booking.title === 'E2E Sprachcafé')!.organization.id;
    await staffApi.data(`mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, {
      id: organizationId,
      input: { name: 'Chor der Neuen Namen', shortName: 'NeuName' },
    });
    await staffApi.data(`mutation ($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { id } }`, {
      id: rooms['Küche & Treff'],
      input: { name: 'Küche (neu)' },
    });
    await expect.poll(() => event.textContent(), { timeout: 5000 }).toContain('NeuName');
    await expect.poll(() => event.locator('.visually-hidden').textContent(), { timeout: 5000 }).toContain('Küche (neu)');
    expect(await event.locator('.visually-hidden').textContent()).toContain('Chor der Neuen Namen');
  });

  it('past 60 rooms shows one house at a time, chosen like a radio button, and asks for that house only', async () => {
    const { locations } = await gql<{ locations: Array<{ id: string; name: string; rooms: Array<{ id: string }> }> }>(
      `{ locations { id name rooms { id } } }`,
    );
    const first = locations[0]!;
    const west = locations.find((location) => location.id === westId)!;
    const big = locations.at(-1)!;
    expect(big.id).not.toBe(first.id);
    await app.services.database.dataSource.query(
      `INSERT INTO room (location_id, name, capacity, sort_order) SELECT $1, 'Zusatzraum ' || n, 12, 100 + n FROM generate_series(1, 60) n`,
      [big.id],
    );
    const asked: string[] = [];
    staff.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('BookingsInRange')) asked.push(request.postData()!);
    });
    // rooms in the view, drawn or not (only those near the window are)
    const columns = async () => Number(await staff.locator('.rooms-view').getAttribute('data-rooms'));
    const locationIdsIn = (body: string) => (JSON.parse(body) as { variables: { locationIds: string[] } }).variables.locationIds;
    const askedFor = () => locationIdsIn(asked.at(-1)!);

    // no house chosen: the first one
    await staff.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}`);
    await staff.getByText('Viele Räume: Der Kalender zeigt einen Standort auf einmal.').waitFor();
    await expect.poll(columns, { timeout: 10_000 }).toBe(first.rooms.length);
    expect(askedFor()).toEqual([first.id]);
    expect(await staff.getByRole('radio', { name: first.name }).isChecked()).toBe(true);
    // the day's title says which weekday it is
    expect(await staff.locator('.rooms-title').innerText()).toBe(
      new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${day}T12:00:00Z`),
      ),
    );

    await staff.getByRole('radio', { name: big.name }).check();
    await expect.poll(columns, { timeout: 10_000 }).toBe(big.rooms.length + 60);
    expect(askedFor()).toEqual([big.id]);
    expect(await staff.getByRole('radio', { name: first.name }).isChecked()).toBe(false);

    // back to the first house (West): its list is still held, so no new request
    await staff.getByRole('radio', { name: west.name }).check();
    await expect.poll(columns, { timeout: 10_000 }).toBe(west.rooms.length);
    await eventNamed(staff, 'E2E Sprachcafé').waitFor();
    expect(asked.map(locationIdsIn)).toEqual([[first.id], [big.id]]);

    // a booking made elsewhere in the house on screen appears live; the list holds that house only
    const staffApi = new ApiClient(app.url);
    await staffApi.login('staff@kollektiv.example', DEMO_PASSWORD);
    const organizationId = (await staffApi.data<{ organizations: Array<{ id: string }> }>(`{ organizations { id } }`)).organizations[0]!.id;
    await staffApi.data(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: {
        roomId: rooms['Seminarraum'],
        organizationId,
        title: 'Live im Haus',
        category: 'MEETING',
        start: berlin(day, '16:00'),
        end: berlin(day, '17:00'),
      },
    });
    await eventNamed(staff, 'Live im Haus').waitFor({ timeout: 5000 });
    await screenshot(staff, '12-staff-one-house-at-a-time');
  });
});
