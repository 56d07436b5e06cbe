import { describe, expect, it } from 'vitest';
import { placeRow, rowHeight, SIZES } from './rowLayout.js';
import { roomsSpan } from './roomsRange.js';

const HOURS = { opens: '08:00', closes: '22:00' };
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+01:00`);
const item = (id: string, date: string, from: string, to: string) => ({ id, start: at(date, from), end: at(date, to) });

describe('placeRow', () => {
  it('in the week, lines the bookings of each day up in order of start', () => {
    const { edges } = roomsSpan('week', '2027-01-11', HOURS);
    const { placed, lines } = placeRow(
      [
        item('late', '2027-01-12', '18:00', '19:00'),
        item('early', '2027-01-12', '09:00', '10:00'),
        item('mon', '2027-01-11', '09:00', '10:00'),
      ],
      'week',
      edges,
    );
    expect(placed.map((entry) => [entry.item.id, entry.column, entry.line])).toEqual([
      ['mon', 0, 0],
      ['early', 1, 0],
      ['late', 1, 1],
    ]);
    expect(lines).toBe(2);
  });

  it('in the day, places bookings on the hours, and puts any overlap in a lane of its own', () => {
    const { edges } = roomsSpan('day', '2027-01-12', HOURS);
    const { placed, lines } = placeRow(
      [item('a', '2027-01-12', '08:00', '15:00'), item('b', '2027-01-12', '15:00', '22:00'), item('c', '2027-01-12', '14:00', '16:00')],
      'day',
      edges,
    );
    expect(placed.map((entry) => [entry.item.id, entry.line, entry.from, entry.to])).toEqual([
      ['a', 0, 0, 0.5],
      ['c', 1, 3 / 7, 4 / 7],
      ['b', 0, 0.5, 1],
    ]);
    expect(lines).toBe(2);
  });

  it('an empty row still has a line', () => {
    expect(placeRow([], 'day', roomsSpan('day', '2027-01-12', HOURS).edges).lines).toBe(1);
  });
});

describe('rowHeight', () => {
  it('grows with the bookings of the busiest day', () => {
    expect(rowHeight('week', 10, 'Saal', '')).toBe(10 * SIZES.weekLine + 2 * SIZES.padding);
  });

  it('gives a long room name the lines it needs, so it is never cut off', () => {
    const long = 'Gemeinschaftsraum im Hinterhaus mit Zugang über den Hof, zweiter Stock links';
    expect(rowHeight('day', 1, long, '12 places')).toBeGreaterThan(rowHeight('day', 1, 'Saal', '12 places'));
    expect(rowHeight('day', 1, long, '12 places')).toBeGreaterThanOrEqual(4 * SIZES.nameLine);
  });
});
