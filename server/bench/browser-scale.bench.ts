import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp } from '../src/app/start.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { percentile } from './load.js';
import { benchChromium, freshDatabase, growToCity } from './bench-setup.js';

const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
/** The week measured: winter time, Monday to Sunday. */
const WEEK_START = '2027-01-11';
/** How long one change may take to appear before it counts as this long and the next one is made. */
const LIVE_TIMEOUT_MS = 60_000;

export interface ViewFigures {
  view: string;
  /** From navigation start until the first booking is on screen. */
  firstEventsMs: number;
  /** The longest main-thread task while the view loads and settles. */
  longestTaskMs: number;
  heapMiB: number;
  eventsInDom: number;
  /** Rooms drawn as rows: those near the window (client/src/calendar/rooms/), of one house's when the calendar pages by house. */
  roomsOnScreen: number;
}

export interface ScaleFigures {
  rooms: number;
  bookingsInWeek: number;
  views: ViewFigures[];
  /** A booking made through the API → on the open week-by-rooms screen, p50 and p99 over the changes. */
  liveP50Ms: number;
  liveP99Ms: number;
  /** Changes not on screen within LIVE_TIMEOUT_MS (counted as that long). */
  liveTimedOut: number;
  /** From an empty week back to the full one: until its first events are on screen. */
  switchWeekMs: number;
  /**
   * A member's phone (390 px) on Chromium's "Fast 3G" (562.5 ms round trip, 1.44 Mbit/s down) with a 4× slower
   * CPU and an empty cache: from navigation start until the day's first booking is listed.
   */
  throttledPhoneMs: number;
}

/**
 * The browser at the scale of a city: the demo's houses grown to `rooms` rooms with every room booked
 * hourly 08:00–18:00 for a week (`rooms` × 70 bookings), staff's calendar in Chromium. Times come from the
 * page's own clock; long tasks from the Long Tasks API; heap from Chromium's used JS heap after a GC.
 */
export async function benchBrowserScale(options: { baseUrl: string; rooms: number; changes: number }): Promise<ScaleFigures | null> {
  const executable = benchChromium('browser scale', CLIENT_DIST);
  if (!executable) return null;
  const database = await freshDatabase(options.baseUrl, 'scale');
  const databaseUrl = database.url;
  const defaults = loadConfig({ NODE_ENV: 'test' });
  const app = await startApp(
    { ...defaults, databaseUrl, port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, rateLimits: null },
    { log: () => {} },
  );
  let browser: Browser | null = null;
  try {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await growToCity(pool, options.rooms, WEEK_START);
    const bookingsInWeek = Number(
      (
        await pool.query<{ count: string }>(
          `SELECT count(*)::text AS count FROM booking WHERE starts_at >= $1::date AT TIME ZONE 'Europe/Berlin' AND starts_at < ($1::date + 7) AT TIME ZONE 'Europe/Berlin'`,
          [WEEK_START],
        )
      ).rows[0]?.count,
    );
    const rooms = (await pool.query<{ id: string }>('SELECT id FROM room ORDER BY sort_order, name')).rows.map((row) => row.id);
    const organizationId = (await pool.query<{ id: string }>('SELECT id FROM organization ORDER BY name LIMIT 1')).rows[0]!.id;
    await pool.end();

    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }` }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const [cookieName, cookieValue] = cookie.split('=') as [string, string];

    browser = await chromium.launch({
      executablePath: executable,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await context.addCookies([{ name: cookieName, value: cookieValue, url: app.url }]);
    // long tasks from the very start of each page
    await context.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('browser scale: page error', error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.error('browser scale: console', message.text().slice(0, 300));
    });

    const views: ViewFigures[] = [];
    for (const view of ['resourceTimelineWeek', 'resourceTimeGridDay']) {
      await page.goto(`${app.url}/calendar?view=${view}&date=${WEEK_START}`, { timeout: 120_000 });
      await page.locator('.rooms-booking').first().waitFor({ timeout: 120_000 });
      const firstEventsMs = await page.evaluate(() => performance.now());
      await page.waitForTimeout(3000);
      views.push({ view, firstEventsMs, ...(await settled(page)) });
    }

    // live: the week by rooms open, bookings made through the API in free evening slots
    await page.goto(`${app.url}/calendar?view=resourceTimelineWeek&date=${WEEK_START}`, { timeout: 120_000 });
    await page.locator('.rooms-booking').first().waitFor({ timeout: 120_000 });
    await page.getByText('live', { exact: true }).waitFor({ timeout: 30_000 });
    // the calendar draws a directory this large one house at a time (client/src/calendar/housePaging.ts), and of
    // it only the rooms near the window (client/src/calendar/rooms/): the changes are made in rooms it draws
    const roomsDrawn = await page.evaluate(() =>
      [...document.querySelectorAll('.rooms-row')].map((row) => row.getAttribute('data-room-id')!),
    );
    const latencies: number[] = [];
    let timedOut = 0;
    for (let change = 0; change < options.changes; change++) {
      const title = `Live ${change}`;
      // the page notes when an element with the title is added: a Playwright text locator would poll the
      // text of 7,000 events and force layouts, slowing the very thing measured
      await page.evaluate((expected) => {
        const watched = window as unknown as { appeared?: Promise<number> };
        watched.appeared = new Promise((resolve) => {
          const observer = new MutationObserver((records) => {
            for (const record of records)
              for (const node of record.addedNodes)
                if (node.textContent?.includes(expected)) {
                  observer.disconnect();
                  resolve(performance.timeOrigin + performance.now());
                  return;
                }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      }, title);
      const sent = Date.now();
      const answer = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
          variables: {
            input: {
              roomId: roomsDrawn[change % roomsDrawn.length],
              organizationId,
              title,
              category: 'MEETING',
              visibility: 'MEMBERS',
              // a free evening half hour per change: the next room, and once round the house, the next half hour
              start: eveningSlot(change, roomsDrawn.length, 0),
              end: eveningSlot(change, roomsDrawn.length, 30),
            },
          },
        }),
      });
      const result = (await answer.json()) as { errors?: unknown[] };
      if (!answer.ok || result.errors) throw new Error(`createBooking answered ${answer.status} ${JSON.stringify(result.errors)}`);
      const appears = () =>
        page.evaluate(
          (timeoutMs) =>
            Promise.race([
              (window as unknown as { appeared: Promise<number> }).appeared,
              new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
            ]),
          LIVE_TIMEOUT_MS,
        );
      // with BENCH_SCALE_PROFILE, where the first change's time goes, function by function
      let appearedAt: number | null = null;
      if (change === 0 && process.env.BENCH_SCALE_PROFILE)
        console.error('browser scale: live profile', JSON.stringify(await profileWhile(page, async () => (appearedAt = await appears()))));
      else appearedAt = await appears();
      if (appearedAt === null) timedOut += 1;
      latencies.push(appearedAt === null ? LIVE_TIMEOUT_MS : appearedAt - sent);
    }

    // the next week (empty) and back: until this week's events are on screen again
    await page.locator('.rooms-next').click();
    await page.waitForFunction(() => document.querySelectorAll('.rooms-booking').length === 0, undefined, {
      timeout: 120_000,
    });
    const switchStarted = await page.evaluate(() => performance.now());
    const back = async () => {
      await page.locator('.rooms-previous').click();
      await page.waitForFunction(() => document.querySelectorAll('.rooms-booking').length > 0, undefined, {
        timeout: 120_000,
      });
    };
    if (process.env.BENCH_SCALE_PROFILE) console.error('browser scale: switch profile', JSON.stringify(await profileWhile(page, back)));
    else await back();
    const switchWeekMs = (await page.evaluate(() => performance.now())) - switchStarted;

    const throttledPhoneMs = await firstBookingsOnThrottledPhone(browser, app.url, cookieName, cookieValue);

    return {
      rooms: rooms.length,
      bookingsInWeek,
      views,
      liveP50Ms: percentile(latencies, 50),
      liveP99Ms: percentile(latencies, 99),
      liveTimedOut: timedOut,
      switchWeekMs,
      throttledPhoneMs,
    };
  } finally {
    await browser?.close();
    await app.stop();
    await database.drop();
  }
}

/** 19:00 on the measured Monday plus half an hour for every round through the house's rooms. */
function eveningSlot(change: number, rooms: number, plusMinutes: number): string {
  const minutes = 19 * 60 + 30 * Math.floor(change / rooms) + plusMinutes;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${WEEK_START}T${time}:00+01:00`;
}

