import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import type { CoachingChangeKind } from '../graphql/graphql.js';
import de from '../i18n/locales/de.js';
import { coachingNoticePath, coachingNoticeText, type CoachingNotice } from './coachingNoticeText.js';

/** Every kind the server sends; the type makes a missing or misspelt one fail to compile. */
const KINDS: Record<CoachingChangeKind, true> = {
  REQUESTED: true,
  ASSIGNED: true,
  DECLINED: true,
  SESSION_SCHEDULED: true,
  SESSION_MOVED: true,
  SESSION_CANCELLED: true,
  MESSAGE: true,
  CLOSED: true,
};

const files = import.meta.glob<{ default: typeof de }>('../i18n/locales/*.ts', { eager: true });
const locales = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.replace('../i18n/locales/', '').replace('.ts', ''), module.default]),
);

const notice = (overrides: Partial<CoachingNotice> = {}): CoachingNotice => ({
  id: 'n1',
  occurredAt: '2026-06-01T08:00:00.000Z',
  kind: 'MESSAGE',
  byStaff: false,
  request: { id: 'r/1', organization: { id: 'o1', name: 'Chor Kalyna' } },
  ...overrides,
});

const translator = (locale: string) => {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: [], messages: locales, missingWarn: false, fallbackWarn: false });
  return (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {});
};

describe('what a coaching notice says', () => {
  it('names what happened to which MO’s request, and that the team did it', () => {
    const t = translator('de');
    expect(coachingNoticeText(notice(), t)).toBe('Neue Nachricht zur Coaching-Anfrage von Chor Kalyna.');
    expect(coachingNoticeText(notice({ kind: 'SESSION_MOVED', byStaff: true }), t)).toBe(
      'Ein Coaching-Termin von Chor Kalyna wurde verschoben. Vom Team.',
    );
  });

  it.each(Object.keys(locales))('%s: has a sentence for every kind, each naming the MO', (locale) => {
    const t = translator(locale);
    const sentences = (Object.keys(KINDS) as CoachingChangeKind[]).map((kind) => coachingNoticeText(notice({ kind }), t));
    for (const sentence of sentences) {
      expect(sentence).toContain('Chor Kalyna');
      expect(sentence).not.toContain('coachingNotices.');
    }
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('leads to the request’s page', () => {
    expect(coachingNoticePath(notice())).toBe('/coaching/r%2F1');
  });
});
