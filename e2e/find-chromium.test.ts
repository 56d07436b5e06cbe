import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.js';

const places = (executables: string[], env: Record<string, string | undefined> = {}, playwright: string | null = null) => ({
  env,
  playwrightInstalled: () => playwright,
  isExecutable: (file: string) => executables.includes(file),
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium(places(['/opt/c/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c/chrome' })).found).toBe('/opt/c/chrome');
  });

  it('falls back to Debian’s chromium when CHROMIUM_PATH does not exist', () => {
    expect(findChromium(places(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nonexistent' })).found).toBe('/usr/bin/chromium');
  });

  it('finds chromium-browser or google-chrome on PATH', () => {
    const env = { PATH: '/usr/local/bin:/snap/bin' };
    expect(findChromium(places(['/snap/bin/chromium-browser'], env)).found).toBe('/snap/bin/chromium-browser');
    expect(findChromium(places(['/usr/local/bin/google-chrome'], env)).found).toBe('/usr/local/bin/google-chrome');
  });

  it('uses a Chromium that Playwright installed when nothing else is there', () => {
    const installed = '/home/a/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(findChromium(places([installed], { PATH: '/usr/bin' }, installed)).found).toBe(installed);
  });

  it('finds nothing on a machine without a browser, and says where it looked', () => {
    const search = findChromium(places([], { CHROMIUM_PATH: '/nonexistent', PATH: '/usr/bin' }, '/home/a/.cache/ms-playwright/x'));
    expect(search.found).toBeNull();
    expect(search.searched).toEqual(expect.arrayContaining(['/nonexistent', '/usr/bin/chromium', '/usr/bin/google-chrome']));
  });
});
