import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.js';

describe('Metrics', () => {
  it('gives a gauge whose read fails NaN, or no label sets, never a 0 that looks like good news', async () => {
    const metrics = new Metrics();
    metrics.gauge('test_lag', 'a figure read from the database', () => Promise.reject(new Error('database away')));
    metrics.gauge('test_queue', 'figures by queue', () => Promise.reject(new Error('database away')), ['queue']);
    metrics.gauge('test_known', 'a figure that is there', async () => 3);
    const families = parsePrometheusTextFormat(await metrics.registry.metrics());
    expect(families.find((family) => family.name === 'test_lag')?.metrics[0]?.value).toBe('Nan');
    expect(families.find((family) => family.name === 'test_queue')?.metrics).toEqual([]);
    expect(families.find((family) => family.name === 'test_known')?.metrics[0]?.value).toBe('3');
  });

  it('keeps operation names a client chose as labels only while they are plain and few', () => {
    const metrics = new Metrics();
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('Bookings')).toBe('Bookings');
    expect(metrics.operationLabel('name with spaces')).toBe('other');
    for (let index = 0; index < 250; index++) metrics.operationLabel(`Invented${index}`);
    expect(metrics.operationLabel('Bookings')).toBe('Bookings');
    expect(metrics.operationLabel('Invented249')).toBe('other');
  });
});
