import { describe, expect, it } from 'vitest';
import {
  eveningChartConfig,
  fairnessChartHeight,
  fairnessDownloadUrl,
  hoursChartConfig,
  isHours,
  notCheckedIn,
  ownStanding,
  type FairnessRow,
} from './fairnessReport.js';

const row = (overrides: Partial<FairnessRow>): FairnessRow => ({
  organizationId: 'o1',
  organizationName: 'Chor Kalyna',
  takesPart: true,
  bookedHours: 0,
  usedHours: 0,
  releasedHours: 0,
  eveningHours: 0,
  declinedRequests: 0,
  lapsedRequests: 0,
  eveningAgainstFairShare: 0,
  ...overrides,
});

describe('the fairness report’s logic', () => {
  it.each([
    { name: 'above the share', difference: 4.33, standing: { key: 'above', hours: 4.33 } },
    { name: 'below the share', difference: -0.17, standing: { key: 'below', hours: 0.17 } },
    { name: 'a rounding away from the share is the share', difference: -0.01, standing: { key: 'even', hours: 0 } },
    { name: 'exactly the share', difference: 0, standing: { key: 'even', hours: 0 } },
  ])('tells an MO where it stands: $name', ({ difference, standing }) => {
    expect(ownStanding(row({ eveningAgainstFairShare: difference }))).toEqual(standing);
  });

  it('says an MO that took no part asked for nothing, also when the server sent no row', () => {
    expect(ownStanding(row({ takesPart: false, eveningAgainstFairShare: null }))).toEqual({ key: 'none', hours: 0 });
    expect(ownStanding(undefined)).toEqual({ key: 'none', hours: 0 });
  });

  it('counts hours with decimals and requests as whole numbers', () => {
    expect(['bookedHours', 'usedHours', 'releasedHours', 'eveningHours'].every((figure) => isHours(figure as 'bookedHours'))).toBe(true);
    expect(isHours('declinedRequests') || isHours('lapsedRequests')).toBe(false);
  });

  it('takes booked hours neither checked in nor released as not checked in, never below nothing', () => {
    expect(notCheckedIn(row({ bookedHours: 10.5, usedHours: 5.5, releasedHours: 2 }))).toBe(3);
    expect(notCheckedIn(row({ bookedHours: 0.3, usedHours: 0.1, releasedHours: 0.2 }))).toBe(0);
  });

  it('sets each MO that took part beside the fair share, mirrored for right-to-left', () => {
    const rows = [
      row({ organizationName: 'Chor Kalyna', eveningHours: 8.5 }),
      row({ organizationId: 'o2', organizationName: 'SDKV', eveningHours: 4 }),
      row({ organizationId: 'o3', organizationName: 'Ohne Buchung', takesPart: false, eveningAgainstFairShare: null }),
    ];
    const ltr = eveningChartConfig(rows, 4.17, { evening: 'Evening', share: 'Share' }, { rtl: false, locale: 'de-DE' });
    expect(ltr.data.labels).toEqual(['Chor Kalyna', 'SDKV']);
    expect(ltr.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Evening', [8.5, 4]],
      ['Share', [4.17, 4.17]],
    ]);
    expect(ltr.options?.indexAxis).toBe('y');
    const rtl = eveningChartConfig(rows, 4.17, { evening: 'Evening', share: 'Share' }, { rtl: true, locale: 'ar' });
    expect(rtl.options?.scales?.x).toMatchObject({ reverse: true });
    expect(rtl.options?.scales?.y).toMatchObject({ position: 'right' });
    expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true });
  });

  it('stacks each booking MO’s hours as used, released and not checked in', () => {
    const rows = [
      row({ bookedHours: 10.5, usedHours: 5.5, releasedHours: 2 }),
      row({ organizationId: 'o2', organizationName: 'Abgelehnt', bookedHours: 0, declinedRequests: 1 }),
    ];
    const config = hoursChartConfig(rows, { used: 'Used', released: 'Released', notCheckedIn: 'Not' }, { rtl: false, locale: 'de-DE' });
    expect(config.data.labels).toEqual(['Chor Kalyna']);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([[5.5], [2], [3]]);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true });
  });

  it('grows with the MOs, from a readable minimum', () => {
    expect(fairnessChartHeight(0)).toBe('160px');
    expect(fairnessChartHeight(20)).toBe(`${22 * 2 * 20 + 80}px`);
    expect(fairnessChartHeight(20, 1)).toBe(`${22 * 20 + 80}px`);
  });

  it('downloads the same period in the reader’s language', () => {
    expect(fairnessDownloadUrl('xlsx', { from: '2027-01-01T00:00:00.000+01:00', to: '2027-04-01T00:00:00.000+02:00' }, 'uk')).toBe(
      '/reports/fairness.xlsx?from=2027-01-01T00%3A00%3A00.000%2B01%3A00&to=2027-04-01T00%3A00%3A00.000%2B02%3A00&lang=uk',
    );
  });
});
