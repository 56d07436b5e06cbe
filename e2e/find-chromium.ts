import fs from 'node:fs';
import path from 'node:path';

/** Where a Chromium was found, or every place that was looked at. */
export type ChromiumSearch = { found: string; searched: string[] } | { found: null; searched: string[] };

export interface SearchPlaces {
  env: Record<string, string | undefined>;
  /** Where Playwright would have installed its own Chromium (`npx playwright install chromium`), if anywhere. */
  playwrightInstalled: () => string | null;
  isExecutable: (file: string) => boolean;
}

/** Names of Chromium and Chrome on Linux distributions and in Homebrew, looked up on PATH. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_APPS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/**
 * The browser tests look for a browser in this order: `CHROMIUM_PATH`, Debian's `/usr/bin/chromium`,
 * the usual command names on PATH, macOS applications, then a Chromium that Playwright installed.
 */
export function findChromium(places: SearchPlaces): ChromiumSearch {
  const candidates: string[] = [];
  if (places.env.CHROMIUM_PATH) candidates.push(places.env.CHROMIUM_PATH);
  candidates.push('/usr/bin/chromium');
  for (const directory of (places.env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const command of COMMANDS) candidates.push(path.join(directory, command));
  candidates.push(...MAC_APPS);
  const playwright = places.playwrightInstalled();
  if (playwright) candidates.push(playwright);
  const searched = [...new Set(candidates)];
  const found = searched.find((candidate) => places.isExecutable(candidate)) ?? null;
  return { found, searched };
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const ENABLE_BROWSER_TESTS_HINT =
  'sudo apt-get install chromium (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary';
