import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import de from './texts/de.js';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<{ default: Tree }>('./texts/*.ts', { eager: true });
const byCode = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.replace('./texts/', '').replace('.ts', ''), module.default]),
);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
/** Every leaf as `key.path → placeholders`. */
const leaves = (tree: Tree, prefix = ''): Record<string, Array<string | undefined>> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, placeholders(value)]] : Object.entries(leaves(value, `${prefix}${key}.`)),
    ),
  );

describe('the words of check-in, loaded with the screens that check in', () => {
  it('exist in every language the UI offers', () => {
    expect(Object.keys(byCode).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(Object.keys(byCode))('%s: the same keys and placeholders as German', (code) => {
    expect(leaves(byCode[code]!)).toEqual(leaves(de as Tree));
  });
});
