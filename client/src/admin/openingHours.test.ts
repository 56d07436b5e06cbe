import { describe, expect, it } from 'vitest';
import { fromWeekRows, nextSpan, toWeekRows, weekProblems } from './openingHours.js';

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
});
