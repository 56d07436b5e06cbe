import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from './messages.js';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('messages', () => {
  it('has every German text in English too, and no more', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.de).sort());
  });

  it.each(['de', 'en'] as const)('compiles every %s message (no stray @, {, |)', (locale) => {
    const errors: string[] = [];
    const i18n = createI18n({
      legacy: false,
      locale,
      messages,
      missingWarn: false,
      fallbackWarn: false,
      warnHtmlMessage: false,
      messageCompiler: undefined,
    });
    for (const key of keys(messages[locale])) {
      try {
        const text = i18n.global.t(key, {
          count: 3,
          title: 'T',
          when: 'W',
          room: 'R',
          what: 'X',
          who: 'Y',
          from: 'F',
          until: 'U',
          opens: '08:00',
          closes: '22:00',
        });
        if (typeof text !== 'string' || text === key) errors.push(key);
      } catch (error) {
        errors.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('shows the demo accounts with their @', () => {
    const i18n = createI18n({ legacy: false, locale: 'de', messages });
    expect(i18n.global.t('login.demoHint')).toContain('staff@kollektiv.example');
  });
});