async function firstBookingsOnThrottledPhone(browser: Browser, baseUrl: string, cookieName: string, cookieValue: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  try {
    await context.addCookies([{ name: cookieName, value: cookieValue, url: baseUrl }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // DevTools' "Fast 3G" preset
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1.44 * 1024 * 1024) / 8,
      uploadThroughput: (675 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${baseUrl}/calendar?date=${WEEK_START}`, { timeout: 120_000 });
    await page.locator('.phone-entry').first().waitFor({ timeout: 120_000 });
    const listed = await page.evaluate(() => performance.now());
    // with BENCH_SCALE_PROFILE, the waterfall: what was asked when, and how long it took
    if (process.env.BENCH_SCALE_PROFILE)
      console.error(
        'browser scale: phone waterfall',
        JSON.stringify(
          await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((entry) => entry as PerformanceResourceTiming)
              .map((entry) => `${entry.name.split('/').pop()} ${Math.round(entry.startTime)}–${Math.round(entry.responseEnd)}`),
          ),
        ),
      );
    return listed;
  } finally {
    await context.close();
  }
}

async function settled(page: Page): Promise<Omit<ViewFigures, 'view' | 'firstEventsMs'>> {
  return page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      heapMiB: Math.round(((memory?.usedJSHeapSize ?? 0) / 2 ** 20) * 10) / 10,
      eventsInDom: document.querySelectorAll('.rooms-booking').length,
      roomsOnScreen: document.querySelectorAll('.rooms-row').length,
    };
  });
}

/** Where the page's main thread spends its time while `work` runs: the functions with the most samples. */
async function profileWhile(page: Page, work: () => Promise<unknown>): Promise<Array<{ name: string; samples: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[] };
  };
  const counts = new Map<number, number>();
  for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const name = `${node.callFrame.functionName} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + (counts.get(node.id) ?? 0));
  }
  return [{ name: 'all samples', samples: profile.samples.length }].concat(
    [...byFunction]
      .map(([name, samples]) => ({ name, samples }))
      .sort((a, b) => b.samples - a.samples)
      .slice(0, 20),
  );
}
