import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Arabic and Farsi lay out right to left, so horizontal styles name the start and end of a line, never its
 * left and right: `margin-inline-start`, `inset-inline-end`, `text-align: start`. A physical property would
 * look right in German and wrong in Arabic; this finds one before anyone has to see it.
 */
// read from disk: Vite hands tests an empty string for CSS, even raw
const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources: Record<string, string> = Object.fromEntries(
  fs
    .readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css') || file.endsWith('.vue'))
    .map((file) => [file, fs.readFileSync(path.join(SOURCE_ROOT, file), 'utf8')]),
);

const PHYSICAL = [
  /(?<![\w-])(margin|padding|border)-(left|right)(-[a-z]+)?\s*:/,
  /(?<![\w-])(left|right)\s*:/,
  /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/,
  /(?<![\w-])border-(top|bottom)-(left|right)-radius\s*:/,
];

/** The CSS of a file: a stylesheet whole, a component its `<style>` blocks. */
function styleOf(file: string, source: string): string {
  if (file.endsWith('.css')) return source;
  return [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

describe('styles for both directions', () => {
  it('finds the stylesheets', () => {
    expect(sources['app/styles.css']?.length).toBeGreaterThan(1000);
  });

  it('use logical properties for everything horizontal', () => {
    const physical = Object.entries(sources).flatMap(([file, source]) =>
      styleOf(file, source)
        .split('\n')
        .filter((line) => PHYSICAL.some((pattern) => pattern.test(line)))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(physical).toEqual([]);
  });
});
