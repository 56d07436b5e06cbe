/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import arabic from '../client/src/public/texts/ar.js';
import german from '../client/src/public/texts/de.js';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { REFERENCE_NOW, TUESDAY, houseDate, houseTime, nextOrdinary, plusDays, runningFrom } from '../server/test/dates.js';
import { ApiClient } from '../server/test/harness.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * A first visit, signed out, on a phone (390×844) and on desktop, in German and in Arabic: the login page says
 * how an organisation gets access and whom to ask (the contact the privacy page names, from configuration),
 * and where the houses are, each with a map link; `/mo` lists the houses and who meets where even when no
 * weekly public dates are in view, and an organisation with one public evening months ahead still names its house.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const CONTROLLER = {
  controllerName: 'KolLEktiv – Treffpunkt für Engagement und Begegnung',
  controllerContact: 'Zschochersche Str. 50\n04229 Leipzig\nkontakt@kollektiv.example',
  imprintUrl: 'https://kollektiv.example/impressum',
};
const HOUSES = [
  { name: 'KolLEktiv Zschochersche Straße', address: 'Zschochersche Str. 50, 04229 Leipzig' },
  { name: 'KolLEktiv Ost (Demo)', address: 'Musterstraße 12, 04315 Leipzig' },
  { name: 'KolLEktiv Süd (Demo)', address: 'Beispielweg 7, 04275 Leipzig' },
];
const TEXTS = { de: german, ar: arabic };
/** The demo bookings fill the current week and three after it: seven weeks on, none is in view any more. */
const QUIET_WEEKS = 7;

const running = runningFrom(REFERENCE_NOW);
let shift = 0;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null, privacy: CONTROLLER, clock: () => new Date(running().getTime() + shift) });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function visitor(language: 'de' | 'ar', viewport: { width: number; height: number }): Promise<Page> {
  return browser.newPage({
    viewport,
    isMobile: viewport === PHONE,
    hasTouch: viewport === PHONE,
    locale: language === 'de' ? 'de-DE' : 'ar',
    timezoneId: 'Europe/Berlin',
  });
}

/** Each house as the page shows it: name, address and where its map link leads. */
async function housesShown(page: Page): Promise<Array<{ name: string; address: string; map: string }>> {
  return page.locator('.house').evaluateAll((houses) =>
    houses.map((house) => ({
      name: house.querySelector('strong')?.textContent?.trim() ?? '',
      address: house.querySelector('address')?.textContent?.trim() ?? '',
      map: house.querySelector<HTMLAnchorElement>('a.map-link')?.href ?? '',
    })),
  );
}

const expectedHouses = () =>
  HOUSES.map((house) => ({ ...house, map: `https://www.openstreetmap.org/search?query=${encodeURIComponent(house.address)}` }));

