import { describe, expect, it } from 'vitest';
import { closureDays, closureInstants } from './closureDays.js';

describe('closures as whole days', () => {
  it('turns first and last closed day into the house’s midnights, across a change of clock', () => {
    expect(closureInstants('2026-12-21', '2027-01-03', 'Europe/Berlin')).toEqual({
      start: '2026-12-21T00:00:00.000+01:00',
      end: '2027-01-04T00:00:00.000+01:00',
    });
    expect(closureInstants('2027-03-27', '2027-03-28', 'Europe/Berlin')).toEqual({
      start: '2027-03-27T00:00:00.000+01:00',
      end: '2027-03-29T00:00:00.000+02:00',
    });
    expect(closureInstants('', '2027-03-28', 'Europe/Berlin')).toBeNull();
  });

  it('reads a closure back as the days staff entered', () => {
    expect(closureDays('2026-12-20T23:00:00.000Z', '2027-01-03T23:00:00.000Z', 'Europe/Berlin')).toEqual({
      firstDay: '2026-12-21',
      lastDay: '2027-01-03',
    });
  });
});
