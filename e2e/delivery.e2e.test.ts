/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { describeInBrowser, launchChromium, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';
import { houseTime, nextOrdinary, TUESDAY } from '../server/test/dates.js';

let app: RunningApp;
let browser: Browser;
let page: Page;
const operations: string[] = [];

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) operations.push(body.operationName);
  });
  await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  // the page signing in lands on asks for its own day: settled before the tests count requests
  await page.locator('.rooms-view').waitFor();
  await page.waitForLoadState('networkidle');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const bookingRequests = () => operations.filter((name) => name === 'BookingsInRange').length;

describeInBrowser('delivery to the browser', () => {
  it('asks for the bookings once per calendar load and once per new range, none for a range it still holds', async () => {
    operations.length = 0;
    await page.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${nextOrdinary(TUESDAY, app.services.clock())}`);
    await page.locator('.rooms-booking').first().waitFor();
    await page.waitForTimeout(500);
    expect(bookingRequests()).toBe(1);
    await page.locator('.rooms-next').click();
    await page.locator('.rooms-booking').first().waitFor();
    await page.waitForTimeout(500);
    expect(bookingRequests()).toBe(2);
    // the day just left is still held (and kept current by the live changes): back without a request
    const nextDay = await page.locator('.rooms-booking').allTextContents();
    await page.locator('.rooms-previous').click();
    await page.locator('.rooms-booking').first().waitFor();
    await page.waitForTimeout(500);
    expect(bookingRequests()).toBe(2);
    expect(await page.locator('.rooms-booking').allTextContents()).not.toEqual(nextDay);
    for (const view of ['resourceTimelineWeek', 'timeGridWeek', 'listWeek']) {
      operations.length = 0;
      await page.goto(`${app.url}/calendar?view=${view}&date=${nextOrdinary(TUESDAY, app.services.clock())}`);
      await page.locator('.fc-event, .rooms-booking').first().waitFor();
      await page.waitForTimeout(500);
      expect({ view, requests: bookingRequests() }).toEqual({ view, requests: 1 });
    }
  });

  it('receives its scripts compressed and its hashed assets cached for a year', async () => {
    const responses: Array<{ url: string; encoding: string | undefined; cache: string | undefined }> = [];
    page.on('response', (response) => {
      if (response.url().includes('/assets/') && response.url().endsWith('.js'))
        responses.push({
          url: response.url(),
          encoding: response.headers()['content-encoding'],
          cache: response.headers()['cache-control'],
        });
    });
    await page.reload();
    await page.locator('.fc-event, .rooms-booking').first().waitFor();
    expect(responses.length).toBeGreaterThan(0);
    for (const response of responses) expect(response).toMatchObject({ encoding: 'br', cache: 'public, max-age=31536000, immutable' });
  });

  it('renders only the booking that changed elsewhere, and nothing again when its highlight ends', async () => {
    const day = nextOrdinary(TUESDAY, app.services.clock());
    await page.goto(`${app.url}/calendar?view=resourceTimelineWeek&date=${day}`);
    await page.locator('.rooms-booking').first().waitFor();
    await page.getByText('live', { exact: true }).waitFor();
    // the week's events arrive in more than one frame on a busy machine: count once they have settled
    let before = await page.locator('.rooms-booking').count();
    for (let settled = 0; settled < 3;) {
      await page.waitForTimeout(100);
      const now = await page.locator('.rooms-booking').count();
      settled = now === before ? settled + 1 : 0;
      before = now;
    }
    expect(before).toBeGreaterThan(20);
    // the event elements on screen now; afterwards, new ones were rendered and missing ones were thrown away
    // (elements merely moved within the row are neither)
    await page.evaluate(() => {
      const elements = [...document.querySelectorAll('.rooms-booking')];
      for (const element of elements) element.setAttribute('data-before', '');
      (window as unknown as { eventsBefore: Element[] }).eventsBefore = elements;
    });
    const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const { locations, organizations } = await staff.data<{
      locations: Array<{ rooms: Array<{ id: string }> }>;
      organizations: Array<{ id: string }>;
    }>(`{ locations { rooms { id } } organizations { id } }`);
    const roomIds = locations.flatMap((location) => location.rooms.map((room) => room.id));
    let made = false;
    for (const roomId of roomIds) {
      const answer = await staff.request(`mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`, {
        input: {
          roomId,
          organizationId: organizations[0]!.id,
          title: 'Nur dieser Termin',
          category: 'MEETING',
          start: houseTime(day, '20:00'),
          end: houseTime(day, '20:45'),
          visibility: 'MEMBERS',
        },
      });
      if (!answer.errors) {
        made = true;
        break;
      }
    }
    expect(made).toBe(true);
    await page.locator('.rooms-booking', { hasText: 'Nur dieser Termin' }).waitFor({ timeout: 2000 });
    // past the 2.5 s highlight
    await page.waitForTimeout(3000);
    const renders = await page.evaluate(() => ({
      rendered: document.querySelectorAll('.rooms-booking:not([data-before])').length,
      discarded: (window as unknown as { eventsBefore: Element[] }).eventsBefore.filter((element) => !element.isConnected).length,
    }));
    expect(renders).toEqual({ rendered: 1, discarded: 0 });
    expect(await page.locator('.rooms-booking').count()).toBe(before + 1);
  });
});
