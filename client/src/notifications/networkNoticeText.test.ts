import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import type { NetworkNoticeKind } from '../graphql/graphql.js';
import de from '../i18n/locales/de.js';
import { isolate } from '../i18n/bidi.js';
import { networkNoticePath, networkNoticeText, type NetworkNotice } from './networkNoticeText.js';

/** Every kind the server sends; the type makes a missing or misspelt one fail to compile. */
const KINDS: Record<NetworkNoticeKind, true> = {
  MINUTES_PUBLISHED: true,
  MEETING_CANCELLED: true,
  MEETING_MOVED: true,
  PROPOSAL_ANSWERED: true,
  ANSWER_REMINDER: true,
  COMING_REMINDER: true,
};

const files = import.meta.glob<{ default: typeof de }>('../i18n/locales/*.ts', { eager: true });
const locales = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.replace('../i18n/locales/', '').replace('.ts', ''), module.default]),
);

const notice = (overrides: Partial<NetworkNotice> = {}): NetworkNotice => ({
  id: 'n1',
  kind: 'MEETING_MOVED',
  occurredAt: '2026-06-01T08:00:00.000Z',
  meetingId: 'm/1',
  proposalId: null,
  title: 'Netzwerktreffen Juni',
  start: '2026-06-04T16:00:00.000Z',
  ...overrides,
});

const translator = (locale: string) => {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: [], messages: locales, missingWarn: false, fallbackWarn: false });
  return (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {});
};
const when = () => 'Donnerstag, 4. Juni, 18:00';

describe('what a network notice says', () => {
  it('names what happened to which meeting, and when it is now', () => {
    expect(networkNoticeText(notice(), translator('de'), when)).toBe(
      `Das Netzwerktreffen „${isolate('Netzwerktreffen Juni')}“ wurde verschoben: jetzt Donnerstag, 4. Juni, 18:00.`,
    );
  });

  it.each(Object.keys(locales))('%s: has a sentence for every kind, each naming the meeting or proposal', (locale) => {
    const t = translator(locale);
    const sentences = (Object.keys(KINDS) as NetworkNoticeKind[]).map((kind) => networkNoticeText(notice({ kind }), t, when));
    for (const sentence of sentences) {
      expect(sentence).toContain('Netzwerktreffen Juni');
      expect(sentence).not.toContain('networkNotices.');
    }
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('leads to the meeting’s page, or to the proposals', () => {
    expect(networkNoticePath(notice())).toBe('/network/m%2F1');
    expect(networkNoticePath(notice({ kind: 'PROPOSAL_ANSWERED', meetingId: null, proposalId: 'p1', start: null }))).toBe(
      '/network/proposals',
    );
  });
});
