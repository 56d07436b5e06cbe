import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { pluralRule } from './languages.js';
import ar from './locales/ar.js';
import fa from './locales/fa.js';

/** The app's own messages and every screen's folder of words, in Arabic and in Farsi. */
const screenFiles = import.meta.glob<{ default: unknown }>(['../*/texts/{ar,fa}.ts', '../*/*Texts/{ar,fa}.ts'], { eager: true });
const sources: Record<string, unknown> = {
  'locales/ar.ts': ar,
  'locales/fa.ts': fa,
  ...Object.fromEntries(Object.entries(screenFiles).map(([path, module]) => [path, module.default])),
};

function texts(value: unknown, prefix: string): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${prefix}.${key}`));
  return [];
}

const ARABIC_LETTER = '[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]';
/** A Latin comma with Arabic script (or a placeholder, a quote, a bracket) on both sides: "بيانو, نظام صوت". */
const LATIN_COMMA_IN_ARABIC = new RegExp(
  `(${ARABIC_LETTER}|[}»)])[\\u200c\\u200f]*\\s*,\\s*[\\u200c\\u200f]*(${ARABIC_LETTER}|[{«(])`,
  'u',
);

describe('Arabic and Farsi words', () => {
  it('finds the app’s messages and the screens’ folders', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(8);
  });

  it('separate with the Arabic comma "،", never a Latin one', () => {
    const latin = Object.entries(sources)
      .flatMap(([file, tree]) => texts(tree, file))
      .filter(([, text]) => LATIN_COMMA_IN_ARABIC.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(latin).toEqual([]);
  });

  it('the check itself finds a Latin comma between Arabic words, and leaves Latin codes alone', () => {
    expect(LATIN_COMMA_IN_ARABIC.test('بيانو, نظام صوت')).toBe(true);
    expect(LATIN_COMMA_IN_ARABIC.test('«{what}», {when}')).toBe(true);
    expect(LATIN_COMMA_IN_ARABIC.test('بيانو، نظام صوت')).toBe(false);
    expect(LATIN_COMMA_IN_ARABIC.test('مثلًا ar, de, uk')).toBe(false);
  });
});

describe('counting in Arabic: six forms', () => {
  const i18n = createI18n({
    legacy: false,
    locale: 'ar',
    messages: { ar },
    pluralRules: { ar: pluralRule('ar'), fa: pluralRule('fa') },
    missingWarn: false,
    fallbackWarn: false,
  });
  const say = (key: string, count: number) => i18n.global.t(key, { count }, count);

  it.each([
    [0, 'لا يوجد أي موعد'],
    [1, 'موعد واحد'],
    [2, 'موعدان'],
    [3, '3 مواعيد'],
    [11, '11 موعدًا'],
    [100, '100 موعد'],
  ])('%i dates read "%s"', (count, expected) => {
    expect(say('series.dates', count)).toBe(expected);
  });

  it.each([
    [0, 'لم يُلغَ أي موعد.'],
    [1, 'تم إلغاء موعد واحد.'],
    [2, 'تم إلغاء موعدين.'],
    [3, 'تم إلغاء 3 مواعيد.'],
    [11, 'تم إلغاء 11 موعدًا.'],
    [100, 'تم إلغاء 100 موعد.'],
  ])('%i cancelled dates read "%s" (the dual after a verb)', (count, expected) => {
    expect(say('series.cancelled', count)).toBe(expected);
  });
});
