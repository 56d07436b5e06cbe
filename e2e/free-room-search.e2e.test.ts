/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let day: string;

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Europe/Berlin' };

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  day = nextOrdinary(TUESDAY, app.services.clock());
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const DESKTOP = { viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Berlin' };

/** A phone (or `device`) in `locale`, signed in as a member of an MO, on the free-room search. */
async function findPage(locale: string, query = '', device: typeof PHONE | typeof DESKTOP = PHONE): Promise<Page> {
  const context = await browser.newContext({ ...device, locale });
  const response = await context.request.post(`${app.url}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: { email: 'member1@kollektiv.example', password: DEMO_PASSWORD },
    },
  });
  expect(response.status()).toBe(200);
  const page = await context.newPage();
  await page.goto(`${app.url}/find${query}`);
  await page.locator('#find-people').waitFor();
  return page;
}

/** Where the search answers. */
const ANSWER = '.find-room > [aria-live="polite"]';

/** Fills the search by the fields' ids (the same in every language) and asks. */
async function ask(page: Page, wanted: { people: string; features?: string[] }) {
  await page.locator('#find-date').fill(day);
  await page.locator('#find-from').fill('18:00');
  await page.locator('#find-to').fill('20:00');
  await page.locator('#find-people').fill(wanted.people);
  const chips = page.locator('.find-room fieldset.chips').first().locator('input[type="checkbox"]');
  for (let index = 0; index < (await chips.count()); index++) {
    const value = (await chips.nth(index).getAttribute('value')) ?? '';
    await chips.nth(index).setChecked((wanted.features ?? []).includes(value));
  }
  const submit = page.locator('.find-room form button[type="submit"]');
  // a click, not a tap: the same helper serves the desktop, which has no touch
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/graphql') && /FreeRooms/.test(response.request().postData() ?? '')),
    submit.click(),
  ]);
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await page.locator(`${ANSWER} h3`).waitFor();
}

/** What the search answered, as one line of text. */
const answer = async (page: Page) => ((await page.locator(ANSWER).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The visible controls and text of the page that reach past the viewport's width: cut off on a small phone. */
async function overflowing(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll<HTMLElement>('input, select, button, label, h2, h3, h4, p, strong, li')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

describeInBrowser('the free-room search on a phone', () => {
  it('carries the number of people into the booking, and the booked room is no longer offered', async () => {
    const page = await findPage('de-DE');
    await ask(page, { people: '15', features: ['PIANO'] });
    await screenshot(page, 'free-room-search-1-results');
    expect(await page.locator(`${ANSWER} h3`).textContent()).toBe('2 Räume sind frei.');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .locator('.free-room', { hasText: 'Großer Saal' })
      .getByRole('button', { name: /Buchen/ })
      .tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel', { exact: true }).fill('E2E Chor mit Klavier');
    await screenshot(page, 'free-room-search-2-dialog');
    expect(await dialog.getByLabel('Erwartete Personen').inputValue()).toBe('15');
    await dialog.getByRole('button', { name: 'Speichern' }).tap();
    await page.getByText(/Gebucht: „E2E Chor mit Klavier“/).waitFor({ timeout: 5000 });

    // the search asks again: the room just booked is gone, the other one is still offered
    await expect.poll(() => page.locator('.free-room', { hasText: 'Großer Saal' }).count(), { timeout: 5000 }).toBe(0);
    await page.locator('.free-room', { hasText: 'Musikraum' }).waitFor();
    expect(await page.locator(`${ANSWER} h3`).textContent()).toBe('Ein Raum ist frei.');
    // the room's button is gone: focus rests on the message, not on the page's body
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('notice');
    await screenshot(page, 'free-room-search-3-after-booking');
  });

  it('when every fitting room is taken: says so, and each free time of that day can be booked', async () => {
    const page = await findPage('de-DE');
    // 35 people with a piano: only the Großer Saal, booked 18:00–20:00 by the test before
    await ask(page, { people: '35', features: ['PIANO'] });
    await screenshot(page, 'free-room-search-4-busy');
    const text = await answer(page);
    expect(text).toContain('Zu dieser Zeit ist kein passender Raum frei.');
    expect(text).not.toMatch(/\b0 Räume/);
    const offers = page.locator('.same-day li');
    expect(await offers.count()).toBeGreaterThan(0);
    // the nearest free time first, of the length asked for
    const first = offers.first();
    expect(await first.textContent()).toMatch(/(16:00–18:00|20:00–22:00).*Großer Saal/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    await first.getByRole('button', { name: /Buchen/ }).tap();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Erwartete Personen').inputValue()).toBe('35');
    expect(await dialog.getByLabel('Beginn').inputValue()).toMatch(/^(16|20):00$/);
    const booked = await dialog.getByLabel('Beginn').inputValue();
    await dialog.getByLabel('Titel', { exact: true }).fill('E2E Chor früher');
    await dialog.getByRole('button', { name: 'Speichern' }).tap();
    await page.getByText(/Gebucht: „E2E Chor früher“/).waitFor({ timeout: 5000 });
    await expect.poll(async () => (await answer(page)).includes(`${booked}–`), { timeout: 5000 }).toBe(false);
  });

  it('when no room could ever fit: names the size or the equipment, not the time, and says what to change', async () => {
    const page = await findPage('de-DE');
    await ask(page, { people: '60' });
    await screenshot(page, 'free-room-search-5-too-many');
    let text = await answer(page);
    expect(text).toContain('Kein Raum ist groß genug für 60 Personen.');
    expect(text).toContain('Der größte hat Platz für 40 Personen.');
    expect(text).not.toContain('Zeit');
    expect(await page.locator('.same-day').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    await ask(page, { people: '', features: ['PIANO', 'KITCHEN'] });
    text = await answer(page);
    expect(text).toContain('Kein Raum hat alles, was Sie gewählt haben: Klavier und Küche.');
    expect(text).not.toContain('Zeit');
    await screenshot(page, 'free-room-search-6-no-such-room');

    // the largest kitchen holds 35; the hall holds 40 but has no kitchen
    await ask(page, { people: '38', features: ['KITCHEN'] });
    text = await answer(page);
    expect(text).toContain('Kein Raum mit dieser Ausstattung (Küche) ist groß genug für 38 Personen.');
    expect(text).toContain('Der größte hat Platz für 35 Personen.');
    expect(text).toContain('Ohne diese Ausstattung gibt es Räume für 38 Personen.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in Arabic: the same plain answer, right to left, nothing cut off, axe clean', async () => {
    const page = await findPage('ar', '?lang=ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await ask(page, { people: '60' });
    const text = await answer(page);
    expect(text).toContain('60');
    expect(text).toContain('40');
    expect(await page.locator(`${ANSWER} h3`).evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'free-room-search-7-too-many-ar');

    // two of the three kitchens are free then: Arabic counts two rooms in the dual, not as "2 rooms"
    await ask(page, { people: '2', features: ['KITCHEN'] });
    expect(await page.locator('.free-room').count()).toBe(2);
    expect(await page.locator(`${ANSWER} h3`).textContent()).toBe('غرفتان متاحتان.');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'free-room-search-8-results-ar');
  });

  it('on a desktop, in German and in Arabic: every kind of answer passes axe', async () => {
    for (const [locale, query] of [
      ['de-DE', ''],
      ['ar', '?lang=ar'],
    ] as const) {
      const page = await findPage(locale, query, DESKTOP);
      for (const wanted of [{ people: '35', features: ['PIANO'] }, { people: '60' }, { people: '', features: ['PIANO', 'KITCHEN'] }]) {
        await ask(page, wanted);
        expect({ locale, wanted, violations: await axeViolations(page) }).toEqual({ locale, wanted, violations: [] });
      }
      await screenshot(page, `free-room-search-9-desktop-${locale}`);
      await page.context().close();
    }
  });
});
