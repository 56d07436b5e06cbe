import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { pluralRule } from '../i18n/languages.js';
import { LANGUAGES } from '../i18n/languages.js';
import ar from './texts/ar.js';
import de from './texts/de.js';
import { loadPrivacyTexts } from './privacyTexts.js';
import { personDataUrl } from './dataExport.js';
import { AUDIENCES, STORED_KINDS, contactHref, contactLines, retentionLines, type PrivacyFacts } from './privacyNotice.js';

const FACTS: PrivacyFacts = {
  controllerName: 'KolLEktiv e. V.',
  controllerContact: 'Zschochersche Str. 50\n04229 Leipzig\n\ndatenschutz@kollektiv.example\n+49 341 1234567',
  imprintUrl: 'https://kollektiv.example/impressum',
  sessionDays: 30,
  auditRetentionMonths: 24,
  notificationRetentionMonths: 1,
  backupDays: 14,
};

/** The page's sentences in a language, as PrivacyPage.vue asks for them. */
function retentionText(language: 'de' | 'ar', facts: PrivacyFacts): string[] {
  const i18n = createI18n({
    legacy: false,
    locale: language,
    messages: { de: { privacyTexts: de }, ar: { privacyTexts: ar } },
    pluralRules: { [language]: pluralRule(language) },
  });
  const { t } = i18n.global;
  return retentionLines(facts).map(({ kind, count }) =>
    count === null ? t(`privacyTexts.retention.${kind}`) : t(`privacyTexts.retention.${kind}`, { count }, count),
  );
}

describe('the privacy page’s facts', () => {
  it('says how long things are kept with the configured figures, in the right plural form', () => {
    const german = retentionText('de', FACTS);
    expect(german).toContain('Anmeldungen: gelöscht beim Abmelden, spätestens nach 30 Tagen.');
    expect(german).toContain('Benachrichtigungen: gelöscht nach einem Monat.');
    expect(german.some((line) => line.includes('nach 24 Monaten durch ein Pseudonym'))).toBe(true);
    expect(german.some((line) => line.includes('nach 14 Tagen durch neuere ersetzt'))).toBe(true);
    const arabic = retentionText('ar', { ...FACTS, notificationRetentionMonths: 2, sessionDays: 11 });
    expect(arabic).toContain('الإشعارات: تُحذف بعد شهرين.');
    expect(arabic.some((line) => line.includes('بعد 11 يومًا'))).toBe(true);
  });

  it('says backups hold the data without a figure when none are scheduled', () => {
    const lines = retentionLines({ ...FACTS, backupDays: null });
    expect(lines.map((line) => line.kind)).toContain('backupsUnscheduled');
    expect(lines.map((line) => line.kind)).not.toContain('backups');
  });

  it('has a sentence in German for every kind of data, audience and retention rule it lists', () => {
    const i18n = createI18n({ legacy: false, locale: 'de', messages: { de: { privacyTexts: de } } });
    const keys = [
      ...STORED_KINDS.map((kind) => `privacyTexts.stored.${kind}`),
      ...AUDIENCES.map((audience) => `privacyTexts.audiences.${audience}`),
      ...retentionLines(FACTS).map(({ kind }) => `privacyTexts.retention.${kind}`),
      'privacyTexts.retention.backupsUnscheduled',
    ];
    expect(keys.filter((key) => !i18n.global.te(key))).toEqual([]);
  });

  it('has the page’s words in every language the app speaks, loaded apart from the app', async () => {
    const missing = [];
    for (const language of LANGUAGES) if ((await loadPrivacyTexts(language)) === null) missing.push(language);
    expect(missing).toEqual([]);
  });

  it('shows the controller’s address line by line and links e-mail and phone', () => {
    const lines = contactLines(FACTS.controllerContact);
    expect(lines).toEqual(['Zschochersche Str. 50', '04229 Leipzig', 'datenschutz@kollektiv.example', '+49 341 1234567']);
    expect(lines.map(contactHref)).toEqual([null, null, 'mailto:datenschutz@kollektiv.example', 'tel:+493411234567']);
    expect(contactLines(null)).toEqual([]);
  });

  it('downloads a person’s data from an address that cannot be bent by the id', () => {
    expect(personDataUrl('4f1c')).toBe('/admin/people/4f1c/export.json');
    expect(personDataUrl('../me')).toBe('/admin/people/..%2Fme/export.json');
  });
});
