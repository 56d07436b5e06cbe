/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { ARTIFACTS, describeInBrowser, launchChromium, screenshot, signedInPage } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * Arabic and Farsi, on a desktop and a phone, measured as a reader sees them: nothing scrolls sideways, a
 * room's Latin name shows its start, the cancel question starts at the right. Attributes can be right while the
 * page is wrong, so these tests read boxes and pixels' places, not `dir`.
 */
let app: RunningApp;
let browser: Browser;
let day: string;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const CASES = [
  ['ar', 'desktop', DESKTOP],
  ['fa', 'desktop', DESKTOP],
  ['ar', 'phone', PHONE],
  ['fa', 'phone', PHONE],
] as const;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
  day = nextOrdinary(TUESDAY, app.services.clock());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function signedIn(language: string, viewport: { width: number; height: number }): Promise<Page> {
  return signedInPage(browser, app.url, { language, viewport, email: 'staff@kollektiv.example', password: DEMO_PASSWORD });
}

/** How far the page reaches beyond the window sideways (0 when nothing needs a sideways scroll). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describeInBrowser('right to left, in Arabic and Farsi', () => {
  it.each(CASES)('%s on a %s: the calendar and its list views never scroll sideways', async (language, size, viewport) => {
    const page = await signedIn(language, viewport);
    const widths: Record<string, number> = {};
    for (const view of ['resourceTimeGridDay', 'timeGridWeek', 'listWeek']) {
      await page.goto(`${app.url}/calendar?view=${view}&date=${day}`);
      await page.locator('.rooms-booking, .fc-event, .fc-list-event, .phone-entry').first().waitFor();
      widths[view] = await sidewaysOverflow(page);
      if (view === 'listWeek') await screenshot(page, `rtl-${language}-${size}-${view}`);
    }
    console.info(`sideways overflow, ${language} ${viewport.width}px:`, JSON.stringify(widths));
    expect(widths).toEqual({ resourceTimeGridDay: 0, timeGridWeek: 0, listWeek: 0 });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(CASES)('%s on a %s: the booking dialog’s pickers show the start of a Latin name', async (language, size, viewport) => {
    const page = await signedIn(language, viewport);
    await openBooking(page);
    const selects = await pickers(page, '.dialog');
    console.info(`pickers, ${language} ${viewport.width}px:`, JSON.stringify(selects));
    for (const id of ['booking-room', 'booking-organization'])
      await page.locator(`#${id}`).screenshot({ path: `${ARTIFACTS}/rtl-${language}-${size}-${id}.png` });
    expect(selects.length).toBeGreaterThan(1);
    for (const select of selects) expect(select, select.id).toMatchObject({ inside: true, startShown: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(CASES)('%s on a %s: an administration picker shows the start of a long Latin MO name', async (language, size, viewport) => {
    const page = await signedIn(language, viewport);
    await page.goto(`${app.url}/admin/people`);
    const filter = page.locator('#main label.filter select').first();
    await filter.waitFor();
    // the longest name there is, chosen as a person would
    const longest = await filter.evaluate(
      (select) =>
        [...(select as HTMLSelectElement).options].reduce((long, option) => (option.text.length > long.text.length ? option : long)).value,
    );
    await filter.selectOption(longest);
    const [layout] = await pickers(page, '#main label.filter');
    console.info(`administration picker, ${language} ${viewport.width}px:`, JSON.stringify(layout));
    await filter.screenshot({ path: `${ARTIFACTS}/rtl-${language}-${size}-admin-picker.png` });
    expect(layout).toMatchObject({ inside: true, startShown: true });
    await page.context().close();
  });

  it.each(CASES)('%s on a %s: the cancel question reads right to left', async (language, size, viewport) => {
    const page = await signedIn(language, viewport);
    const title = await openBooking(page);
    await page.locator('.dialog button.danger').first().click();
    const question = page.locator('#booking-cancel-question');
    await question.waitFor();
    const layout = await question.evaluate((element, bookingTitle) => {
      const text = element.firstChild as Text;
      const whole = text.data;
      const rectOf = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect();
      };
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      const firstMark = rectOf(0, 1);
      const at = whole.indexOf(bookingTitle);
      const titleBox = rectOf(at, at + bookingTitle.length);
      const end = whole.trimEnd().length;
      const questionMark = rectOf(end - 1, end);
      const dialog = element.closest('.dialog')!;
      const dialogStyle = getComputedStyle(dialog);
      const dialogRight = dialog.getBoundingClientRect().right - parseFloat(dialogStyle.paddingRight);
      return {
        // the sentence starts at the right edge of its box, and the box at the dialog's start (its right)
        startGap: Math.round(contentRight - firstMark.right),
        boxGap: Math.round(dialogRight - box.right),
        // the booking's title comes first (right), the question mark last (left, or on a later line)
        titleBeforeQuestion: titleBox.top < questionMark.top - 2 || titleBox.left > questionMark.right,
        titleWhole: rectOf(at, at + bookingTitle.length).width > 0 && whole.includes(bookingTitle),
        questionMark: whole.trim().slice(-1),
      };
    }, title);
    console.info(`cancel question, ${language} ${viewport.width}px:`, JSON.stringify(layout));
    await question.scrollIntoViewIfNeeded();
    await page.locator('.confirm-cancel').screenshot({ path: `${ARTIFACTS}/rtl-${language}-${size}-cancel-question.png` });
    expect(layout).toMatchObject({ titleBeforeQuestion: true, titleWhole: true, questionMark: '؟' });
    expect(Math.abs(layout.startGap)).toBeLessThanOrEqual(2);
    expect(Math.abs(layout.boxGap)).toBeLessThanOrEqual(24);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

/**
 * Where the selects inside `within` show their chosen option. Chromium paints a closed select's option in a box
 * of its own that no script reaches: the same words, font, directions and width (less the arrow) laid out
 * beside it show where each letter lands; the screenshots show the select itself.
 */
