/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let neighbour: Page;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  neighbour = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    })
  ).newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describeInBrowser('the public page of MO activities', () => {
  it('a neighbour finds, without signing in, which MOs meet at Zschochersche Str. 50 and when', async () => {
    await neighbour.goto(`${app.url}/mo`);
    await neighbour.getByRole('heading', { name: 'Die Organisationen bei KolLEktiv' }).waitFor();
    const kalyna = neighbour.locator('.public-mo', { hasText: 'Ukrainischer Chor Kalyna' });
    await kalyna.waitFor();
    expect(await kalyna.textContent()).toMatch(/jeden Montag, .*18:00–20:30.*Großer Saal, KolLEktiv Zschochersche Straße/);
    expect(await axeViolations(neighbour)).toEqual([]);
    await screenshot(neighbour, 'public-01-list');

    await neighbour.getByLabel('Sprachen').selectOption('uk');
    expect(await neighbour.locator('.public-mo').count()).toBeGreaterThan(0);
    await kalyna.getByRole('link', { name: 'Ukrainischer Chor Kalyna' }).tap();
    await neighbour.waitForURL(/\/mo\//);
    await neighbour.getByRole('heading', { name: 'Regelmäßige Treffen' }).waitFor();
    expect(await neighbour.title()).toContain('Ukrainischer Chor Kalyna');
    expect(await neighbour.locator('.public-mo').textContent()).toContain('Zschochersche Str. 50');
    expect(await axeViolations(neighbour)).toEqual([]);
    await screenshot(neighbour, 'public-02-one-mo');
  });
});
