import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ENABLE_BROWSER_TESTS_HINT, findChromium, isExecutableFile } from './find-chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Global setup of the browser tests: find a Chromium and build the client they run against, as `npm start`
 * serves it. Without a browser the tests are skipped with one line that says which and how to enable them,
 * unless REQUIRE_BROWSER_TESTS is set (CI), where a missing browser fails the run.
 */
export default function setup(): void {
  const search = findChromium({
    env: process.env,
    playwrightInstalled: () => chromium.executablePath() || null,
    isExecutable: isExecutableFile,
  });
  if (search.found === null) {
    const files = fs
      .readdirSync(path.join(root, 'e2e'))
      .filter((file) => file.endsWith('.e2e.test.ts'))
      .map((file) => `e2e/${file}`);
    const required = ['1', 'true', 'yes'].includes(process.env.REQUIRE_BROWSER_TESTS ?? '');
    if (required)
      throw new Error(
        `REQUIRE_BROWSER_TESTS is set but no Chromium was found (looked at ${search.searched.length} places, ` +
          `first ${search.searched.slice(0, 3).join(', ')}). To enable the browser tests: ${ENABLE_BROWSER_TESTS_HINT}.`,
      );
    console.warn(`\nBrowser tests skipped (${files.join(', ')}): no Chromium found. To run them: ${ENABLE_BROWSER_TESTS_HINT}.\n`);
    return;
  }
  // as `npm start` builds it: the test runner sets NODE_ENV=test, which would give Vue's development build
  // (warnings, larger) and a different split into chunks than the one people download
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'client'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
