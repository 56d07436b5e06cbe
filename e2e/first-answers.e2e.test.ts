/// <reference lib="dom" />
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, signInByApi } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The calendar shell's first script (client/src/first-answers/early.ts) asks who is signed in, the houses and,
 * on a phone, the day's bookings before the app's scripts have arrived; the app takes those answers instead of
 * asking again. Shown by holding back the app's libraries until the questions were asked: were they the app's,
 * nothing would be asked and the page would never list a booking.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await signInByApi(context, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  return context;
}

const operationOf = (request: Request) => (request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '';

/** Opens a page with the app's libraries held back until `wanted` were asked; answers what was asked, in order. */
async function openHoldingTheApp(context: BrowserContext, wanted: readonly string[], address = '/calendar') {
  const page = await context.newPage();
  const asked: Request[] = [];
  let release!: () => void;
  const questionsAsked = new Promise<void>((resolve) => (release = resolve));
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    asked.push(request);
    if (wanted.every((name) => asked.some((each) => operationOf(each) === name))) release();
  });
  let held = 0;
  await page.route(/\/assets\/shell-[^/]+\.js$/, async (route) => {
    held += 1;
    await questionsAsked;
    await route.continue();
  });
  await page.goto(`${app.url}${address}`);
  return { page, asked, held: () => held };
}

describeInBrowser('the calendar’s first answers, asked before the app runs', () => {
  it('on a phone: the day’s bookings are asked while the app’s libraries are still on their way, and not asked twice', async () => {
    const context = await signedIn({ width: 390, height: 844 });
    const { page, asked, held } = await openHoldingTheApp(context, ['Me', 'CalendarDirectory', 'BookingsInRange', 'ClosedPeriods']);
    await page.locator('.phone-entry:not(.free-entry)').first().waitFor();
    expect(held()).toBe(1);
    const first = asked.slice(0, 4).map(operationOf);
    expect(first.sort()).toEqual(['BookingsInRange', 'CalendarDirectory', 'ClosedPeriods', 'Me']);
    // the day as the page shows it, in Leipzig's offset
    const variables = (asked.find((request) => operationOf(request) === 'BookingsInRange')!.postDataJSON() as { variables: object })
      .variables;
    expect(Object.keys(variables).sort()).toEqual(['from', 'to']);
    expect((variables as { from: string }).from).toMatch(/T00:00:00\.000\+0[12]:00$/);
    await page.waitForTimeout(1500);
    const names = asked.map(operationOf);
    // who is signed in is taken and never asked again; the day, the houses and the closed time once more, when
    // the live stream is up, since the early answers may predate it
    expect(names.filter((name) => name === 'Me')).toHaveLength(1);
    for (const again of ['CalendarDirectory', 'ClosedPeriods', 'BookingsInRange'])
      expect(names.filter((name) => name === again)).toHaveLength(2);
    await context.close();
  });

  it('on a desktop: who is signed in and the houses are asked early, the bookings by the view that knows its range', async () => {
    const context = await signedIn({ width: 1440, height: 900 });
    const { page, asked } = await openHoldingTheApp(context, ['Me', 'CalendarDirectory']);
    await page.locator('.rooms-booking').first().waitFor();
    const names = asked.map(operationOf);
    expect(names.slice(0, 2).sort()).toEqual(['CalendarDirectory', 'Me']);
    expect(names.filter((name) => name === 'Me')).toHaveLength(1);
    expect(names.filter((name) => name === 'CalendarDirectory')).toHaveLength(1);
    expect(names).toContain('BookingsInRange');
    await context.close();
  });

  it('on a wall display: its settings, house and day are asked with the link’s token before the app runs', async () => {
    const staff = await browser.newContext();
    await signInByApi(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    const ask = async <T>(query: string, variables: object = {}) =>
      ((await (await staff.request.post(`${app.url}/graphql`, { data: { query, variables } })).json()) as { data: T }).data;
    const { locations } = await ask<{ locations: Array<{ id: string }> }>('{ locations { id } }');
    const { createDisplayLink } = await ask<{ createDisplayLink: { path: string; token: string } }>(
      'mutation ($locationId: ID!) { createDisplayLink(locationId: $locationId, label: "Flur") { path token } }',
      { locationId: locations[0]!.id },
    );
    await staff.close();

    const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const wanted = ['DisplaySettings', 'DisplayDirectory', 'BookingsInRange', 'ClosedPeriods'];
    const { page, asked } = await openHoldingTheApp(screen, wanted, createDisplayLink.path);
    await page.locator('.display-column').first().waitFor();
    const early = asked.slice(0, 4);
    expect(early.map(operationOf).sort()).toEqual([...wanted].sort());
    for (const request of early) expect(await request.headerValue('x-display-token')).toBe(createDisplayLink.token);
    await page.waitForTimeout(1500);
    const names = asked.map(operationOf);
    expect(names.filter((name) => name === 'DisplaySettings')).toHaveLength(1);
    for (const again of ['DisplayDirectory', 'ClosedPeriods', 'BookingsInRange'])
      expect(names.filter((name) => name === again)).toHaveLength(2);
    expect(names).not.toContain('Me');
    await screen.close();
  });
});
