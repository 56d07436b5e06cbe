import { describe, expect, it } from 'vitest';
import { fromWeekRows, nextSpan, toWeekRows, weekProblems, copySpans, WORKDAYS } from './openingHours.js';

describe('opening hours in the editor', () => {
  const hours = [
    { weekday: 1, opens: '15:00', closes: '21:00' },
    { weekday: 1, opens: '09:00', closes: '13:00' },
    { weekday: 6, opens: '10:00', closes: '16:00' },
  ];

  it('shows every weekday, closed ones without spans, spans earliest first, and gives back the same hours', () => {
    const rows = toWeekRows(hours);
    expect(rows).toHaveLength(7);
    expect(rows[0]!.spans).toEqual([
      { opens: '09:00', closes: '13:00' },
      { opens: '15:00', closes: '21:00' },
    ]);
    expect(rows[6]!.spans).toEqual([]);
    expect(fromWeekRows(rows)).toEqual([
      { weekday: 1, opens: '09:00', closes: '13:00' },
      { weekday: 1, opens: '15:00', closes: '21:00' },
      { weekday: 6, opens: '10:00', closes: '16:00' },
    ]);
  });

  it.each([
    [[{ opens: '9:00', closes: '13:00' }], 'FORMAT'],
    [[{ opens: '13:00', closes: '09:00' }], 'ORDER'],
    [
      [
        { opens: '09:00', closes: '13:00' },
        { opens: '12:00', closes: '14:00' },
      ],
      'OVERLAP',
    ],
    [
      [
        { opens: '09:00', closes: '13:00' },
        { opens: '13:00', closes: '14:00' },
      ],
      'OVERLAP',
    ],
    [[{ opens: '00:00', closes: '24:00' }], null],
  ])('finds %j → %s', (spans, problem) => {
    expect(weekProblems([{ weekday: 2, spans }])).toEqual(problem === null ? [] : [{ weekday: 2, problem }]);
  });

  it('offers a new span after the last one', () => {
    expect(nextSpan({ weekday: 1, spans: [] })).toEqual({ opens: '09:00', closes: '17:00' });
    expect(nextSpan({ weekday: 1, spans: [{ opens: '09:00', closes: '13:00' }] })).toEqual({ opens: '14:00', closes: '16:00' });
    expect(nextSpan({ weekday: 1, spans: [{ opens: '09:00', closes: '23:00' }] })).toEqual({ opens: '22:00', closes: '24:00' });
  });

  it('copies one day’s spans onto the workdays, each its own copy, leaving the weekend and the day itself alone', () => {
    const week = toWeekRows([
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 1, opens: '14:00', closes: '20:00' },
      { weekday: 3, opens: '10:00', closes: '11:00' },
      { weekday: 6, opens: '10:00', closes: '16:00' },
    ]);
    const copied = copySpans(week, 1, WORKDAYS);
    for (const weekday of [2, 3, 4, 5])
      expect(copied[weekday - 1]!.spans).toEqual([
        { opens: '09:00', closes: '12:00' },
        { opens: '14:00', closes: '20:00' },
      ]);
    expect(copied[5]!.spans).toEqual([{ opens: '10:00', closes: '16:00' }]);
    expect(copied[6]!.spans).toEqual([]);
    // a later change to one day does not change another
    copied[1]!.spans[0]!.opens = '08:00';
    expect(copied[2]!.spans[0]!.opens).toBe('09:00');
    expect(copied[0]).toBe(week[0]);
    // a closed day copied closes the workdays
    expect(copySpans(week, 2, WORKDAYS).map((row) => row.spans.length)).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });
});
