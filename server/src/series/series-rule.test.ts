import { describe, expect, it } from 'vitest';
import { expandSeries, parseSeriesRule, ruleEndingBefore, ruleFromSplit, ruleText } from './series-rule.js';

const BERLIN = 'Europe/Berlin';
/** Wall-clock time in Leipzig of an instant, as "2026-03-31 Tue 18:00". */
function local(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: BERLIN,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.weekday} ${parts.hour}:${parts.minute}`;
}

function expand(rrule: string, start: string, end: string) {
  return expandSeries(parseSeriesRule(rrule), { start: new Date(start), end: new Date(end) }, BERLIN);
}

describe('a series rule', () => {
  it('keeps a weekly 18:00–20:30 at 18:00–20:30 local time across the spring switch (29 March 2026)', () => {
    const dates = expand('FREQ=WEEKLY;BYDAY=TU;COUNT=3', '2026-03-24T18:00:00+01:00', '2026-03-24T20:30:00+01:00');
    expect(dates.map((date) => `${local(date.start)}–${local(date.end).slice(-5)}`)).toEqual([
      '2026-03-24 Tue 18:00–20:30',
      '2026-03-31 Tue 18:00–20:30',
      '2026-04-07 Tue 18:00–20:30',
    ]);
    // the instants move by an hour in UTC, as the wall clock does not
    expect(dates.map((date) => date.start.toISOString())).toEqual([
      '2026-03-24T17:00:00.000Z',
      '2026-03-31T16:00:00.000Z',
      '2026-04-07T16:00:00.000Z',
    ]);
  });

  it('keeps it across the autumn switch (25 October 2026)', () => {
    const dates = expand('FREQ=WEEKLY;BYDAY=TU;COUNT=2', '2026-10-20T18:00:00+02:00', '2026-10-20T20:30:00+02:00');
    expect(dates.map((date) => date.start.toISOString())).toEqual(['2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z']);
    expect(dates.map((date) => local(date.end).slice(-5))).toEqual(['20:30', '20:30']);
  });

  it('finds the 2nd Tuesday of each month, written either way', () => {
    const expected = ['2026-10-13', '2026-11-10', '2026-12-08', '2027-01-12'];
    for (const rrule of ['FREQ=MONTHLY;BYDAY=2TU;COUNT=4', 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=4'])
      expect(expand(rrule, '2026-10-13T18:00:00+02:00', '2026-10-13T20:00:00+02:00').map((date) => local(date.start).slice(0, 10))).toEqual(
        expected,
      );
  });

  it('books Monday and Wednesday mornings every other week until a date, that day included', () => {
    const dates = expand('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20261125', '2026-11-02T09:00:00+01:00', '2026-11-02T11:00:00+01:00');
    expect(dates.map((date) => local(date.start))).toEqual([
      '2026-11-02 Mon 09:00',
      '2026-11-04 Wed 09:00',
      '2026-11-16 Mon 09:00',
      '2026-11-18 Wed 09:00',
    ]);
    const inclusive = expand('FREQ=WEEKLY;BYDAY=WE;UNTIL=20261118', '2026-11-04T18:00:00+01:00', '2026-11-04T19:00:00+01:00');
    expect(inclusive.map((date) => local(date.start).slice(0, 10))).toEqual(['2026-11-04', '2026-11-11', '2026-11-18']);
  });

  it('reads an UNTIL in UTC in the house’s wall time', () => {
    // 17:00 UTC on 17 November is 18:00 in Leipzig: the 18:00 date that day is still in
    const dates = expand('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T170000Z', '2026-11-03T18:00:00+01:00', '2026-11-03T19:00:00+01:00');
    expect(dates).toHaveLength(3);
  });

  it.each([
    '',
    'FREQ=YEARLY;COUNT=2',
    'FREQ=HOURLY;COUNT=2',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;COUNT=2;UNTIL=20270101',
    'FREQ=WEEKLY;BYDAY=2TU;COUNT=3',
    'FREQ=WEEKLY;BYHOUR=3;COUNT=3',
    'FREQ=WEEKLY;COUNT=3;COUNT=4',
    'FREQ=WEEKLY;BYDAY=XX;COUNT=3',
    'FREQ=WEEKLY;COUNT=0',
    'FREQ=WEEKLY;COUNT=5000',
    'FREQ=WEEKLY;UNTIL=20270231',
    'FREQ=WEEKLY;INTERVAL=0;COUNT=3',
    'DTSTART:20260101T100000Z',
    'FREQ=WEEKLY;COUNT=3;X-NAME=1',
  ])('refuses %j as INVALID_RRULE', (rrule) => {
    expect(() => parseSeriesRule(rrule)).toThrow(expect.objectContaining({ details: { field: 'rrule', reason: 'INVALID_RRULE' } }));
  });

  it('normalises the text it keeps', () => {
    expect(ruleText(parseSeriesRule('rrule:freq=weekly;byday=tu,th;until=20270630'))).toBe('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630T235959');
    expect(ruleText(parseSeriesRule('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6'))).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6');
  });

  it('splits into the dates before and the dates from a given one, together the same dates', () => {
    const rule = parseSeriesRule('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
    const first = { start: new Date('2026-10-06T18:00:00+02:00'), end: new Date('2026-10-06T20:00:00+02:00') };
    const all = expandSeries(rule, first, BERLIN);
    const splitAt = all[4]!;
    const before = expandSeries(ruleEndingBefore(rule, 4, splitAt.start, BERLIN), first, BERLIN);
    const after = expandSeries(ruleFromSplit(rule, 4), splitAt, BERLIN);
    expect([...before, ...after].map((date) => date.start.toISOString())).toEqual(all.map((date) => date.start.toISOString()));

    const untilRule = parseSeriesRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208');
    const untilAll = expandSeries(untilRule, first, BERLIN);
    const cut = expandSeries(ruleEndingBefore(untilRule, 4, untilAll[4]!.start, BERLIN), first, BERLIN);
    expect(cut.map((date) => date.start.toISOString())).toEqual(untilAll.slice(0, 4).map((date) => date.start.toISOString()));
  });
});
