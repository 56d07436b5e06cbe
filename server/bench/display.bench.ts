import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { startApp } from '../src/app/start.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { houseTime, REFERENCE_NOW } from '../test/dates.js';
import { percentile } from './load.js';
import { benchChromium, freshDatabase } from './bench-setup.js';

// another build may be measured beside this one, as with the phone (`BENCH_CLIENT_DIST`)
const CLIENT_DIST =
  process.env.BENCH_CLIENT_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
/** The day on the wall: an ordinary Tuesday, 10:00 in Leipzig (the browser tests' day), server and screen alike. */
const DAY = REFERENCE_NOW.slice(0, 10);
/** The tablet: a 1280×800 screen whose CPU is four times slower than this machine's. */
const VIEWPORT = { width: 1280, height: 800 };
const CPU_SLOWDOWN = 4;
/** Rooms of the measured house, the demo's four grown to a large centre's. */
const ROOMS = 16;
const HOUR_MS = 3_600_000;

export interface LoadFigures {
  /** From navigation start until the house's rooms with their current bookings and the rest of the day are on screen. */
  shownMs: number;
  /** The longest main-thread task from navigation start until two seconds after that. */
  longestTaskMs: number;
}

/** What a forced GC leaves and what the document holds (Chromium's own counters). */
export interface MemoryFigures {
  heapMiB: number;
  /** Every live node; how many are in the document depends on the page of rooms and of the day on screen. */
  nodes: number;
  /** Nodes alive but out of the document after the GC: something still holds them. */
  detachedNodes: number;
  listeners: number;
}

export interface DisplayFigures {
  rooms: number;
  bookingsToday: number;
  /** Each from a new context (empty cache and storage); reloads of the same page for `warm`. */
  cold: LoadFigures[];
  warm: LoadFigures[];
  changes: {
    count: number;
    /** Wall time the API took for all of them, one after the other. */
    seconds: number;
    before: MemoryFigures;
    /** Half way: growth in the first half only is warming up, growth in both halves a leak. */
    middle: MemoryFigures;
    after: MemoryFigures;
    /** The last change (a booking renamed) seen on the screen, and how long after its answer. */
    lastShown: boolean;
    lastShownMs: number;
  };
  /** The screen's own timers run through a whole day and night (Playwright's clock), heap and DOM before and after. */
  longDay: {
    hours: number;
    /** Wall time those 24 hours of ticks took (at this machine's speed: the CPU is not slowed for it). */
    seconds: number;
    before: MemoryFigures;
    after: MemoryFigures;
  };
}

/**
 * The wall display of one busy house on a tablet: the demo's first house grown to 16 rooms, each booked for
 * 45 minutes of every hour it is open (08:00–22:00), the screen opened with its display link. Load times come
 * from the page's own timeline (`document.timeline`, which Playwright's clock leaves real), long
 * tasks from the Long Tasks API, heap from Chromium after a forced GC, nodes and listeners from
 * `Memory.getDOMCounters`.
 */