function pickers(page: Page, within: string) {
  return page.locator(`${within} select`).evaluateAll(
    (elements, within) =>
      (elements as HTMLSelectElement[]).map((select) => {
        const option = select.selectedOptions[0]!;
        const style = getComputedStyle(select);
        const box = select.getBoundingClientRect();
        const dialog = select.closest(within)!.getBoundingClientRect();
        const arrow = 24;
        const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
        const frame = document.createElement('div');
        Object.assign(frame.style, { position: 'absolute', top: '0', width: `${width}px`, overflow: 'hidden', whiteSpace: 'pre' });
        frame.style.font = style.font;
        frame.style.direction = style.direction;
        const words = document.createElement('div');
        words.style.direction = getComputedStyle(option).direction;
        words.style.unicodeBidi = getComputedStyle(option).unicodeBidi;
        words.textContent = option.text.trim();
        frame.append(words);
        document.body.append(frame);
        const letters = words.firstChild as Text;
        const text = letters.data;
        // the first letter of the first Latin name: "M" of "Migrantinnen-Netzwerk", "G" of "Großer Saal"
        const first = text.search(/\p{Script=Latin}/u);
        let startShown = true;
        if (first >= 0) {
          const range = document.createRange();
          range.setStart(letters, first);
          range.setEnd(letters, first + 1);
          const letter = range.getBoundingClientRect();
          const shown = frame.getBoundingClientRect();
          startShown = letter.left >= shown.left - 0.5 && letter.right <= shown.right + 0.5;
        }
        const whole = document.createRange();
        whole.selectNodeContents(words);
        const textWidth = whole.getBoundingClientRect().width;
        frame.remove();
        return {
          id: select.id,
          text,
          inside: box.left >= dialog.left - 0.5 && box.right <= dialog.right + 0.5 && box.right <= window.innerWidth,
          startShown,
          textWidth: Math.round(textWidth),
          shownWidth: Math.round(width),
        };
      }),
    within,
  );
}

/** Opens the first booking with a Latin title (from the week list, or the phone's day list) and answers its title. */
async function openBooking(page: Page): Promise<string> {
  await page.goto(`${app.url}/calendar?view=listWeek&date=${day}`);
  const entry = page
    .locator('.fc-list-event, .phone-entry:not(.free-entry)')
    .filter({ hasText: /[A-Za-z]{3}/ })
    .first();
  await entry.waitFor();
  const title = (await entry.locator('.event-title, .what').first().textContent())?.replace('↻', '').trim() ?? '';
  const link = entry.locator('a');
  await ((await link.count()) > 0 ? link.first() : entry).click();
  await page.locator('.dialog').waitFor();
  return title;
}
