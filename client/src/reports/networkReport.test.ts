import { describe, expect, it } from 'vitest';
import {
  isEmptyNetworkReport,
  networkChartConfig,
  networkChartHeight,
  networkDownloadUrl,
  periodText,
  type NetworkRow,
} from './networkReport.js';

const words = {
  month: (year: number, month: number) => `m${month}/${year}`,
  quarter: (year: number, quarter: number) => `q${quarter}/${year}`,
};
const zero = { meetingsHeld: 0, mosInvited: 0, mosPresent: 0, peoplePresent: 0, proposalsMade: 0, proposalsAnswered: 0, proposalsDone: 0 };
const texts = { mosInvited: 'Invited', mosPresent: 'Present', proposalsMade: 'Made', proposalsAnswered: 'Answered' };

describe('the network report’s logic', () => {
  it('words months, quarters and years as the server names them', () => {
    expect(periodText('2026-12', words)).toBe('m12/2026');
    expect(periodText('2027-Q1', words)).toBe('q1/2027');
    expect(periodText('2027', words)).toBe('2027');
  });

  it('is empty only when no meeting was held and no proposal made or answered', () => {
    expect(isEmptyNetworkReport(zero)).toBe(true);
    expect(isEmptyNetworkReport({ ...zero, proposalsAnswered: 1 })).toBe(false);
    expect(isEmptyNetworkReport({ ...zero, meetingsHeld: 1 })).toBe(false);
  });

  it('sets MOs invited and present beside proposals made and answered per period, mirrored for right-to-left', () => {
    const rows: NetworkRow[] = [
      { period: '2026-12', ...zero, meetingsHeld: 1, mosInvited: 12, mosPresent: 9, peoplePresent: 21, proposalsMade: 2 },
      { period: '2027-01', ...zero, proposalsAnswered: 3 },
    ];
    const ltr = networkChartConfig(rows, texts, { rtl: false, locale: 'de-DE', words });
    expect(ltr.data.labels).toEqual(['m12/2026', 'm1/2027']);
    expect(ltr.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Invited', [12, 0]],
      ['Present', [9, 0]],
      ['Made', [2, 0]],
      ['Answered', [0, 3]],
    ]);
    expect(ltr.options?.indexAxis).toBe('y');
    const rtl = networkChartConfig(rows, texts, { rtl: true, locale: 'fa', words });
    expect(rtl.options?.scales?.x).toMatchObject({ reverse: true });
    expect(rtl.options?.scales?.y).toMatchObject({ position: 'right' });
    expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true });
  });

  it('grows the chart with its periods', () => {
    expect(networkChartHeight(1)).toBe('180px');
    expect(networkChartHeight(12)).toBe('828px');
  });

  it('downloads from the same path as the other report files, with the period', () => {
    const url = networkDownloadUrl('xlsx', { from: '2026-11-01T00:00:00.000+01:00', to: '2027-03-01T00:00:00.000+01:00' }, 'QUARTER', 'uk');
    const parsed = new URL(url, 'https://kollektiv.example');
    expect(parsed.pathname).toBe('/reports/network.xlsx');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      from: '2026-11-01T00:00:00.000+01:00',
      to: '2027-03-01T00:00:00.000+01:00',
      groupBy: 'QUARTER',
      lang: 'uk',
    });
  });
});
