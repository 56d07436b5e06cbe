/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { houseTime, MONDAY, nextOrdinary } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Europe/Berlin' };

/** A daily early course of member1's MO, long enough that its MO's coming bookings pass one page of 100. */
const COURSE = 'E2E Frühkurs';

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  const member = await new ApiClient(app.url).login('member1@kollektiv.example', DEMO_PASSWORD);
  const { me } = await member.data<{ me: { organization: { id: string } } }>('{ me { organization { id } } }');
  const { locations } = await member.data<{ locations: Array<{ address: string; rooms: Array<{ id: string; name: string }> }> }>(
    '{ locations { address rooms { id name } } }',
  );
  const room = locations
    .find((location) => location.address.startsWith('Zschochersche'))!
    .rooms.find((each) => each.name === 'Beratungsbüro')!;
  const day = nextOrdinary(MONDAY, app.services.clock());
  const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
  const { createBookingSeries } = await staff.data<{ createBookingSeries: { created: unknown[] } }>(
    `mutation ($input: BookingSeriesInput!) { createBookingSeries(input: $input, onConflict: SKIP) { created { id } } }`,
    {
      input: {
        organizationId: me.organization.id,
        roomId: room.id,
        title: COURSE,
        category: 'LANGUAGE_COURSE',
        start: houseTime(day, '09:00'),
        end: houseTime(day, '09:30'),
        rrule: 'FREQ=DAILY;COUNT=150',
      },
    },
  );
  expect(createBookingSeries.created.length).toBeGreaterThan(90);
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

