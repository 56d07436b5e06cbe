// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { compileMessages, compiledMessage, MESSAGE_FILE } from './i18n-messages.js';

/** The module the build wrote, loaded as a page loads it. */
async function load(code: string): Promise<object> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'messages-')), 'de.mjs');
  fs.writeFileSync(file, code.replace(/^import .*$/m, ''));
  return ((await import(pathToFileURL(file).href)) as { default: object }).default;
}

/** vue-i18n's own evaluation of compiled messages (syntax trees take the same path with or without a compiler). */
function render(messages: object, key: string, named: Record<string, unknown> = {}, plural?: number): string {
  const { global } = createI18n({ legacy: false, locale: 'de', missingWarn: false, fallbackWarn: false });
  global.setLocaleMessage('de', messages as never);
  const t = global.t as (key: string, named: Record<string, unknown>, plural?: number) => string;
  return plural === undefined ? t(key, named) : t(key, named, plural);
}

describe('messages compiled at build', () => {
  it('knows the message files by their place', () => {
    expect(MESSAGE_FILE.test('/app/client/src/i18n/locales/ar.ts')).toBe(true);
    expect(MESSAGE_FILE.test('/app/client/src/finding/findTexts/fa.ts')).toBe(true);
    expect(MESSAGE_FILE.test('/app/client/src/admin/texts/de.ts')).toBe(true);
    // a feature folder with a hyphen in its name (check-in, waiting-list)
    expect(MESSAGE_FILE.test('/app/client/src/check-in/texts/uk.ts')).toBe(true);
    expect(MESSAGE_FILE.test('/app/client/src/i18n/languages.ts')).toBe(false);
    expect(MESSAGE_FILE.test('/app/client/src/finding/findTexts.ts')).toBe(false);
  });

  it('compiles every value and leaves keys, imports and code around them alone', async () => {
    const code = [
      "import other from './other.js';",
      "const de = { app: { title: 'Raumbuchung', 'greeting-x': `Hallo {name}!` }, list: ['eins'], count: 'keine | eine | {n} Buchungen' };",
      'export default de;',
    ].join('\n');
    const result = compileMessages(code, '/app/client/src/i18n/locales/de.ts')!.code;
    expect(result).toContain("import other from './other.js';");
    expect(result).toContain("'greeting-x': ");
    expect(result).not.toMatch(/'Raumbuchung'|`Hallo|'eins'/);
    const messages = await load(result);
    expect(render(messages, 'app.title')).toBe('Raumbuchung');
    expect(render(messages, 'app.greeting-x', { name: 'Amal' })).toBe('Hallo Amal!');
    expect(render(messages, 'count', { n: 3 }, 3)).toBe('3 Buchungen');
    expect(render(messages, 'count', {}, 1)).toBe('eine');
    expect(compileMessages(code, '/app/client/src/i18n/languages.ts')).toBeNull();
  });

  it('fails the build on a message that does not compile, naming it', () => {
    expect(() => compiledMessage('Termin {oops')).toThrow(/Termin \{oops/);
    expect(() => compileMessages('export default { a: `x ${1}` };', '/app/client/src/admin/texts/de.ts')).toThrow(/plain string/);
  });
});
