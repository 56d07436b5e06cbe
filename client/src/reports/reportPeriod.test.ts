import { describe, expect, it } from 'vitest';
import { periodDays, periodInstants } from './reportPeriod.js';

describe('report periods', () => {
  const now = new Date('2026-11-29T23:30:00Z'); // already 30 November in Leipzig
  it('names last month, last quarter and years as people mean them', () => {
    expect(periodDays('LAST_MONTH', now)).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(periodDays('LAST_QUARTER', now)).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(periodDays('LAST_YEAR', now)).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    expect(periodDays('THIS_YEAR', now)).toEqual({ first: '2026-01-01', last: '2026-12-31' });
  });

  it('sends whole days in Leipzig time, across the clock change', () => {
    expect(periodInstants('2026-10-01', '2026-10-31')).toEqual({
      from: '2026-10-01T00:00:00.000+02:00',
      to: '2026-11-01T00:00:00.000+01:00',
    });
    expect(periodInstants('2026-10-31', '2026-10-01')).toBeNull();
  });
});