/** The visible controls and text of `selector` that reach past the viewport's width: cut off on a small phone. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll<HTMLElement>('input, select, button, label, h2, h3, h4, p, summary, strong')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

/** What the shared card and form styles give an element: a white box with a border. */
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
      // the same shared styles on the account's feeds and the reports, which load without /admin too
      ['account', '/account', 'member1@kollektiv.example', '.feed.admin-card'],
      ['reports', '/reports', 'staff@kollektiv.example', '.reports .admin-form'],
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
      expect.soft({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
      // the smallest phones in use, and right to left
      await page.setViewportSize({ width: 360, height: 740 });
      expect.soft({ route, cut: await overflowing(page, 'body') }).toEqual({ route, cut: [] });
      await page.goto(`${app.url}${route}?lang=ar`);
      await page.locator(selector).first().waitFor();
      expect.soft({ route, ar: await axeViolations(page), cut: await overflowing(page, 'body') }).toEqual({ route, ar: [], cut: [] });
      await context.close();
    }
  });

  it('on a phone: cancel from the card with one question naming the booking, then undo; series grouped, filtered, past 100', async () => {
    const context = await freshContext('de-DE', 'member1@kollektiv.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/my-bookings`);
    const cards = page.locator('.my-booking');
    await cards.first().waitFor({ state: 'attached' });
    expect(await cards.count()).toBe(100);
    // before the rest is loaded the series says how many dates at least
    expect(await page.locator('.series-group', { hasText: COURSE }).locator('.meta').first().textContent()).toMatch(
      /Mindestens \d+ Termine/,
    );
    await page.getByRole('button', { name: 'Weitere Buchungen laden' }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(100);

    // the series' dates sit under their series; the filter shows one series alone, its dates open
    const course = page.locator('.series-group', { hasText: COURSE });
    expect(await course.locator('.meta').first().textContent()).toMatch(/Noch \d+ Termine/);
    await page.getByLabel('Zeigen').selectOption({ label: `Serie \u2068${COURSE}\u2069` });
    expect(await page.locator('.series-group').count()).toBe(1);
    expect(await course.locator('details').getAttribute('open')).not.toBeNull();
    await course.locator('h4').evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: (await screenshot(page, 'member-pages-6-series-filter')).replace('.png', '-viewport.png') });
    await page.getByLabel('Zeigen').selectOption('SINGLE');
    expect(await page.locator('.series-group').count()).toBe(0);

    // one question, naming the booking, in view; one button to confirm
    const card = page.locator('.my-booking').first();
    const title = (await card.locator('strong').textContent())!.trim();
    await card.getByRole('button', { name: /Buchung stornieren/ }).click();
    const question = page.getByRole('alertdialog', { name: 'Buchung stornieren?' });
    await question.waitFor();
    expect(await question.textContent()).toContain(title);
    expect(await page.getByRole('button', { name: 'Wirklich stornieren' }).count()).toBe(1);
    await page.screenshot({ path: `${await screenshot(page, 'member-pages-6-question')}`.replace('.png', '-viewport.png') });
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Wirklich stornieren' }).click();

    // the notice is in view, names what went, and offers undo, which has the focus
    const notice = page.locator('.my-bookings-notice');
    await expect.poll(() => notice.textContent()).toContain(`Storniert: „\u2068${title}\u2069“`);
    expect(await notice.isVisible()).toBe(true);
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Rückgängig');
    await page.screenshot({ path: `${await screenshot(page, 'member-pages-6-cancelled')}`.replace('.png', '-viewport.png') });
    const before = await page.locator('.my-booking', { hasText: title }).count();
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => notice.textContent()).toContain(`Wieder gebucht: „\u2068${title}\u2069“`);
    expect(await page.locator('.my-booking', { hasText: title }).count()).toBe(before + 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await overflowing(page, 'body')).toEqual([]);
    await context.close();
  });

  it('in Arabic: the cancel question reads right to left, isolates its data, and passes axe', async () => {
    const context = await freshContext('ar', 'member1@kollektiv.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/my-bookings?lang=ar`);
    await page.locator('.my-booking:visible').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.my-booking:visible .danger').first().click();
    const question = page.locator('#cancel-booking-question');
    await question.waitFor();
    expect(await question.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await question.getAttribute('dir')).toBeNull();
    expect(await question.textContent()).toMatch(/^سيُلغى «\u2068/);
    await page.screenshot({ path: `${await screenshot(page, 'member-pages-6-question-ar')}`.replace('.png', '-viewport.png') });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a change by the team shows as a badge in the header of any page, and its notice list opens from there', async () => {
    const context = await freshContext('de-DE', 'member1@kollektiv.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/mo`);
    const bell = page.locator('header').getByRole('button', { name: /^Mitteilungen/ });
    await bell.waitFor();
    // the bell's stream is open before the team acts, as for a person who has the page open
    await page.getByText('live', { exact: true }).waitFor();
    const count = page.locator('header .notice-count');
    const before = Number((await count.count()) ? await count.textContent() : 0);

    // the team cancels a date of the member's MO while the member reads another page
    const member = await new ApiClient(app.url).login('member1@kollektiv.example', DEMO_PASSWORD);
    const { myBookings } = await member.data<{ myBookings: Array<{ id: string; version: number; title: string }> }>(
      '{ myBookings(first: 200) { id version title } }',
    );
    const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const own = myBookings.find((booking) => booking.title === COURSE)!;
    await staff.data('mutation ($id: ID!, $v: Int!) { cancelBooking(id: $id, expectedVersion: $v, reason: "Wasserschaden") { id } }', {
      id: own.id,
      v: own.version,
    });
    await expect.poll(() => count.textContent(), { timeout: 5000 }).toBe(String(before + 1));
    await screenshot(page, 'member-pages-7-badge');

    // from the keyboard: open, read, close, and focus is back on the badge
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Mitteilungen' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(`„\u2068${COURSE}\u2069“`);
    expect(await panel.textContent()).toContain('Wasserschaden');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notice-panel-heading');
    await page.screenshot({ path: (await screenshot(page, 'member-pages-7-panel')).replace('.png', '-viewport.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await bell.evaluate((element) => element === document.activeElement)).toBe(true);

    // in Arabic the badge and the list read right to left and pass axe too
    await page.goto(`${app.url}/find?lang=ar`);
    const arabicBell = page.locator('header').getByRole('button', { name: /^الإشعارات/ });
    await arabicBell.click();
    await page.locator('#notice-panel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: (await screenshot(page, 'member-pages-7-panel-ar')).replace('.png', '-viewport.png') });
    await context.close();
  });
});
