/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { ApiClient } from '../server/test/harness.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';
import { weeklyRunEndingOnHoliday } from '../server/test/dates.js';

let app: RunningApp;
let browser: Browser;
let memberContext: BrowserContext;
let staffContext: BrowserContext;
let member: Page;
let westId: string;
let rooms: Record<string, string>;
/** The next public holiday on a weekday, and the weekly series that ends on it: three weeks before up to it. */
let holiday: { date: string; name: string };
let seriesDays: string[];

/** The API as an anonymous visitor sees it. */
const gql = <T>(query: string, variables: Record<string, unknown> = {}) => new ApiClient(app.url).data<T>(query, variables);

const calendarUrl = (date: string) => `${app.url}/calendar?view=resourceTimeGridDay&date=${date}&locations=${westId}`;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  const { locations } = await gql<{ locations: Array<{ id: string; address: string; rooms: Array<{ id: string; name: string }> }> }>(
    `{ locations { id address rooms { id name } } }`,
  );
  const west = locations.find((location) => location.address.startsWith('Zschochersche'))!;
  westId = west.id;
  rooms = Object.fromEntries(west.rooms.map((room) => [room.name, room.id]));

  // the house is open Monday to Friday: four weekly dates after today, the last of them a holiday on a weekday
  const run = weeklyRunEndingOnHoliday(app.services.clock(), 4);
  holiday = { date: run.holiday.date, name: run.holiday.name };
  seriesDays = run.dates;

  browser = await launchChromium(app.services.clock);
  const options = { viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' };
  memberContext = await browser.newContext(options);
  staffContext = await browser.newContext(options);
  member = await memberContext.newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await signIn(await staffContext.newPage(), app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describeInBrowser('weekly groups in the browser', () => {
  it('a member books a weekly series from the dialog, sees the summary and the skipped holiday; other screens show every date live', async () => {
    // other screens, one per date of the series, already open and live
    const watchers = await Promise.all(seriesDays.map(() => staffContext.newPage()));
    await Promise.all(watchers.map((page, index) => page.goto(calendarUrl(seriesDays[index]!))));
    await Promise.all(watchers.map((page) => page.getByText('live', { exact: true }).waitFor()));
    // the holiday is shaded and named before anyone tries to book it
    await watchers[3]!
      .locator('.rooms-closed.closed-time', { hasText: `geschlossen: ${holiday.name}` })
      .first()
      .waitFor();
    await screenshot(watchers[3]!, 'series-00-holiday-shaded');

    await member.goto(calendarUrl(seriesDays[0]!));
    await member.getByText('live', { exact: true }).waitFor();
    await member.getByRole('button', { name: 'Neue Buchung' }).click();
    const dialog = member.getByRole('dialog');
    await dialog.getByLabel('Raum', { exact: true }).selectOption(rooms['Beratungsbüro']!);
    await dialog.getByLabel('Titel', { exact: true }).fill('E2E Chorprobe');
    await dialog.getByLabel('Art', { exact: true }).selectOption('CHOIR');
    await dialog.getByLabel('Datum', { exact: true }).fill(seriesDays[0]!);
    await dialog.getByLabel('Beginn', { exact: true }).fill('18:00');
    await dialog.getByLabel('Ende', { exact: true }).fill('20:30');
    await dialog.getByLabel('Wiederholen').selectOption('WEEKLY');
    await dialog.getByLabel('Bis einschließlich').fill(seriesDays[3]!);
    await dialog.getByLabel('Bis einschließlich').dispatchEvent('change');

    const summary = dialog.locator('.series-preview .series-summary');
    await expect
      .poll(() => summary.textContent(), { timeout: 5000 })
      .toMatch(/^jeden .+, .18:00–20:30., bis .+ – 3 Termine, einer fällt aus$/);
    await dialog.locator('.series-skipped', { hasText: `Feiertag: ${holiday.name}` }).waitFor();
    await screenshot(member, 'series-01-preview');
    await dialog.getByRole('button', { name: '3 Termine buchen' }).click();

    await dialog.getByRole('status').filter({ hasText: 'Gebucht:' }).waitFor();
    expect(await dialog.locator('.series-skipped').textContent()).toContain(holiday.name);
    await screenshot(member, 'series-02-booked');
    await dialog.getByRole('button', { name: 'Fertig' }).click();

    // every date arrives on the screen that shows it; the holiday stays free
    for (const index of [0, 1, 2])
      await watchers[index]!.locator('.rooms-booking', { hasText: 'E2E Chorprobe' }).waitFor({ timeout: 3000 });
    expect(await watchers[3]!.locator('.rooms-booking', { hasText: 'E2E Chorprobe' }).count()).toBe(0);
    // a date of a series says so, to eyes and to screen readers
    const occurrence = member.locator('.rooms-booking', { hasText: 'E2E Chorprobe' });
    await occurrence.waitFor();
    expect(await occurrence.locator('.series-marker').count()).toBe(1);
    expect(await occurrence.locator('.visually-hidden').textContent()).toContain('Termin einer Serie');
    await screenshot(watchers[1]!, 'series-03-other-screen');
    await Promise.all(watchers.map((page) => page.close()));
  });

  it('moving one rehearsal asks for the scope and leaves the rest of the series alone', async () => {
    await member.goto(calendarUrl(seriesDays[1]!));
    const occurrence = member.locator('.rooms-booking', { hasText: 'E2E Chorprobe' });
    await occurrence.click();
    const dialog = member.getByRole('dialog');
    await dialog.getByRole('group', { name: 'Die Änderung gilt für' }).waitFor();
    await dialog.getByLabel('nur diesen Termin').check();
    await dialog.getByLabel('Beginn', { exact: true }).fill('17:00');
    await dialog.getByLabel('Ende', { exact: true }).fill('19:00');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(async () => (await occurrence.textContent()) ?? '', { timeout: 5000 }).toContain('17:00');

    await member.goto(calendarUrl(seriesDays[2]!));
    await expect
      .poll(async () => (await member.locator('.rooms-booking', { hasText: 'E2E Chorprobe' }).textContent()) ?? '')
      .toContain('18:00');
  });

  it('staff enter a closure and the member’s calendar shades it at once, named', async () => {
    const closedDay = seriesDays[2]!;
    await member.goto(calendarUrl(closedDay));
    await member.getByText('live', { exact: true }).waitFor();

    const staff = await staffContext.newPage();
    await staff.goto(`${app.url}/admin/houses`);
    const house = staff
      .locator('li.admin-card')
      .filter({ has: staff.getByRole('heading', { name: 'KolLEktiv Zschochersche Straße', exact: true }) })
      .first();
    const closures = house.getByRole('region', { name: 'Schließzeiten' });
    await closures.getByLabel('Erster geschlossener Tag').fill(closedDay);
    await closures.getByLabel('Letzter geschlossener Tag').fill(closedDay);
    await closures.getByLabel('Was ist geschlossen?').selectOption(rooms['Beratungsbüro']!);
    await closures.getByLabel('Grund (steht im Kalender)').fill('E2E Renovierung Beratungsbüro');
    await closures.getByRole('button', { name: 'Schließzeit eintragen' }).click();
    // the series' date lies in it: staff are asked what happens to it first, and keep it for now
    const question = closures.getByRole('region', { name: 'Was geschieht mit den Buchungen in dieser Zeit?' });
    await question.locator('fieldset').first().waitFor();
    for (const row of await question.locator('fieldset').all()) await row.getByLabel(/^Behalten/).check();
    await question.getByRole('button', { name: 'Schließzeit eintragen und so umsetzen' }).click();
    const item = closures.locator('.closure', { hasText: 'E2E Renovierung Beratungsbüro' });
    await item.getByText(/in dieser Schließzeit/).waitFor();
    expect(await item.textContent()).toContain('E2E Chorprobe');
    await screenshot(staff, 'series-04-closure-affected');

    await member
      .locator('.rooms-closed.closed-time', { hasText: 'geschlossen: E2E Renovierung Beratungsbüro' })
      .first()
      .waitFor({ timeout: 5000 });
    const shading = await member
      .locator('.rooms-row', { has: member.locator('.closed-time', { hasText: 'E2E Renovierung' }) })
      .getAttribute('data-room-id');
    expect(shading).toBe(rooms['Beratungsbüro']);
    await screenshot(member, 'series-05-closure-shaded');

    // decided later: the series' date is cancelled with the closure's reason
    await item.getByRole('button', { name: 'Über diese Buchungen entscheiden' }).click();
    const again = item.getByRole('region', { name: 'Was geschieht mit den Buchungen in dieser Zeit?' });
    await again.locator('fieldset').first().waitFor();
    for (const row of await again.locator('fieldset').all())
      await row.getByLabel((await row.textContent())?.includes('E2E Chorprobe') ? /^Stornieren/ : /^Behalten/).check();
    await again.getByRole('button', { name: 'So umsetzen' }).click();
    await staff.getByText(/^Erledigt\. Verschoben: 0, storniert: 1, behalten: \d+\.$/).waitFor();
    await expect.poll(() => member.locator('.rooms-booking', { hasText: 'E2E Chorprobe' }).count(), { timeout: 5000 }).toBe(0);
    await staff.close();
  });
});
