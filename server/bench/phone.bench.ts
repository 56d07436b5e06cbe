import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { startApp } from '../src/app/start.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { startSlowLink } from './slow-link.js';
import { benchChromium, freshDatabase } from './bench-setup.js';

/** DevTools' "Fast 3G": 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up (its figures, in binary units). */
const FAST_3G = { roundTripMs: 562.5, downBytesPerSecond: (1.44 * 1024 * 1024) / 8, upBytesPerSecond: (675 * 1024) / 8 };

const CLIENT_DIST =
  process.env.BENCH_CLIENT_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');

export interface PhoneVisit {
  /**
   * From navigation start until the day's first booking is on screen, on the page's clock: drawn by the page's
   * first script from the answers it carries or asked (`first-answers/early.ts`), or by the app.
   */
  firstBookingMs: number;
  /** Until the app's own list is there, whose entries open a booking (the floor's page is its own list). */
  appListMs: number;
  /** Bytes received over the network (compressed bodies and headers), as Chromium counted them. */
  bytes: number;
  requests: number;
  /** What was asked when: `name start–end` in ms from navigation start. */
  waterfall: string[];
}

export interface PhoneFigures {
  day: string;
  runs: number;
  /** The median run of each; the figures of every run beside it. */
  empty: PhoneVisit & { allMs: number[] };
  repeat: PhoneVisit & { allMs: number[] };
  /** The floor: a static page that asks the same day's bookings with one `fetch()` and lists them. */
  floor: PhoneVisit & { allMs: number[] };
}

/**
 * The floor's page: no framework, one request for the day's bookings (the booking columns the phone lists,
 * room and MO names, through one lean SQL query), one list. What a phone on this network cannot beat.
 */
async function startFloor(databaseUrl: string, day: string): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Floor</title></head><body><ul id="list"></ul><script>
fetch('/day').then((r) => r.json()).then((rows) => {
  const list = document.getElementById('list');
  for (const row of rows) { const item = document.createElement('li'); item.className = 'phone-entry';
    item.textContent = row.starts_at.slice(11, 16) + ' ' + row.title + ' · ' + row.room + ' · ' + (row.organization ?? ''); list.append(item); }
});
</script></body></html>`;
  const server = http.createServer((request, response) => {
    if (request.url === '/day') {
      void pool
        .query(
          `SELECT b.id, b.title, b.starts_at, b.ends_at, r.name AS room, o.name AS organization
             FROM booking b JOIN room r ON r.id = b.room_id LEFT JOIN organization o ON o.id = b.organization_id
            WHERE b.status = 'CONFIRMED' AND b.starts_at >= $1::date AT TIME ZONE 'Europe/Berlin' AND b.starts_at < ($1::date + 1) AT TIME ZONE 'Europe/Berlin'
            ORDER BY b.starts_at`,
          [day],
        )
        .then(({ rows }) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/**
 * A member's phone on mobile data: Chromium behind a link as slow as DevTools' "Fast 3G" (`slow-link.ts`: the
 * page's and its service worker's requests alike) with a 4× slower CPU, 390×844, signed in as a demo member,
 * opening the calendar on a day that has bookings. First with an empty cache (a new browser profile), then the
 * same profile opening it again.
 */
export async function benchPhone(options: { baseUrl: string; runs: number }): Promise<PhoneFigures | null> {
  const executable = benchChromium('phone', CLIENT_DIST);
  if (!executable) return null;
  const database = await freshDatabase(options.baseUrl, 'phone');
  const url = database.url;
  const defaults = loadConfig({ NODE_ENV: 'test' });
  const app = await startApp(
    { ...defaults, databaseUrl: url.toString(), port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, rateLimits: null },
    { log: () => {} },
  );
  const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
  try {
    // a weekday of the demo's that holds bookings the member sees: the phone's list is then not empty
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    const day = (
      await pool.query<{ day: string }>(
        `SELECT to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS day FROM booking
          WHERE starts_at > now() AND extract(isodow FROM starts_at AT TIME ZONE 'Europe/Berlin') < 6
          GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      )
    ).rows[0]!.day;
    await pool.end();
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "member1@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }` }),
    });
    const [cookieName, cookieValue] = (login.headers.get('set-cookie') ?? '').split(';')[0]!.split('=') as [string, string];

    const empty: PhoneVisit[] = [];
    const repeat: PhoneVisit[] = [];
    const floorVisits: PhoneVisit[] = [];
    const floorServer = await startFloor(url.toString(), day);
    const floorLink = await startSlowLink(floorServer.url, FAST_3G);
    const floor = { url: floorLink.url };
    const link = await startSlowLink(app.url, FAST_3G);
    for (let run = 0; run < options.runs; run += 1) {
      const floorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'de-DE' });
      floorVisits.push(await visit(floorContext, `${floor.url}/`));
      await floorContext.close();
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        serviceWorkers: 'allow',
      });
      try {
        await context.addCookies([{ name: cookieName, value: cookieValue, url: link.url }]);
        // a member comes back once the page's service worker is in place, not in the second after the first visit
        empty.push(await visit(context, `${link.url}/calendar?date=${day}`, { awaitWorker: true }));
        repeat.push(await visit(context, `${link.url}/calendar?date=${day}`));
      } finally {
        await context.close();
      }
    }
    await Promise.all([floorLink.close(), floorServer.close(), link.close()]);
    return { day, runs: options.runs, empty: median(empty), repeat: median(repeat), floor: median(floorVisits) };
  } finally {
    await browser.close();
    await app.stop();
    await database.drop();
  }
}