/** Nothing runs off the side of the screen. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describeInBrowser('a first visit, signed out', () => {
  it('the login page says how an organisation gets access, whom to ask, and where the houses are', async () => {
    for (const language of ['de', 'ar'] as const) {
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        const page = await visitor(language, viewport);
        await page.goto(`${app.url}/login`);
        await page.getByRole('heading', { name: TEXTS[language].access.heading }).waitFor();
        const block = page.locator('.first-visit');
        for (const sentence of [TEXTS[language].access.free, TEXTS[language].access.invite, TEXTS[language].access.ask])
          expect(await block.textContent()).toContain(sentence);
        expect(await block.locator('address').first().textContent()).toContain(CONTROLLER.controllerName);
        expect(await block.getByRole('link', { name: 'kontakt@kollektiv.example' }).getAttribute('href')).toBe(
          'mailto:kontakt@kollektiv.example',
        );
        expect(await block.getByRole('link', { name: TEXTS[language].access.organizations }).getAttribute('href')).toBe('/mo');
        await page.getByRole('heading', { name: TEXTS[language].houses.heading }).waitFor();
        expect(await housesShown(page)).toEqual(expectedHouses());
        // each map link names its house to a screen reader; the address stays plain text beside it
        const mapOfFirst = page.getByRole('link', { name: HOUSES[0]!.name });
        expect(await mapOfFirst.textContent()).toContain(TEXTS[language].houses.map);
        expect(await mapOfFirst.getAttribute('href')).toBe(expectedHouses()[0]!.map);
        expect(await page.locator('input[type="password"]').isVisible()).toBe(true);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `13-after-login-${language}-${size}`);
        await page.close();
      }
    }
  });

  it('/mo lists the houses and who meets where, in a normal week', async () => {
    const page = await visitor('de', PHONE);
    await page.goto(`${app.url}/mo`);
    await page.getByRole('heading', { name: german.houses.heading }).waitFor();
    expect(await housesShown(page)).toEqual(expectedHouses());
    const zschochersche = page.locator('.house', { hasText: HOUSES[0]!.address });
    await zschochersche.getByRole('link', { name: /Ukrainischer Chor Kalyna/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '13-after-mo-de-phone');
    await page.close();
  });

  it('/mo without weekly public dates still shows the houses, and where an organisation meets months ahead', async () => {
    shift = QUIET_WEEKS * 7 * 86_400_000;
    // one public evening of one organisation, about three months on: no weekly rhythm, nothing this week
    const staff = new ApiClient(app.url);
    await staff.data(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, {
      email: 'staff@kollektiv.example',
      password: DEMO_PASSWORD,
    });
    const { organizations, locations } = await staff.data<{
      organizations: Array<{ id: string; name: string }>;
      locations: Array<{ address: string; rooms: Array<{ id: string }> }>;
    }>(`{ organizations { id name } locations { address rooms { id } } }`);
    const salsa = organizations.find((organization) => organization.name.startsWith('Lateinamerika-Treff'))!;
    const east = locations.find((house) => house.address === HOUSES[1]!.address)!;
    const day = nextOrdinary(TUESDAY, plusDays(houseDate(app.services.clock()), 90));
    await staff.data(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
      input: {
        title: 'Salsa-Sommerfest',
        category: 'EVENT',
        visibility: 'PUBLIC',
        organizationId: salsa.id,
        roomId: east.rooms[0]!.id,
        start: houseTime(day, '17:00'),
        end: houseTime(day, '20:00'),
      },
    });

    for (const language of ['de', 'ar'] as const) {
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        const texts = TEXTS[language];
        const page = await visitor(language, viewport);
        await page.goto(`${app.url}/mo`);
        await page.getByRole('heading', { name: texts.houses.heading }).waitFor();
        await page.locator('.public-mo').first().waitFor();
        expect(await housesShown(page)).toEqual(expectedHouses());
        // no weekly meeting anywhere; the east house names the organisation, the others say plainly that nothing is planned
        expect(await page.locator('.public-mo h4').count()).toBe(0);
        const houses = page.locator('.house');
        expect(await houses.nth(1).getByRole('link').filter({ hasText: 'Lateinamerika-Treff' }).count()).toBe(1);
        expect(await houses.nth(0).textContent()).toContain(texts.houses.nobody);
        expect(await houses.nth(2).textContent()).toContain(texts.houses.nobody);
        const card = page.locator('.public-mo', { hasText: 'Lateinamerika-Treff' });
        expect(await card.textContent()).toContain(`${texts.card.meetsIn}: \u2068${HOUSES[1]!.name}\u2069`);
        expect(await page.locator('.public-mo', { hasText: 'Ukrainischer Chor Kalyna' }).textContent()).toContain(
          texts.card.nothingPlanned,
        );
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `13-after-mo-${language}-${size}-no-weekly-bookings`);

        // the organisation's own page: its house with the address and a map link
        await card.getByRole('link', { name: /Lateinamerika-Treff/ }).click();
        await page.waitForURL(/\/mo\//);
        await page.getByRole('heading', { name: texts.card.meetsIn }).waitFor();
        expect(await housesShown(page)).toEqual([expectedHouses()[1]]);
        expect(await axeViolations(page)).toEqual([]);
        if (size === 'phone') await screenshot(page, `13-after-one-mo-${language}-phone-no-weekly-bookings`);
        await page.close();
      }
    }
  });
});
