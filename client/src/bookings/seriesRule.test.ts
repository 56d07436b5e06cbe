import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '../i18n/index.js';
import { defaultUntil, rruleFor, seriesSummary, skippedReason, weekOfMonth, type Translate } from './seriesRule.js';

const t: Translate = (key, values = {}, plural) => (plural === undefined ? i18n.global.t(key, values) : i18n.global.t(key, values, plural));

describe('series rules from the booking dialog', () => {
  it('writes the RRULE the API takes for each rhythm, ending on the chosen day', () => {
    expect(rruleFor('WEEKLY', '2026-12-01', '2027-06-30')).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630');
    expect(rruleFor('BIWEEKLY', '2026-12-03', '2027-06-30')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270630');
    expect(rruleFor('MONTHLY', '2026-12-08', '2027-06-30')).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630');
    expect(rruleFor('MONTHLY', '2026-12-29', '2027-06-30')).toBe('FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20270630');
  });

  it('counts the weekday in its month, a fifth being the last', () => {
    expect(['2026-12-01', '2026-12-07', '2026-12-08', '2026-12-28', '2026-12-29'].map(weekOfMonth)).toEqual([1, 1, 2, 4, -1]);
    expect(defaultUntil('2026-12-01')).toBe('2027-03-01');
  });

  it('summarises a season in plain words, in German and English', async () => {
    const season = {
      kind: 'WEEKLY' as const,
      date: '2026-12-01',
      startTime: '18:00',
      endTime: '20:30',
      until: '2027-06-30',
      dates: 29,
      skipped: 2,
    };
    await setLocale('de', { remember: false });
    expect(seriesSummary(season, 'de', t)).toBe('jeden Dienstag, \u206618:00–20:30\u2069, bis 30. Juni 2027 – 29 Termine, 2 fallen aus');
    await setLocale('en', { remember: false });
    expect(seriesSummary(season, 'en', t)).toBe('every Tuesday, \u206618:00–20:30\u2069, until 30 June 2027 – 29 dates, 2 skipped');
    expect(seriesSummary({ ...season, kind: 'MONTHLY', date: '2026-12-08', skipped: 0, dates: 1 }, 'en', t)).toBe(
      'every second Tuesday of the month, \u206618:00–20:30\u2069, until 30 June 2027 – one date',
    );
    await setLocale('de', { remember: false });
  });

  it('says why a date is skipped: the holiday in the reader’s language, the booking in the way, the closure’s reason', async () => {
    await setLocale('en', { remember: false });
    const skipped = { reason: null, holiday: null, conflicting: [] };
    expect(skippedReason({ ...skipped, status: 'HOLIDAY', reason: 'Buß- und Bettag', holiday: 'REPENTANCE_DAY' }, t)).toBe(
      'public holiday: Day of Repentance and Prayer',
    );
    expect(skippedReason({ ...skipped, status: 'CONFLICT', conflicting: [{ title: null }, { title: 'Malkurs' }] }, t)).toBe(
      'already booked: “Malkurs”',
    );
    expect(skippedReason({ ...skipped, status: 'CONFLICT', conflicting: [{ title: null }] }, t)).toBe('already booked');
    expect(skippedReason({ ...skipped, status: 'CLOSED', reason: 'Weihnachtspause' }, t)).toBe('closed: Weihnachtspause');
    await setLocale('de', { remember: false });
  });
});
