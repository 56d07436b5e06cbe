import { describe, expect, it } from 'vitest';
import {
  coachingBy,
  coachingChartConfig,
  coachingChartHeight,
  coachingChartSeries,
  coachingDownloadUrl,
  coachingRowCells,
  coachingRowKey,
  toggleDimension,
  type CoachingRow,
} from './coachingReport.js';

const words = { topic: (code: string) => `topic:${code}`, month: (month: string) => `month:${month}`, all: 'All' };
const figures = { requests: 2, sessions: 3, hours: 4.5, closed: 1, medianDaysToFirstSession: 10.33 };

describe('the coaching report’s logic', () => {
  it('keeps the dimensions in the server’s order, each once, however they were ticked', () => {
    expect(coachingBy(['MONTH', 'TOPIC', 'MONTH'])).toEqual(['TOPIC', 'MONTH']);
    expect(toggleDimension(['MONTH'], 'TOPIC')).toEqual(['TOPIC', 'MONTH']);
    expect(toggleDimension(['TOPIC', 'MONTH'], 'TOPIC')).toEqual(['MONTH']);
    expect(toggleDimension(['TOPIC'], 'TOPIC')).toEqual([]);
  });

  it('words topics and months and keeps MO names', () => {
    const row: CoachingRow = { topic: 'FUNDING', organizationId: 'o1', organizationName: 'Chor Kalyna', month: '2027-02', ...figures };
    expect(coachingRowCells(row, ['TOPIC', 'ORGANIZATION', 'MONTH'], words)).toEqual(['topic:FUNDING', 'Chor Kalyna', 'month:2027-02']);
    expect(coachingRowCells(row, ['ORGANIZATION', 'MONTH'], words)).toEqual(['Chor Kalyna', 'month:2027-02']);
    expect(coachingRowKey(row)).toBe('FUNDING|o1|2027-02');
    expect(coachingRowKey({ ...figures, month: '2027-03' })).toBe('||2027-03');
  });

  it('compares requests, sessions and closings per row in the chart, mirrored for right-to-left', () => {
    const rows: CoachingRow[] = [
      { topic: 'FUNDING', ...figures },
      { topic: 'LEGAL', requests: 1, sessions: 0, hours: 0, closed: 0, medianDaysToFirstSession: null },
    ];
    const series = coachingChartSeries(rows, ['TOPIC'], words);
    expect(series).toEqual({ labels: [['topic:FUNDING'], ['topic:LEGAL']], requests: [2, 1], sessions: [3, 0], closed: [1, 0] });
    expect(coachingChartSeries(rows, ['TOPIC', 'MONTH'], words).labels[0]).toEqual(['topic:FUNDING', '']);
    expect(coachingChartSeries([rows[0]!], [], words).labels).toEqual([['All']]);
    const texts = { requests: 'Requests', sessions: 'Sessions', closed: 'Closed' };
    const ltr = coachingChartConfig(series, texts, { rtl: false, locale: 'de-DE' });
    expect(ltr.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Requests', [2, 1]],
      ['Sessions', [3, 0]],
      ['Closed', [1, 0]],
    ]);
    expect(ltr.options?.indexAxis).toBe('y');
    const rtl = coachingChartConfig(series, texts, { rtl: true, locale: 'ar' });
    expect(rtl.options?.scales?.x).toMatchObject({ reverse: true });
    expect(rtl.options?.scales?.y).toMatchObject({ position: 'right' });
    expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true });
  });

  it('grows the chart with its rows', () => {
    expect(coachingChartHeight(0)).toBe('180px');
    expect(coachingChartHeight(10)).toBe('600px');
  });

  it('downloads from the same path as the other report files, with the grouping', () => {
    const url = coachingDownloadUrl(
      'xlsx',
      { from: '2027-01-01T00:00:00.000+01:00', to: '2027-04-01T00:00:00.000+02:00' },
      ['TOPIC', 'MONTH'],
      'ar',
    );
    const parsed = new URL(url, 'https://kollektiv.example');
    expect(parsed.pathname).toBe('/reports/coaching.xlsx');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      from: '2027-01-01T00:00:00.000+01:00',
      to: '2027-04-01T00:00:00.000+02:00',
      by: 'TOPIC,MONTH',
      lang: 'ar',
    });
    expect(new URL(coachingDownloadUrl('csv', { from: 'a', to: 'b' }, [], 'de'), 'https://x.example').searchParams.get('by')).toBe('');
  });
});
