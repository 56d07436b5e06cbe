/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * What staff read on `/admin` about backups: that none was ever taken (and that this installation takes none
 * itself), a warning once the last one is older than a day, and a plain line when it is recent, in German on a
 * desktop and in Arabic on a phone.
 */
let app: RunningApp;
let browser: Browser;
const HOUR = 3600_000;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A finished backup as the schedule or `npm run backup` records it, taken `hoursAgo` before the app's now. */
async function backupTaken(hoursAgo: number): Promise<void> {
  const taken = new Date(app.services.clock().getTime() - hoursAgo * HOUR);
  await app.services.database.dataSource.query(
    `INSERT INTO backup_run (started_at, finished_at, file_name, bytes) VALUES ($1, $1, 'kollektiv-test.jsonl.gz', 1000)`,
    [taken.toISOString()],
  );
}

describeInBrowser('the backup notice on /admin', () => {
  it('warns when there is no backup, then when the last is older than a day, and is quiet when it is recent', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    const notice = page.locator('.backup-notice');

    await page.goto(`${app.url}/admin?lang=de`);
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.innerText()).toContain('Es wurde noch keine Sicherung angelegt.');
    expect(await notice.innerText()).toContain('BACKUP_DIR');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'backup-notice-01-none-de');

    await backupTaken(30);
    await page.reload();
    await expect.poll(() => notice.innerText()).toContain('Letzte Sicherung');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.innerText()).toContain('älter als einen Tag');
    // the warning is drawn as one: the danger colour, not only the words
    const colours = await notice.evaluate((element) => {
      const style = getComputedStyle(element);
      return { text: style.color, line: style.borderInlineStartColor };
    });
    expect(colours.text).toBe(colours.line);
    expect(colours.text).not.toBe('rgb(0, 0, 0)');
    await screenshot(page, 'backup-notice-02-stale-de');

    await backupTaken(2);
    await page.reload();
    await expect.poll(() => notice.innerText()).not.toContain('älter als einen Tag');
    expect(await notice.getAttribute('role')).toBeNull();
    expect(await notice.innerText()).toMatch(/^Letzte Sicherung: \d\d\.\d\d\.\d{4}, \u2066?\d\d:\d\d/);
    await screenshot(page, 'backup-notice-03-recent-de');
    await page.close();
  });

  it('reads right to left in Arabic on a phone', async () => {
    await app.services.database.dataSource.query(`DELETE FROM backup_run`);
    await backupTaken(48);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'de-DE' });
    await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    await page.goto(`${app.url}/admin?lang=ar`);
    const notice = page.locator('.backup-notice');
    await expect.poll(() => notice.innerText()).toContain('آخر نسخة احتياطية');
    expect(await notice.innerText()).toContain('أقدم من يوم واحد');
    // right to left, the warning's bar stands on the right and nothing runs off the screen
    const box = await notice.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, width: window.innerWidth, border: getComputedStyle(element).borderRightWidth };
    });
    expect(box.border).toBe('4px');
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'backup-notice-04-stale-ar');
    await page.close();
  });
});
