/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, signIn } from './browser.js';
import { nextTuesdayInBerlin, startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let page: Page;
const operations: string[] = [];

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium();
  page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) operations.push(body.operationName);
  });
  await signIn(page, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const bookingRequests = () => operations.filter((name) => name === 'BookingsInRange').length;

describeInBrowser('delivery to the browser', () => {
  it('asks for the bookings once per calendar load and once per change of range', async () => {
    operations.length = 0;
    await page.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${nextTuesdayInBerlin()}`);
    await page.locator('.fc-timegrid-event').first().waitFor();
    await page.waitForTimeout(500);
    expect(bookingRequests()).toBe(1);
    await page.locator('.fc-next-button').click();
    await page.locator('.fc-timegrid-event').first().waitFor();
    await page.waitForTimeout(500);
    expect(bookingRequests()).toBe(2);
    for (const view of ['resourceTimelineWeek', 'timeGridWeek', 'listWeek']) {
      operations.length = 0;
      await page.goto(`${app.url}/calendar?view=${view}&date=${nextTuesdayInBerlin()}`);
      await page.locator('.fc-event').first().waitFor();
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
    await page.locator('.fc-event').first().waitFor();
    expect(responses.length).toBeGreaterThan(0);
    for (const response of responses) expect(response).toMatchObject({ encoding: 'br', cache: 'public, max-age=31536000, immutable' });
  });
});
