/// <reference lib="dom" />
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, signInByApi } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * A signed-in member's calendar page carries its first answers (server/src/http/first-answers.ts); a shell the
 * service worker kept does not, and its first script (client/src/first-answers/early.ts) asks them before the
 * app's scripts have arrived. Either way the app takes those answers instead of asking again, and on a phone the
 * first script draws the day from them. Shown by holding back the app's libraries: were the drawing or the
 * questions the app's, nothing would be listed or asked.
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

/** Opens a page with the app's libraries held back until `releaseApp()`; `asked` are its GraphQL requests, in order. */
async function openWithAppHeld(context: BrowserContext, address = '/calendar') {
  const page = await context.newPage();
  const asked: Request[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request);
  });
  let releaseApp!: () => void;
  const appReleased = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/shell-[^/]+\.js$/, async (route) => {
    await appReleased;
    await route.continue();
  });
  // the page's load waits for the held libraries: what the test needs is the answer's start
  const response = await page.goto(`${app.url}${address}`, { waitUntil: 'commit' });
  return { page, asked, releaseApp, response: response! };
}

/**
 * The page as the service worker keeps it: the route's plain shell, without the answers a member's page carries.
 * A page the test fulfils has no network address, and Chromium then refuses its WebSocket to this one: such a
 * page shows what comes before the live stream, not what follows it.
 */
async function withoutAnswersInPage(context: BrowserContext): Promise<void> {
  await context.route(/\/calendar(\?|$)/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script type="application\/json" id="kollektiv-first-answers">.*?<\/script>/s, '');
    await route.fulfill({ response, body });
  });
}

describeInBrowser('the calendar’s first answers, in the page and asked before the app runs', () => {
  it('on a phone: the page carries the day, its first script lists it before the app has arrived, and the app asks nothing twice', async () => {
    const context = await signedIn({ width: 390, height: 844 });
    const { page, asked, releaseApp, response } = await openWithAppHeld(context);
    // one person's page: stored by no one on the way
    expect(response.headers()['cache-control']).toBe('private, no-store');
    // the app's libraries are held back: what is listed is the first script's drawing, from the page's answers
    const painted = page.locator('.first-paint .first-entry');
    await painted.first().waitFor();
    expect(await page.locator('.phone-entry').count()).toBe(0);
    expect(asked).toHaveLength(0);
    const paintedIds = await painted.evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.bookingId));
    expect(paintedIds.length).toBeGreaterThan(0);
    // the drawing reads as the app's list does: a time, the room; nothing of it can be mistaken for a button
    await expect.poll(() => painted.first().locator('.time').textContent()).toMatch(/^\d\d:\d\d–\d\d:\d\d$/);
    expect(await page.locator('.first-paint button').count()).toBe(0);
    // nothing cut off on a phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    releaseApp();
    const listed = page.locator('.phone-entry:not(.free-entry)');
    await listed.first().waitFor();
    // the drawing goes once the app's own list is there, not before (it stood beside the app's loading state)
    await expect.poll(() => page.locator('.first-paint').count()).toBe(0);
    // the app lists the same bookings the drawing did
    const appIds = await listed.evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.bookingId));
    expect(appIds).toEqual(paintedIds);
    await page.waitForTimeout(1500);
    const names = asked.map(operationOf);
    // who is signed in is taken from the page and never asked; the day, the houses and the closed time once, when
    // the live stream is up, since the page's answers may predate it
    expect(names).not.toContain('Me');
    for (const again of ['CalendarDirectory', 'ClosedPeriods', 'BookingsInRange'])
      expect(names.filter((name) => name === again)).toHaveLength(1);
    await context.close();
  });

  it('on a phone with a kept shell: the first script asks while the app’s libraries are on their way, and draws the day from the answers', async () => {
    const context = await signedIn({ width: 390, height: 844 });
    await withoutAnswersInPage(context);
    const { page, asked, releaseApp } = await openWithAppHeld(context);
    await page.locator('.first-paint .first-entry').first().waitFor();
    releaseApp();
    await page.locator('.phone-entry:not(.free-entry)').first().waitFor();
    const first = asked.slice(0, 4).map(operationOf);
    expect(first.sort()).toEqual(['BookingsInRange', 'CalendarDirectory', 'ClosedPeriods', 'Me']);
    // the day as the page shows it, in Leipzig's offset
    const variables = (asked.find((request) => operationOf(request) === 'BookingsInRange')!.postDataJSON() as { variables: object })
      .variables;
    expect(Object.keys(variables).sort()).toEqual(['from', 'to']);
    expect((variables as { from: string }).from).toMatch(/T00:00:00\.000\+0[12]:00$/);
    // the app takes the four answers and asks none of them itself
    const appIds = await page
      .locator('.phone-entry:not(.free-entry)')
      .evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.bookingId));
    expect(appIds.length).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    const names = asked.map(operationOf);
    for (const once of ['Me', 'CalendarDirectory', 'ClosedPeriods', 'BookingsInRange'])
      expect(names.filter((name) => name === once)).toHaveLength(1);
    await context.close();
  });

  it('on a desktop: who is signed in and the houses come with the page, the bookings from the view that knows its range', async () => {
    const context = await signedIn({ width: 1440, height: 900 });
    const { page, asked, releaseApp } = await openWithAppHeld(context);
    // the first script has run with the page's answers (it asks nothing) and, on a wide screen, drawn nothing
    await expect.poll(() => page.evaluate(() => 'kollektivFirstAnswers' in window)).toBe(true);
    expect(await page.locator('.first-paint').count()).toBe(0);
    expect(asked).toHaveLength(0);
    releaseApp();
    await page.locator('.rooms-booking').first().waitFor();
    const names = asked.map(operationOf);
    expect(names).not.toContain('Me');
    expect(names).not.toContain('CalendarDirectory');
    expect(names).toContain('BookingsInRange');
    await context.close();
  });

  it('never keeps a member’s page on the device: the service worker keeps the plain shell', async () => {
    const context = await signedIn({ width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${app.url}/calendar`);
    await page.locator('.phone-entry:not(.free-entry)').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // a second visit, through the worker, from the network (it answers in time here)
    const again = await page.goto(`${app.url}/calendar`);
    expect(again!.fromServiceWorker()).toBe(true);
    expect(await again!.text()).toContain('kollektiv-first-answers');
    await page.locator('.phone-entry:not(.free-entry)').first().waitFor();
    const kept = await page.evaluate(async () => {
      const shells = await caches.open('kollektiv-shell-v2');
      const shell = await shells.match('/routes/calendar.html');
      return shell ? shell.text() : null;
    });
    expect(kept).toContain('<div id="app">');
    expect(kept).not.toContain('kollektiv-first-answers');
    expect(kept).not.toContain('private, no-store');
    await context.close();
  });

  it('signed out: the page carries no answers, and is revalidated as every shell', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(`${app.url}/calendar`);
    expect(await response!.text()).not.toContain('kollektiv-first-answers');
    expect(response!.headers()['cache-control']).toBe('no-cache');
    await page.locator('#main').waitFor();
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
