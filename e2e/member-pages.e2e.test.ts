/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Europe/Berlin' };

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A fresh context (empty cache) signed in through the API, so the route under test is the first page it opens. */
async function freshContext(locale: string, email: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, locale });
  if (email) {
    const response = await context.request.post(`${app.url}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
        variables: { email, password: DEMO_PASSWORD },
      },
    });
    expect(response.status()).toBe(200);
  }
  return context;
}

/** What the shared card and form styles give an element: a white box with a border, a list without bullets. */
function styleOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return { border: style.borderBlockStartWidth, background: style.backgroundColor };
    });
}

describeInBrowser('member pages', () => {
  it('each member page carries its styles when it is the first page opened', async () => {
    const routes: Array<[string, string, string | null, string]> = [
      ['find', '/find', 'member1@kollektiv.example', '.find-room .admin-form'],
      ['my-bookings', '/my-bookings', 'member1@kollektiv.example', '.my-bookings .admin-card'],
      ['mo', '/mo', null, '.public-mos .admin-card'],
    ];
    for (const [name, route, email, selector] of routes) {
      const context = await freshContext('de-DE', email);
      const page = await context.newPage();
      await page.goto(`${app.url}${route}`);
      await page.locator(selector).first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `member-pages-5-${name}`);
      // soft: one unstyled route does not hide the others
      expect
        .soft({ route, style: await styleOf(page, selector) })
        .toEqual({ route, style: { border: '1px', background: 'rgb(255, 255, 255)' } });
      await context.close();
    }
  });
});
