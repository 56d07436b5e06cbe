/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signedInPage } from './browser.js';
import { startDemoApp } from './demo-app.js';
import { slotLane } from './calendar-drag.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';

/**
 * axe-core (WCAG 2.2 A and AA) on every page and dialog, in German and in Arabic (right to left), with
 * screenshots of each in Arabic and Ukrainian for people to look at.
 */
let app: RunningApp;
let browser: Browser;
let day: string;
let displayPath: string;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  day = nextOrdinary(TUESDAY, app.services.clock());
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }` }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const houses = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ locations { id } }' }),
  });
  const locationId = ((await houses.json()) as { data: { locations: Array<{ id: string }> } }).data.locations[0]!.id;
  const link = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: `mutation ($l: ID!) { createDisplayLink(locationId: $l, languages: ["de", "ar", "uk"]) { path } }`,
      variables: { l: locationId },
    }),
  });
  displayPath = ((await link.json()) as { data: { createDisplayLink: { path: string } } }).data.createDisplayLink.path;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Step = { name: string; visit: (page: Page) => Promise<void> };

const calendarView = (view: string): Step => ({
  name: `calendar-${view}`,
  visit: async (page) => {
    await page.goto(`${app.url}/calendar?view=${view}&date=${day}`);
    await page.locator('.fc, .rooms-view').first().waitFor();
    await page.locator('.fc-event, .fc-list-event, .rooms-booking').first().waitFor();
  },
});

const STEPS: Step[] = [
  calendarView('resourceTimeGridDay'),
  calendarView('resourceTimelineWeek'),
  calendarView('timeGridWeek'),
  calendarView('listWeek'),
  {
    name: 'booking-dialog',
    visit: async (page) => {
      await calendarView('resourceTimeGridDay').visit(page);
      await page.locator('.rooms-booking').first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'move-dialog',
    visit: async (page) => {
      // "Verschieben …" leads the booking dialog, so a keyboard move starts with Enter
      await page.locator('.dialog .move-first').click();
      await page.locator('#move-dialog-heading').waitFor();
    },
  },
  {
    name: 'admin-houses',
    visit: async (page) => (await page.goto(`${app.url}/admin/houses`), await page.locator('.admin-card').first().waitFor()),
  },
  {
    name: 'admin-organizations',
    visit: async (page) => (await page.goto(`${app.url}/admin/organizations`), await page.locator('.admin-card').first().waitFor()),
  },
  {
    name: 'admin-people',
    visit: async (page) => (await page.goto(`${app.url}/admin/people`), await page.locator('.admin-card').first().waitFor()),
  },
  {
    name: 'admin-coaching',
    visit: async (page) => (await page.goto(`${app.url}/admin/coaching`), await page.locator('.coaching-request').first().waitFor()),
  },
  {
    name: 'coaching',
    visit: async (page) => (await page.goto(`${app.url}/coaching`), await page.locator('.coaching-card').first().waitFor()),
  },
  {
    // staff see the request's organisation, staff-only notes and the schedule button
    name: 'coaching-request',
    visit: async (page) => {
      await page.locator('.coaching-card h3 a').first().click();
      await page.locator('.request-facts').waitFor();
    },
  },
  {
    name: 'network',
    visit: async (page) => (await page.goto(`${app.url}/network`), await page.locator('.network-card').first().waitFor()),
  },
  {
    // staff read a meeting with its agenda; the MO's answer form is not theirs
    name: 'network-meeting',
    visit: async (page) => {
      await page.locator('.network-card h4 a').first().click();
      await page.locator('.network-facts').waitFor();
    },
  },
  {
    name: 'network-proposals',
    visit: async (page) => (await page.goto(`${app.url}/network/proposals`), await page.locator('.network-card').first().waitFor()),
  },
  { name: 'admin-audit', visit: async (page) => (await page.goto(`${app.url}/admin/audit`), await page.locator('.admin-table').waitFor()) },
  { name: 'account', visit: async (page) => (await page.goto(`${app.url}/account`), await page.locator('#account-name').waitFor()) },
];

function signedIn(language: string, viewport = { width: 1280, height: 900 }, email = 'staff@kollektiv.example'): Promise<Page> {
  return signedInPage(browser, app.url, { language, viewport, email, password: DEMO_PASSWORD });
}

describeInBrowser('accessibility, in German and in Arabic', () => {
  it.each(['de', 'ar'])(
    '%s: axe finds nothing on the login page, any calendar view, dialog, administration or account page',
    async (language) => {
      const found: Record<string, unknown> = {};
      const visitor = await (await browser.newContext({ locale: 'de-DE' })).newPage();
      await visitor.goto(`${app.url}/login?lang=${language}`);
      await visitor.locator('#login-email').waitFor();
      found.login = await axeViolations(visitor);
      await keepScreenshot(visitor, language, 'login');
      await visitor.goto(`${app.url}/forgot-password`);
      found.forgotPassword = await axeViolations(visitor);
      await visitor.context().close();

      const page = await signedIn(language);
      for (const step of STEPS) {
        await step.visit(page);
        found[step.name] = await axeViolations(page);
        await keepScreenshot(page, language, step.name);
      }
      await page.context().close();

      // a member's account page adds their MO's description in every language, each field in its direction
      const member = await signedIn(language, undefined, 'member1@kollektiv.example');
      await member.goto(`${app.url}/account`);
      await member.locator('#organization-description').waitFor();
      expect(await member.locator('#organization-translation-ar').getAttribute('dir')).toBe('rtl');
      found.memberAccount = await axeViolations(member);
      await screenshot(member, `a11y-member-account-${language}`);
      await member.context().close();
      expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => (violations as unknown[]).length > 0))).toEqual({});
    },
  );

  it.each(['de', 'ar'])('%s: axe finds nothing in the phone view', async (language) => {
    const page = await signedIn(language, { width: 390, height: 844 });
    await page.goto(`${app.url}/calendar?date=${day}`);
    await page.locator('.phone-entry').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, language, 'phone');
    await page.context().close();
  });

  it('axe finds nothing on a wall display speaking German, Arabic and Ukrainian, nor on the all-houses screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${app.url}${displayPath}`);
    await page.locator('.display-room').first().waitFor();
    await page.locator('.display-date [lang="ar"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-display-de-ar-uk');
    await page.goto(`${app.url}/display?languages=ar,de`);
    await page.locator('.display-room').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describeInBrowser('for eyes and hands', () => {
  /** Elements wider than the window: what a reader would have to scroll sideways for. */
  const overflowing = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *, header *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && element.offsetParent !== null)
        .filter((element) => !element.closest('.fc-scroller, .rooms-scroll, .admin-table-wrap'))
        .map((element) => `${element.tagName}.${element.className}`)
        .slice(0, 5),
    );

  it.each(['de', 'ar'])(
    '%s: text at twice the size loses nothing on the login page, the phone view and the administration',
    async (language) => {
      const phone = await signedIn(language, { width: 390, height: 844 });
      await phone.goto(`${app.url}/calendar?date=${day}`);
      await phone.locator('.phone-entry').first().waitFor();
      await phone.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await overflowing(phone), 'phone calendar').toEqual([]);
      await screenshot(phone, `a11y-${language}-phone-200`);
      await phone.goto(`${app.url}/login`);
      await phone.locator('#login-email').waitFor();
      await phone.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await screenshot(phone, `a11y-${language}-login-200`);
      expect(await overflowing(phone), 'login').toEqual([]);
      await phone.context().close();
      const desk = await signedIn(language);
      await desk.goto(`${app.url}/admin/houses`);
      await desk.locator('.admin-card').first().waitFor();
      await desk.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await screenshot(desk, `a11y-${language}-admin-200`);
      expect(await overflowing(desk), 'administration').toEqual([]);
      await desk.context().close();
    },
  );

  it('keeps the slot chosen by dragging in the plain week visible behind the booking dialog, in colours that pass', async () => {
    const page = await signedIn('de');
    await page.goto(`${app.url}/calendar?view=timeGridWeek&date=${day}`);
    await page.locator('.fc-timegrid-event').first().waitFor();
    // the day's column, early in the day
    const column = (await page.locator(`th.fc-col-header-cell[data-date="${day}"]`).boundingBox())!;
    const from = (await slotLane(page, '09:00').boundingBox())!;
    const to = (await slotLane(page, '10:00').boundingBox())!;
    const x = column.x + column.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 12; step++) await page.mouse.move(x, from.y + ((to.y - from.y) * step) / 12 + from.height / 2);
    await page.waitForTimeout(150);
    await page.mouse.up();
    await page.getByRole('dialog').waitFor();
    const colours = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const linear = (channel: number) => ((channel /= 255) <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const ratio = (a: number[], b: number[]) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      };
      const mirror = document.querySelector<HTMLElement>('.fc-event-mirror');
      if (!mirror) return null;
      const style = getComputedStyle(mirror);
      const text = getComputedStyle(mirror.querySelector('.fc-event-main') ?? mirror).color;
      return {
        // against the white grid: the chosen slot is a graphical object that must stand out (WCAG 1.4.11)
        againstGrid: ratio(rgb(style.backgroundColor), [255, 255, 255]),
        // its time, read behind the dimmed backdrop too (WCAG 1.4.3)
        text: ratio(rgb(text), rgb(style.backgroundColor)),
      };
    });
    await screenshot(page, 'a11y-de-selection-behind-dialog');
    expect(colours).not.toBeNull();
    expect(colours!.againstGrid).toBeGreaterThanOrEqual(3);
    expect(colours!.text).toBeGreaterThanOrEqual(4.5);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows where the keyboard is on the calendar’s own toolbars: FullCalendar’s and the rooms view’s', async () => {
    const page = await signedIn('de');
    const ringAfterShiftTab = async (from: string) => {
      await page.locator(from).focus();
      await page.keyboard.press('Shift+Tab');
      return page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const style = getComputedStyle(focused);
        return { className: focused.className, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
    };
    await page.goto(`${app.url}/calendar?view=timeGridWeek&date=${day}`);
    await page.locator('.fc-prev-button').waitFor();
    const fullCalendar = await ringAfterShiftTab('.fc-today-button');
    expect(fullCalendar.className).toContain('fc-');
    expect(fullCalendar.outline).toMatch(/^solid [3-9]px$/);
    await page.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}`);
    await page.locator('.rooms-today').waitFor();
    const rooms = await ringAfterShiftTab('.rooms-today');
    expect(rooms.className).toContain('rooms-next');
    expect(rooms.outline).toMatch(/^solid [3-9]px$/);
    await page.context().close();
  });
});

/** Every page is kept as a screenshot in Arabic and Ukrainian; the Arabic ones are taken during its axe pass. */
const SCREENSHOT_LANGUAGES = ['ar', 'uk'];
async function keepScreenshot(page: Page, language: string, name: string): Promise<void> {
  if (SCREENSHOT_LANGUAGES.includes(language)) await screenshot(page, `page-${language}-${name}`);
}

describeInBrowser('screenshots in Ukrainian (Arabic ones come from its axe pass)', () => {
  it.each(SCREENSHOT_LANGUAGES.filter((language) => language !== 'ar'))('%s: every page', async (language) => {
    const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })).newPage();
    await visitor.goto(`${app.url}/login?lang=${language}`);
    await visitor.locator('#login-email').waitFor();
    await screenshot(visitor, `page-${language}-login`);
    await visitor.context().close();
    const page = await signedIn(language);
    for (const step of STEPS) {
      await step.visit(page);
      await screenshot(page, `page-${language}-${step.name}`);
    }
    await page.context().close();
    const phone = await signedIn(language, { width: 390, height: 844 });
    await phone.goto(`${app.url}/calendar?date=${day}`);
    await phone.locator('.phone-entry').first().waitFor();
    await screenshot(phone, `page-${language}-phone`);
    await phone.context().close();
  });
});