export async function benchDisplay(options: {
  baseUrl: string;
  changes: number;
  loads: number;
  hours: number;
}): Promise<DisplayFigures | null> {
  const executable = benchChromium('display', CLIENT_DIST);
  if (!executable) return null;
  const database = await freshDatabase(options.baseUrl, 'display');
  const databaseUrl = database.url;
  // the server lives at the screen's day, so "now", "next" and "later today" are the same on every run
  // the server's clock moves on with the screen's through the long day: a display reads only the bookings
  // of the server's today (auth/policy.ts)
  let offset = new Date(REFERENCE_NOW).getTime() - Date.now();
  const clock = () => new Date(Date.now() + offset);
  const defaults = loadConfig({ NODE_ENV: 'test' });
  const app = await startApp(
    { ...defaults, databaseUrl, port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, rateLimits: null },
    { log: () => {}, clock },
  );
  let browser: Browser | null = null;
  try {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    const houseId = (await pool.query<{ id: string }>(`SELECT id FROM location WHERE address LIKE 'Zschochersche%'`)).rows[0]!.id;
    const existing = Number(
      (await pool.query<{ count: string }>('SELECT count(*)::text AS count FROM room WHERE location_id = $1', [houseId])).rows[0]?.count,
    );
    await pool.query(
      `INSERT INTO room (location_id, name, capacity, sort_order)
       SELECT $1, 'Raum ' || n, 12, 100 + n FROM generate_series(1, $2::int) n`,
      [houseId, ROOMS - existing],
    );
    // every room, every hour 08:00–21:00 for 45 minutes, next to what the demo already booked; the next day
    // alike, so the screen 24 hours on shows a day like the first
    await pool.query(
      `WITH organizations AS (SELECT array_agg(id ORDER BY id) AS ids FROM organization)
       INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at, visibility)
       SELECT r.id, o.ids[1 + abs(hashtext(r.id::text || h::text)) % array_length(o.ids, 1)], 'Termin ' || r.name || ' ' || h, 'MEETING',
              ($2::date + d + make_interval(hours => h)) AT TIME ZONE 'Europe/Berlin',
              ($2::date + d + make_interval(hours => h, mins => 45)) AT TIME ZONE 'Europe/Berlin', 'MEMBERS'
         FROM room r, organizations o, generate_series(8, 21) h, generate_series(0, 1) d
        WHERE r.location_id = $1
       ON CONFLICT DO NOTHING`,
      [houseId, DAY],
    );
    await pool.query('ANALYZE');
    const bookingsToday = Number(
      (
        await pool.query<{ count: string }>(
          `SELECT count(*)::text AS count FROM booking b JOIN room r ON r.id = b.room_id
            WHERE r.location_id = $1 AND b.status <> 'CANCELLED'
              AND b.starts_at < ($2::date + 1) AT TIME ZONE 'Europe/Berlin' AND b.ends_at > $2::date AT TIME ZONE 'Europe/Berlin'`,
          [houseId, DAY],
        )
      ).rows[0]?.count,
    );
    // the quarter hours left free (hh:45–hh+1:00) from 11:45, well after the screen's "now": the changes land there
    const free = (
      await pool.query<{ room_id: string; starts_at: Date }>(
        `SELECT r.id AS room_id, ($2::date + make_interval(hours => h, mins => 45)) AT TIME ZONE 'Europe/Berlin' AS starts_at
           FROM room r, generate_series(11, 21) h
          WHERE r.location_id = $1 AND r.active
            AND NOT EXISTS (
              SELECT 1 FROM booking b WHERE b.room_id = r.id AND b.status <> 'CANCELLED'
                 AND b.starts_at < ($2::date + make_interval(hours => h + 1)) AT TIME ZONE 'Europe/Berlin'
                 AND b.ends_at > ($2::date + make_interval(hours => h, mins => 45)) AT TIME ZONE 'Europe/Berlin')
          ORDER BY h, r.sort_order`,
        [houseId, DAY],
      )
    ).rows.map((row) => ({
      roomId: row.room_id,
      start: row.starts_at.toISOString(),
      end: new Date(row.starts_at.getTime() + 15 * 60_000).toISOString(),
    }));
    const organizationId = (await pool.query<{ id: string }>('SELECT id FROM organization ORDER BY name LIMIT 1')).rows[0]!.id;
    // the booking renamed last is one running at 10:00 in a room the screen shows at that moment
    const running = new Map(
      (
        await pool.query<{ room: string; id: string; version: number }>(
          `SELECT r.name AS room, b.id, b.version FROM booking b JOIN room r ON r.id = b.room_id
            WHERE r.location_id = $1 AND b.status <> 'CANCELLED' AND b.starts_at <= $2 AND b.ends_at > $2`,
          [houseId, houseTime(DAY, '10:00')],
        )
      ).rows.map((row) => [row.room, { id: row.id, version: row.version }]),
    );
    const rooms = Number(
      (await pool.query<{ count: string }>('SELECT count(*)::text AS count FROM room WHERE location_id = $1 AND active', [houseId])).rows[0]
        ?.count,
    );
    await pool.end();

    let cookie = '';
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      const body = (await response.json()) as { data: T; errors?: unknown[] };
      if (!response.ok || body.errors) throw new Error(`display bench: ${response.status} ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    await gql(`mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }`);
    const { createDisplayLink } = await gql<{ createDisplayLink: { path: string } }>(
      `mutation ($locationId: ID!) { createDisplayLink(locationId: $locationId, label: "Bench") { path } }`,
      { locationId: houseId },
    );
    const displayUrl = `${app.url}${createDisplayLink.path}`;

    browser = await chromium.launch({
      executablePath: executable,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const newTablet = async (): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> => {
      const context = await browser!.newContext({ viewport: VIEWPORT, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      // the screen's clock is the server's, running at real speed until the long day takes it over
      await context.clock.install({ time: clock() });
      await context.addInitScript({ content: WATCH_FOR_THE_DAY });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('display: page error', error.message));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      return { context, page, cdp };
    };

    // cold: a new tablet each time (empty cache, no token kept); warm: the same tablet reloading
    const cold: LoadFigures[] = [];
    for (let run = 0; run < options.loads; run++) {
      const tablet = await newTablet();
      // with BENCH_DISPLAY_PROFILE, where the first cold load's time goes, and what it asked for when
      if (run === 0 && process.env.BENCH_DISPLAY_PROFILE) {
        let profile: Awaited<ReturnType<typeof profileWhile>> = [];
        const requests = await waterfall(tablet.cdp, async () => {
          profile = await profileWhile(tablet.cdp, async () => {
            await tablet.page.goto(displayUrl, { timeout: 120_000 });
            cold.push(await dayShown(tablet.page));
          });
        });
        console.error('display: cold profile', JSON.stringify(profile, null, 1));
        console.error('display: cold waterfall', JSON.stringify(requests, null, 1));
      } else {
        await tablet.page.goto(displayUrl, { timeout: 120_000 });
        cold.push(await dayShown(tablet.page));
      }
      await tablet.context.close();
    }
    const { page, cdp } = await newTablet();
    await page.goto(displayUrl, { timeout: 120_000 });
    await dayShown(page);
    const warm: LoadFigures[] = [];
    for (let run = 0; run < options.loads; run++) {
      await page.reload({ timeout: 120_000 });
      warm.push(await dayShown(page));
    }
    await page.locator('.display-room').first().waitFor();

    // 1,000 changes to today's bookings of the house on the open screen: create, move, cancel, over and over
    const measure = () => memory(page, cdp);
    // highlights of the last changes fade after 2.5 s; wait them out before each measurement
    await page.waitForTimeout(3000);
    const before = await measure();
    const started = Date.now();
    let made = 0;
    let middle: MemoryFigures | null = null;
    for (let round = 0; made < options.changes - 1; round++) {
      if (middle === null && made >= options.changes / 2) {
        await page.waitForTimeout(3000);
        middle = await measure();
      }
      const slot = free[round % free.length]!;
      const moved = free[(round + 1) % free.length]!;
      const { createBooking } = await gql<{ createBooking: { id: string; version: number } }>(
        `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id version } }`,
        {
          input: { ...slot, organizationId, title: `Änderung ${round}`, category: 'MEETING', visibility: 'MEMBERS' },
        },
      );
      made += 1;
      if (made >= options.changes - 1) break;
      const { moveBooking } = await gql<{ moveBooking: { version: number } }>(
        `mutation ($id: ID!, $version: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
           moveBooking(id: $id, expectedVersion: $version, roomId: $roomId, start: $start, end: $end) { version } }`,
        { id: createBooking.id, version: createBooking.version, roomId: moved.roomId, start: moved.start, end: moved.end },
      );
      made += 1;
      if (made >= options.changes - 1) break;
      await gql(`mutation ($id: ID!, $version: Int!) { cancelBooking(id: $id, expectedVersion: $version) { id } }`, {
        id: createBooking.id,
        version: moveBooking.version,
      });
      made += 1;
    }
    const seconds = (Date.now() - started) / 1000;
    // the last change renames a booking on the page of rooms just turned to (pages turn every 12 seconds)
    const pageMark = page.locator('.display-rooms-area .display-page');
    const turnedFrom = await pageMark.textContent();
    await page.waitForFunction(
      (before) => document.querySelector('.display-rooms-area .display-page')?.textContent !== before,
      turnedFrom,
      {
        timeout: 30_000,
      },
    );
    const onScreen = await page.locator('.display-room h3').allTextContents();
    const lastTarget = onScreen.map((room) => running.get(room.trim())).find((booking) => booking !== undefined)!;
    const lastTitle = 'Letzte Änderung des Tages';
    await gql(
      `mutation ($id: ID!, $version: Int!, $title: String!) { updateBooking(id: $id, expectedVersion: $version, input: { title: $title }) { id } }`,
      { id: lastTarget.id, version: lastTarget.version, title: lastTitle },
    );
    made += 1;
    const answered = Date.now();
    const lastShown = await page
      .getByText(lastTitle)
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    const lastShownMs = Date.now() - answered;
    await page.waitForTimeout(3000);
    const after = await measure();

    // a day and a night of the screen's own timers: the clock's ticks, page turns, midnight's new day
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const dayBefore = await measure();
    const dayStarted = Date.now();
    const hours = options.hours;
    for (let hour = 0; hour < hours; hour++) {
      // the server a step ahead, so the new day's query at midnight reaches a server already in that day
      offset += HOUR_MS;
      await page.clock.runFor(HOUR_MS);
    }
    const daySeconds = (Date.now() - dayStarted) / 1000;
    // back to real speed, so what the last hour queued (a new day's query) can finish
    await page.waitForTimeout(3000);
    const dayAfter = await measure();
    // with BENCH_DISPLAY_SHOT=<file.png>, the screen after the long day and what it shows
    if (process.env.BENCH_DISPLAY_SHOT) {
      await page.screenshot({ path: process.env.BENCH_DISPLAY_SHOT });
      console.error(
        'display: after the long day',
        await page.evaluate(() => [
          new Date().toISOString(),
          document.querySelectorAll('.display-room').length,
          document.querySelectorAll('.display-upcoming li').length,
          document.querySelector('.display-date')?.textContent,
        ]),
      );
    }

    return {
      rooms,
      bookingsToday,
      cold,
      warm,
      changes: { count: made, seconds, before, middle: middle ?? before, after, lastShown, lastShownMs },
      longDay: { hours, seconds: daySeconds, before: dayBefore, after: dayAfter },
    };
  } finally {
    await browser?.close();
    await app.stop();
    await database.drop();
  }
}

/**
 * Runs in the page before its own scripts: notes (on the document's timeline, which Playwright's clock leaves
 * real, unlike performance.now and performance.mark) the first
 * moment the house's rooms stand on screen with a current booking and the rest of the day listed, and every
 * long task. A string, because tsx would wrap a function's inner names in a helper the page does not have.
 */
const WATCH_FOR_THE_DAY = `
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const shown = () => {
    if (!document.querySelector('.display-room.busy') || !document.querySelector('.display-upcoming li')) return false;
    window.dayShownAt = document.timeline.currentTime;
    return true;
  };
  const observer = new MutationObserver(() => { if (shown()) observer.disconnect(); });
  // the page's scripts are modules, which run before DOMContentLoaded; the app mounts later still
  document.addEventListener('DOMContentLoaded', () => {
    if (!shown()) observer.observe(document.body, { childList: true, subtree: true });
  });
