import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { LANGUAGES, bestLanguage, direction, nativeName, pluralCategories } from './languages.js';
import de from './locales/de.js';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.ts', { eager: true });
const byCode: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.replace('./locales/', '').replace('.ts', ''), module.default]),
);

function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const isPlural = (text: string) => /(^|[^|])\|([^|]|$)/.test(text);
const german = Object.fromEntries(leaves(de));

describe('language files', () => {
  it('are the languages the UI offers', () => {
    expect([...LANGUAGES].sort()).toEqual(Object.keys(byCode).sort());
  });

  describe.each(Object.keys(byCode))('%s', (code) => {
    const messages = byCode[code]!;
    const own = Object.fromEntries(leaves(messages));

    it('has every German message, and no other', () => {
      expect(Object.keys(own).sort()).toEqual(Object.keys(german).sort());
    });

    it('uses the same placeholders as German in every message', () => {
      const wrong = Object.keys(german).filter(
        (key) => JSON.stringify(placeholders(own[key] ?? '')) !== JSON.stringify(placeholders(german[key]!)),
      );
      expect(wrong).toEqual([]);
    });

    it('has one form per plural category of the language in every plural message', () => {
      const forms = pluralCategories(code).length;
      const wrong = Object.keys(german)
        .filter((key) => isPlural(german[key]!))
        .filter((key) => (own[key] ?? '').split(' | ').length !== forms)
        .map((key) => `${key}: ${(own[key] ?? '').split(' | ').length} forms, ${code} needs ${forms}`);
      expect(wrong).toEqual([]);
    });

    it('compiles every message (no stray @, {, |) and fills it', () => {
      const i18n = createI18n({
        legacy: false,
        locale: code,
        messages: { [code]: messages as typeof de },
        missingWarn: false,
        fallbackWarn: false,
      });
      const errors: string[] = [];
      for (const [key] of leaves(messages)) {
        try {
          const text = i18n.global.t(
            key,
            {
              count: 3,
              limit: 10,
              title: 'T',
              when: 'W',
              room: 'R',
              what: 'X',
              who: 'Y',
              from: 'F',
              until: 'U',
              opens: '08:00',
              closes: '22:00',
            },
            3,
          );
          if (typeof text !== 'string' || text === key || /\{\w+\}/.test(text)) errors.push(key);
        } catch (error) {
          errors.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(errors).toEqual([]);
    });

    it('names itself in its own language', () => {
      expect(nativeName(code).length).toBeGreaterThan(1);
    });
  });

  it('shows the demo accounts with their @', () => {
    const i18n = createI18n({ legacy: false, locale: 'de', messages: { de } });
    expect(i18n.global.t('login.demoHint')).toContain('staff@kollektiv.example');
  });
});

describe('choosing a language', () => {
  it('follows the browser’s languages by base language, and falls back to German', () => {
    expect(bestLanguage(['en-GB', 'de'])).toBe('en');
    expect(bestLanguage(['xx', 'yy'])).toBe('de');
  });

  it('knows which languages run right to left', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('fa')).toBe('rtl');
    expect(direction('de')).toBe('ltr');
    expect(direction('uk')).toBe('ltr');
  });
});
