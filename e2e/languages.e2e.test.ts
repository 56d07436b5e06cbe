/// <reference lib="dom" />
/// <reference types="vite/client" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';

/** Every language file of the client, as the UI gets it. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../client/src/i18n/locales/*.ts', { eager: true });
const messages: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.split('/').at(-1)!.replace('.ts', ''), module.default]),
);
const text = (language: string, key: string): string =>
  String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[language]));
const RIGHT_TO_LEFT = ['ar', 'fa'];

/** German sentences of the UI (not data such as room names): none may show on a page in another language. */
function germanSentences(language: string): string[] {
  const leaves = (tree: Record<string, unknown>, prefix = ''): Array<[string, string]> =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? leaves(value as Record<string, unknown>, `${prefix}${key}.`)
        : [[`${prefix}${key}`, String(value)] as [string, string]],
    );
  const other = Object.fromEntries(leaves(messages[language]!));
  return leaves(messages.de!)
    .filter(([key, value]) => value.length >= 14 && !/[{}|]/.test(value) && other[key] !== value)
    .map(([, value]) => value);
}

async function germanOnPage(page: Page, language: string): Promise<string[]> {
  const shown = await page.evaluate(() => document.body.innerText);
  return germanSentences(language).filter((sentence) => shown.includes(sentence));
}

let app: RunningApp;
let browser: Browser;
let day: string;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  day = nextOrdinary(TUESDAY, app.services.clock());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function contextIn(locale: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale, timezoneId: 'Europe/Berlin' });
}

