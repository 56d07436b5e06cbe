import { createRequire } from 'node:module';
import type { RRule as RRuleClass } from 'rrule';
import { describe, expect, it } from 'vitest';
import { reachesADate } from './rule-reach.js';
import { parseSeriesRule, rruleOptions } from './series-rule.js';

const { RRule } = createRequire(import.meta.url)('rrule') as { RRule: typeof RRuleClass };

// floating dates: the UTC fields hold the wall-clock time, as the series expansion works
const dtstart = new Date('2027-02-01T18:00:00Z');
const windowEnd = new Date('2030-02-01T18:00:00Z');

describe('reachesADate: rules that can never give a date are found without walking to the year 9999', () => {
  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=31,30;BYDAY=1MO;COUNT=731', 'the first Monday is never the 30th or 31st'],
    ['FREQ=MONTHLY;BYDAY=2MO;BYSETPOS=2;COUNT=3', 'one second Monday a month, never a second of them'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30;COUNT=3', 'every February, which has no 30th'],
    ['FREQ=DAILY;INTERVAL=7;BYDAY=TU;COUNT=3', 'every seventh day from a Monday is a Monday'],
    ['FREQ=MONTHLY;BYMONTHDAY=-31;BYDAY=TU;INTERVAL=12;COUNT=2', 'every February, whose 31st from the end does not exist'],
  ])('%s (%s)', (text) => {
    const started = performance.now();
    expect(reachesADate(parseSeriesRule(text), dtstart, windowEnd)).toBe(false);
    // a few thousand steps at most, not a walk through 8,000 years
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
    'FREQ=MONTHLY;BYDAY=5MO;COUNT=2',
    'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2',
    'FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=29;COUNT=1',
    'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=2',
    'FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR;COUNT=1',
    'FREQ=DAILY;INTERVAL=3;BYDAY=SU;COUNT=2',
    'FREQ=MONTHLY;COUNT=3',
  ])('%s reaches a date, the same the recurrence library finds first', (text) => {
    const rule = parseSeriesRule(text);
    expect(reachesADate(rule, dtstart, windowEnd)).toBe(true);
    const [first] = new RRule(rruleOptions(rule, dtstart)).all((_date, index) => index < 1);
    expect(first!.getTime()).toBeLessThanOrEqual(windowEnd.getTime());
  });

  it('agrees with the recurrence library on 300 generated rules that do reach a date', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    let reached = 0;
    for (let index = 0; index < 300; index++) {
      const freq = ['DAILY', 'WEEKLY', 'MONTHLY'][random(3)]!;
      const parts = [`FREQ=${freq}`, `INTERVAL=${1 + random(12)}`, 'COUNT=1'];
      if (freq === 'MONTHLY' && random(2)) parts.push(`BYMONTHDAY=${random(2) ? 1 + random(31) : -1 - random(31)}`);
      else if (random(2)) {
        const nth = freq === 'MONTHLY' && random(2) ? String(1 + random(5)) : '';
        parts.push(`BYDAY=${nth}${days[random(7)]}`);
        if (freq === 'MONTHLY' && nth === '' && random(2)) parts.push(`BYSETPOS=${random(2) ? 1 + random(5) : -1 - random(5)}`);
      }
      const rule = parseSeriesRule(parts.join(';'));
      const start = new Date(Date.UTC(2027, random(12), 1 + random(28), 18));
      const end = new Date(start.getTime() + 3 * 366 * 86_400_000);
      if (!reachesADate(rule, start, end)) continue;
      reached++;
      const [first] = new RRule(rruleOptions(rule, start)).all((_date, position) => position < 1);
      expect(first, parts.join(';')).toBeDefined();
      expect(first!.getTime(), parts.join(';')).toBeLessThanOrEqual(end.getTime());
    }
    expect(reached).toBeGreaterThan(200);
  });
});
