import { DateTime } from 'luxon';
import { startApp, type RunningApp } from '../server/src/app/start.js';
import { loadConfig } from '../server/src/config.js';
import { migratedEmbeddedSnapshot } from '../server/test/harness.js';
import { CLIENT_DIST } from './browser.js';

/** The next Tuesday in Berlin: in the future whatever day the tests run, and members may book any hour of it. */
export function nextTuesdayInBerlin(): string {
  let date = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 });
  while (date.weekday !== 2) date = date.plus({ days: 1 });
  return date.toISODate()!;
}

/**
 * The app with the demo data in memory, serving the built client on a free port. `rateLimits: null` for
 * tests that click faster than any person would.
 */
export function startDemoApp(options: { rateLimits?: null } = {}): Promise<RunningApp> {
  return startApp(
    { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, ...options },
    { inMemory: true, embeddedSnapshot: migratedEmbeddedSnapshot(), log: () => {} },
  );
}
