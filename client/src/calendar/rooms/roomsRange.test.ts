import { describe, expect, it } from 'vitest';
import { columnOf, droppedAt, instantAt, roomsMode, roomsSpan, shiftDate, spanFraction } from './roomsRange.js';

const HOURS = { opens: '08:00', closes: '22:00' };

describe('roomsSpan', () => {
  it('a week runs Monday to Monday in Berlin, a column per day', () => {
    const span = roomsSpan('week', '2027-01-13', HOURS);
    expect(span.from).toBe('2027-01-11T00:00:00.000+01:00');
    expect(span.to).toBe('2027-01-18T00:00:00.000+01:00');
    expect(span.columns).toHaveLength(7);
    expect(span.columns[6]).toBe('2027-01-17T00:00:00.000+01:00');
  });

  it('a day is asked whole and shown from the earliest opening to the latest closing, an hour a column', () => {
    const span = roomsSpan('day', '2027-01-12', { opens: '08:30', closes: '21:30' });
    expect([span.from, span.to]).toEqual(['2027-01-12T00:00:00.000+01:00', '2027-01-13T00:00:00.000+01:00']);
    expect(span.columns[0]).toBe('2027-01-12T08:00:00.000+01:00');
    expect(span.columns.at(-1)).toBe('2027-01-12T21:00:00.000+01:00');
    expect(span.edges).toHaveLength(15);
  });

  it('the week of the clocks going forward has a day of 23 hours', () => {
    const span = roomsSpan('week', '2027-03-28', HOURS);
    expect(span.edges[7]! - span.edges[6]!).toBe(23 * 3_600_000);
  });
});

describe('positions across the span', () => {
  const span = roomsSpan('day', '2027-01-12', HOURS);
  const at = (time: string) => Date.parse(`2027-01-12T${time}:00+01:00`);

  it('places an instant by its columns, clamped to the span', () => {
    expect(spanFraction(span.edges, at('08:00'))).toBe(0);
    expect(spanFraction(span.edges, at('15:00'))).toBe(0.5);
    expect(spanFraction(span.edges, at('23:00'))).toBe(1);
    expect(spanFraction(span.edges, at('06:00'))).toBe(0);
  });

  it('finds the column an instant starts in', () => {
    expect(columnOf(span.edges, at('08:59'))).toBe(0);
    expect(columnOf(span.edges, at('09:00'))).toBe(1);
    expect(columnOf(span.edges, at('23:30'))).toBe(13);
    expect(columnOf(span.edges, at('05:00'))).toBe(0);
  });
});

describe('views and steps', () => {
  it('draws the two room views itself, leaving the others to FullCalendar', () => {
    expect([roomsMode('resourceTimeGridDay'), roomsMode('resourceTimelineWeek'), roomsMode('timeGridWeek')]).toEqual(['day', 'week', null]);
  });

  it('steps a day or a week', () => {
    expect(shiftDate('day', '2027-01-31', 1)).toBe('2027-02-01');
    expect(shiftDate('week', '2027-01-13', -1)).toBe('2027-01-06');
  });
});

describe('dragging along the hours', () => {
  const span = roomsSpan('day', '2027-01-12', HOURS);
  const at = (time: string) => Date.parse(`2027-01-12T${time}:00+01:00`);

  it('finds the instant under a point across the hours', () => {
    expect(instantAt(span.edges, 0.5)).toBe(at('15:00'));
    expect(instantAt(span.edges, 1)).toBe(at('22:00'));
    expect(instantAt(span.edges, -0.2)).toBe(at('08:00'));
  });

  it('moves a booking by the pointer’s way, to the quarter hour, keeping its length', () => {
    const booking = { start: at('10:00'), end: at('11:30') };
    expect(droppedAt(booking, at('10:40'), at('13:52'))).toEqual({ start: at('13:15'), end: at('14:45') });
  });
});