`;

async function dayShown(page: Page): Promise<LoadFigures> {
  await page.waitForFunction(() => (window as unknown as { dayShownAt?: number }).dayShownAt !== undefined, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  await page.waitForTimeout(2000);
  return page.evaluate(() => {
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    return { shownMs: (window as unknown as { dayShownAt: number }).dayShownAt, longestTaskMs: tasks.length ? Math.max(...tasks) : 0 };
  });
}

async function memory(page: Page, cdp: CDPSession): Promise<MemoryFigures> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const attached = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let count = 1;
    while (walker.nextNode()) count += 1;
    return count;
  });
  return {
    heapMiB: Math.round((usedSize / 2 ** 20) * 100) / 100,
    nodes: counters.nodes,
    detachedNodes: counters.nodes - attached,
    listeners: counters.jsEventListeners,
  };
}

/** What the page fetches while `work` runs, when, and how long each took (ms from the first request). */
async function waterfall(cdp: CDPSession, work: () => Promise<unknown>): Promise<string[]> {
  const started = new Map<string, { url: string; at: number }>();
  const lines: string[] = [];
  let first: number | null = null;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    first ??= event.timestamp;
    const body = event.request.postData ? (/"operationName":"(\w+)"/.exec(event.request.postData)?.[1] ?? '') : '';
    started.set(event.requestId, { url: `${event.request.url.split('/').pop()?.slice(0, 50)} ${body}`, at: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = started.get(event.requestId);
    if (request && first !== null)
      lines.push(
        `${request.url} ${Math.round((request.at - first) * 1000)}–${Math.round((event.timestamp - first) * 1000)} ${event.encodedDataLength}`,
      );
  });
  await work();
  return lines;
}

/** Where the page's main thread spends its time while `work` runs: the functions with the most self time. */
async function profileWhile(cdp: CDPSession, work: () => Promise<unknown>): Promise<Array<{ name: string; ms: number }>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  const counts = new Map<number, number>();
  for (const sample of profile.samples ?? []) counts.set(sample, (counts.get(sample) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const name = `${node.callFrame.functionName} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + (counts.get(node.id) ?? 0));
  }
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  return [...byFunction]
    .map(([name, samples]) => ({ name, ms: Math.round(samples * msPerSample) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 30);
}

/** The median of a figure over the runs, and its range, for the summary. */
export function spread(values: readonly number[]): { median: number; min: number; max: number } {
  return { median: percentile([...values], 50), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Memory "stays flat": after a forced GC the heap grew by at most a tenth (and half a MiB of noise), no more
 * than a hundred more nodes are held outside the document, and there are no more listeners. Nodes in the
 * document are not compared: a page of rooms or of the rest of the day holds more or fewer.
 */
export function isFlat(before: MemoryFigures, after: MemoryFigures): boolean {
  return (
    after.heapMiB <= before.heapMiB * 1.1 + 0.5 && after.detachedNodes <= before.detachedNodes + 100 && after.listeners <= before.listeners
  );
}