async function signIn(page: Page, email: string, language: string) {
  await page.goto(`${app.url}/login?lang=${language}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page
    .getByRole('button', { name: text(language, 'login.submit'), exact: true })
    .last()
    .click();
  await page.waitForURL(/\/calendar/);
}

const htmlLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describeInBrowser('the UI in every language', () => {
  it.each(Object.keys(messages).sort())('%s: ?lang= shows it, with <html lang> and dir, also after a reload', async (language) => {
    const context = await contextIn('de-DE');
    const page = await context.newPage();
    await page.goto(`${app.url}/login?lang=${language}`);
    const heading = page.getByRole('heading', { name: text(language, 'login.heading'), exact: true });
    await heading.waitFor();
    if (language !== 'de') expect(text(language, 'login.heading')).not.toBe(text('de', 'login.heading'));
    const expected = { lang: language, dir: RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr' };
    expect(await htmlLanguage(page)).toEqual(expected);
    // the choice is remembered: a reload without ?lang= keeps it
    await page.goto(`${app.url}/login`);
    await heading.waitFor();
    expect(await htmlLanguage(page)).toEqual(expected);
    await context.close();
  });

  it('opens in Arabic for a browser set to Arabic, right to left, with no German on the page', async () => {
    const context = await contextIn('ar');
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByRole('heading', { name: text('ar', 'login.heading'), exact: true }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await germanOnPage(page, 'ar')).toEqual([]);
    await context.close();
  });
});

describeInBrowser('a member in Arabic', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await contextIn('ar');
    page = await context.newPage();
    await signIn(page, 'member1@kollektiv.example', 'ar');
    await page.goto(`${app.url}/calendar?view=resourceTimeGridDay&date=${day}`);
    await page.locator('.rooms-booking').first().waitFor();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('sees the calendar right to left: the rooms’ names at the right, the first room at the top, the hours from right to left', async () => {
    const geometry = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.rooms-row')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      const head = rows[0]!.querySelector('.rooms-row-head')!.getBoundingClientRect();
      const time = rows[0]!.querySelector('.rooms-row-time')!.getBoundingClientRect();
      const hours = [...document.querySelectorAll('.rooms-head-cell')].map((cell) => cell.getBoundingClientRect().left);
      return { firstId: rows[0]!.dataset.roomId, namesRight: head.left >= time.right - 1, hoursRightToLeft: hours[0]! > hours.at(-1)! };
    });
    const answer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ locations { rooms { id } } }' }),
    });
    const { data } = (await answer.json()) as { data: { locations: Array<{ rooms: Array<{ id: string }> }> } };
    const firstRoom = data.locations[0]!.rooms[0]!.id;
    expect(geometry).toEqual({ firstId: firstRoom, namesRight: true, hoursRightToLeft: true });
    await screenshot(page, 'lang-ar-01-day-view');
    expect(await germanOnPage(page, 'ar')).toEqual([]);
  });

  it('books through the dialog, whose labels sit at the right of their fields', async () => {
    await page.getByRole('button', { name: text('ar', 'calendar.newBooking') }).click();
    const dialog = page.getByRole('dialog');
    const title = dialog.getByLabel(text('ar', 'dialog.title'), { exact: true });
    // where the label's words are (its box spans the row; its text sits at one end)
    const labelBox = await dialog.locator('label[for="booking-title"]').evaluate((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      const box = range.getBoundingClientRect();
      return { x: box.x, width: box.width };
    });
    const fieldBox = await title.boundingBox();
    // right-aligned: the words end where the field ends, and start well to the right of the field's start
    expect(Math.abs(labelBox.x + labelBox.width - (fieldBox!.x + fieldBox!.width))).toBeLessThan(3);
    expect(labelBox.x).toBeGreaterThan(fieldBox!.x + fieldBox!.width / 2);
    await title.fill('مقهى اللغة');
    await dialog.getByLabel(text('ar', 'dialog.date'), { exact: true }).fill(day);
    await dialog.getByLabel(text('ar', 'dialog.start'), { exact: true }).fill('13:00');
    await dialog.getByLabel(text('ar', 'dialog.end'), { exact: true }).fill('14:00');
    await screenshot(page, 'lang-ar-02-booking-dialog');
    expect(await germanOnPage(page, 'ar')).toEqual([]);
    await dialog.getByRole('button', { name: text('ar', 'dialog.save'), exact: true }).click();
    await page.locator('.rooms-booking', { hasText: 'مقهى اللغة' }).waitFor();
  });

  it('meets a conflict and reads it in Arabic', async () => {
    await page.getByRole('button', { name: text('ar', 'calendar.newBooking') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text('ar', 'dialog.title'), { exact: true }).fill('تصادم');
    await dialog.getByLabel(text('ar', 'dialog.date'), { exact: true }).fill(day);
    await dialog.getByLabel(text('ar', 'dialog.start'), { exact: true }).fill('13:30');
    await dialog.getByLabel(text('ar', 'dialog.end'), { exact: true }).fill('14:30');
    await dialog.getByRole('button', { name: text('ar', 'dialog.save'), exact: true }).click();
    // the Arabic conflict message, its placeholders filled with the booking in the way
    const pattern = text('ar', 'errors.conflict')
      .replace(/[.*+?^$()[\]\\]/g, '\\$&')
      .replace(/\{\w+\}/g, '.+');
    await dialog.getByText(new RegExp(pattern)).waitFor();
    expect(await dialog.getByText(new RegExp(pattern)).textContent()).toContain('مقهى اللغة');
    await screenshot(page, 'lang-ar-03-conflict');
    expect(await germanOnPage(page, 'ar')).toEqual([]);
    await dialog.getByRole('button', { name: text('ar', 'dialog.close') }).click();
  });

  it('moves the booking without dragging, and never meets a German sentence', async () => {
    await page.locator('.rooms-booking', { hasText: 'مقهى اللغة' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: text('ar', 'dialog.moveTo') }).click();
    const moveDialog = page.getByRole('dialog');
    await moveDialog.getByLabel(text('ar', 'dialog.start'), { exact: true }).fill('15:00');
    await moveDialog.getByLabel(text('ar', 'dialog.end'), { exact: true }).fill('16:00');
    await screenshot(page, 'lang-ar-04-move-dialog');
    expect(await germanOnPage(page, 'ar')).toEqual([]);
    await moveDialog.getByRole('button', { name: text('ar', 'move.submit'), exact: true }).click();
    // the move is said with where the booking is now, in Arabic
    await page
      .getByRole('status')
      .getByText(/مقهى اللغة.*أصبح الآن/)
      .waitFor();
    await expect.poll(async () => (await page.locator('.rooms-booking', { hasText: 'مقهى اللغة' }).textContent()) ?? '').toContain('15:00');
    expect(await germanOnPage(page, 'ar')).toEqual([]);
  });
});
