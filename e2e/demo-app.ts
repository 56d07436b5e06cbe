import { startApp, type RunningApp } from '../server/src/app/start.js';
import { loadConfig, type AppConfig } from '../server/src/config.js';
import { REFERENCE_NOW, runningFrom } from '../server/test/dates.js';
import { migratedEmbeddedSnapshot } from '../server/test/harness.js';
import { CLIENT_DIST } from './browser.js';

/**
 * The app with the demo data in memory, serving the built client on a free port, living from `now`
 * (`REFERENCE_NOW` unless a test names its own instant) at real speed: its demo week is laid around that
 * instant, and `launchChromium(app.services.clock)` gives the pages the same time. `rateLimits: null` for
 * tests that click faster than any person would; `smtpUrl` (with `changeMailDelaySeconds: 0`) for tests that
 * read the mails at an in-process SMTP server; `clock` for a test that jumps ahead (to after a meeting, say);
 * `privacy` for the controller and imprint the privacy page names.
 */
export function startDemoApp(
  options: {
    rateLimits?: null;
    now?: string;
    clock?: () => Date;
    smtpUrl?: string;
    changeMailDelaySeconds?: number;
    privacy?: AppConfig['privacy'];
  } = {},
): Promise<RunningApp> {
  const { now = REFERENCE_NOW, clock = runningFrom(now), ...config } = options;
  return startApp(
    { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', seedDemo: true, clientDist: CLIENT_DIST, ...config },
    { inMemory: true, embeddedSnapshot: migratedEmbeddedSnapshot(), log: () => {}, clock },
  );
}