function median(visits: PhoneVisit[]): PhoneVisit & { allMs: number[] } {
  const sorted = [...visits].sort((a, b) => a.firstBookingMs - b.firstBookingMs);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, allMs: visits.map((visit) => Math.round(visit.firstBookingMs)) };
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  // the network is slowed by the link; bytes are still counted here
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function visit(context: BrowserContext, address: string, options: { awaitWorker?: boolean } = {}): Promise<PhoneVisit> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    // the page's clock at the frame that first shows a booking, taken in the page: asked from here once the list
    // is there, the answer would wait for the scripts the main thread is running then (about a second at 4× CPU)
    // as text: a function would be sent as its source, and tsx names arrow functions through a helper the page lacks
    await page.addInitScript(`(() => {
      const seen = {};
      window.benchSeen = seen;
      const booked = '.phone-entry:not(.free-entry)';
      const observer = new MutationObserver(() => {
        if (seen.first === undefined && document.querySelector('.first-entry, ' + booked))
          requestAnimationFrame(() => (seen.first ??= performance.now()));
        if (seen.app === undefined && document.querySelector(booked)) requestAnimationFrame(() => (seen.app ??= performance.now()));
        // once both are seen it stops looking: the page's own work is what is measured
        if (document.querySelector(booked)) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    })();`);
    await page.goto(address, { timeout: 120_000 });
    const seen = await page.waitForFunction(
      () => {
        const times = (window as unknown as { benchSeen: { first?: number; app?: number } }).benchSeen;
        return times.first !== undefined && times.app !== undefined ? times : null;
      },
      undefined,
      { timeout: 120_000 },
    );
    const { first: firstBookingMs, app: appListMs } = (await seen.jsonValue()) as { first: number; app: number };
    const waterfall = await page.evaluate(() => [
      ...performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .map((entry) => `${entry.name.split('/').pop()?.slice(0, 40)} ${Math.round(entry.startTime)}–${Math.round(entry.responseEnd)}`),
      // when the page's first script ran and drew (first-answers/early.ts)
      ...performance.getEntriesByType('mark').map((mark) => `mark ${mark.name} ${Math.round(mark.startTime)}`),
    ]);
    const counted = { bytes, requests };
    if (
      options.awaitWorker &&
      !(await page.evaluate(
        `Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 30000))])`,
      ))
    )
      throw new Error('the phone’s service worker was not ready within 30 s: the repeat visit would not be one');
    return { firstBookingMs, appListMs, ...counted, waterfall };
  } finally {
    await page.close();
  }
}
