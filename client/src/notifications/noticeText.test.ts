import { describe, expect, it } from 'vitest';
import { noticeText, type Notice } from './noticeText.js';

const t = (key: string, values: Record<string, unknown> = {}) =>
  `${key}(${Object.entries(values)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(';')})`;
const notice = {
  id: 'n1',
  occurredAt: '2026-06-01T10:00:00.000Z',
  kind: 'UPDATED',
  byStaff: true,
  reason: 'Wasserschaden',
  booking: {
    id: 'b1',
    title: 'Chorprobe',
    start: '2026-06-02T16:00:00.000Z',
    end: '2026-06-02T18:00:00.000Z',
    room: { id: 'r1', name: 'Musikraum', locationId: 'l1' },
  },
  previous: null,
} as unknown as Notice;

describe('the text of a booking notice', () => {
  it('isolates every piece of data, so an Arabic sentence keeps its order around German names', () => {
    const text = noticeText(notice, { t, when: () => 'Di.', houseName: () => 'KolLEktiv Süd, Straße 1' });
    expect(text).toBe(
      'notices.moved(who=notices.byStaff();title=\u2068Chorprobe\u2069;when=Di.;room=\u2068Musikraum\u2069;house=\u2068KolLEktiv Süd, Straße 1\u2069) notices.reason(reason=\u2068Wasserschaden\u2069)',
    );
  });
});
