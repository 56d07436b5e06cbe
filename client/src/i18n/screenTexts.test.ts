import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.js';

/**
 * Every folder of words that loads with its screen (`screenTexts.ts` and the privacy texts): each language has
 * a file, with the same keys as German and the same placeholders, since a missing one shows the key itself.
 */
const files = import.meta.glob<{ default: unknown }>(['../*/texts/*.ts', '../*/*Texts/*.ts'], { eager: true });
const folders = new Map<string, Map<string, unknown>>();
for (const [path, module] of Object.entries(files)) {
  const [, folder, code] = /^\.\.\/(.+)\/(\w+)\.ts$/.exec(path) ?? [];
  if (!folder || !code) continue;
  if (!folders.has(folder)) folders.set(folder, new Map());
  folders.get(folder)!.set(code, module.default);
}

/** "key.path → sorted placeholders" for every text, however deep. */
function shape(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string')
    return { [prefix]: [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(',') };
  if (typeof value === 'function') return { [prefix]: 'function' };
  if (value && typeof value === 'object') {
    const shaped: Record<string, string> = {};
    for (const [key, inner] of Object.entries(value)) Object.assign(shaped, shape(inner, prefix ? `${prefix}.${key}` : key));
    return shaped;
  }
  return { [prefix]: typeof value };
}

describe('words that load with their screen', () => {
  it('are found in every folder that holds them', () => {
    expect([...folders.keys()].sort()).toEqual(
      expect.arrayContaining(['account/texts', 'admin/texts', 'admin/closureTexts', 'finding/texts', 'privacy/texts']),
    );
  });

  it.each([...folders.keys()].sort())('%s: every language, the same keys and placeholders as German', (folder) => {
    const byCode = folders.get(folder)!;
    expect([...byCode.keys()].sort()).toEqual([...LANGUAGES].sort());
    const german = shape(byCode.get('de'));
    for (const [code, texts] of byCode) expect({ code, shape: shape(texts) }).toEqual({ code, shape: german });
  });
});
