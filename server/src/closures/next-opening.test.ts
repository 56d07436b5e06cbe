import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../locations/opening-hours.js';
import { holidayPeriods, type ClosedPeriod } from './closed-periods.js';
import { nextOpening } from './next-opening.js';

const zone = 'Europe/Berlin';
const days = (weekdays: number[], opens: string, closes: string): OpeningHours[] => weekdays.map((weekday) => ({ weekday, opens, closes }));
/** Like the demo's Zschochersche Str. 50: weekdays 08:00–22:00, Saturday 10:00–20:00, closed on Sunday. */
const west = {
  id: 'west',
  timeZone: zone,
  openOnPublicHolidays: false,
  openingHours: [...days([1, 2, 3, 4, 5], '08:00', '22:00'), ...days([6], '10:00', '20:00')],
};
/** Open every day, shorter at the weekend, with a lunch break on Wednesday. */
const everyDay = {
  id: 'every-day',
  timeZone: zone,
  openOnPublicHolidays: false,
  openingHours: [
    ...days([1, 2, 4, 5], '09:00', '21:00'),
    { weekday: 3, opens: '09:00', closes: '13:00' },
    { weekday: 3, opens: '14:00', closes: '21:00' },
    ...days([6, 7], '11:00', '18:00'),
  ],
};
const aroundTheClock = {
  id: 'always',
  timeZone: zone,
  openOnPublicHolidays: true,
  openingHours: days([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00'),
};

type House = typeof west;
const closure = (house: House, start: string, end: string, roomId: string | null = null): ClosedPeriod => ({
  id: `closure-${start}`,
  kind: 'CLOSURE',
  name: 'Betriebsferien',
  holiday: null,
  date: null,
  start: new Date(start),
  end: new Date(end),
  locationId: house.id,
  roomId,
});

function opening(house: House, from: string, closures: ClosedPeriod[] = []) {
  const at = new Date(from);
  const closed = [...closures, ...holidayPeriods(house, at, new Date(at.getTime() + 70 * 86_400_000))];
  const span = nextOpening(house, at, closed);
  return span && { start: span.start.toISOString(), end: span.end.toISOString() };
}

describe('nextOpening: when a house opens next, on the days a calendar meets', () => {
  it.each([
    // [why, house, from, start, end]
    ['open now: the span that is going on', west, '2026-12-08T10:00:00+01:00', '2026-12-08T07:00:00.000Z', '2026-12-08T21:00:00.000Z'],
    ['a Sunday in December: Monday morning', west, '2026-12-06T15:00:00+01:00', '2026-12-07T07:00:00.000Z', '2026-12-07T21:00:00.000Z'],
    ['at the moment it opens', west, '2026-12-07T08:00:00+01:00', '2026-12-07T07:00:00.000Z', '2026-12-07T21:00:00.000Z'],
    [
      'at the moment it closes: tomorrow (half-open spans)',
      west,
      '2026-12-07T22:00:00+01:00',
      '2026-12-08T07:00:00.000Z',
      '2026-12-08T21:00:00.000Z',
    ],
    ['23:30 on a Tuesday: Wednesday morning', west, '2026-12-08T23:30:00+01:00', '2026-12-09T07:00:00.000Z', '2026-12-09T21:00:00.000Z'],
    [
      'Christmas Eve at 23:30: past two holidays and a Sunday',
      west,
      '2026-12-24T23:30:00+01:00',
      '2026-12-28T07:00:00.000Z',
      '2026-12-28T21:00:00.000Z',
    ],
    [
      'New Year’s Eve at 23:59: past New Year to Saturday',
      west,
      '2026-12-31T23:59:00+01:00',
      '2027-01-02T09:00:00.000Z',
      '2027-01-02T19:00:00.000Z',
    ],
    ['Buß- und Bettag: Thursday', west, '2026-11-18T09:00:00+01:00', '2026-11-19T07:00:00.000Z', '2026-11-19T21:00:00.000Z'],
    ['Reformationstag on a Wednesday: Thursday', west, '2029-10-31T09:00:00+01:00', '2029-11-01T07:00:00.000Z', '2029-11-01T21:00:00.000Z'],
    [
      'Easter Saturday evening, the night the clocks go forward: past Easter Monday, in summer time',
      west,
      '2027-03-27T21:00:00+01:00',
      '2027-03-30T06:00:00.000Z',
      '2027-03-30T20:00:00.000Z',
    ],
    [
      'the spring switch day, for a house open on Sundays: 11:00 summer time',
      everyDay,
      '2027-03-28T01:30:00+01:00',
      '2027-03-28T09:00:00.000Z',
      '2027-03-28T16:00:00.000Z',
    ],
    [
      'the autumn switch day, which is Reformationstag in 2027: Monday in winter time',
      everyDay,
      '2027-10-31T02:30:00+01:00',
      '2027-11-01T08:00:00.000Z',
      '2027-11-01T20:00:00.000Z',
    ],
    [
      'the autumn switch day in 2026, an ordinary Sunday: 11:00 winter time',
      everyDay,
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T10:00:00.000Z',
      '2026-10-25T17:00:00.000Z',
    ],
    ['29 February at 23:59: 1 March', west, '2028-02-29T23:59:00+01:00', '2028-03-01T07:00:00.000Z', '2028-03-01T21:00:00.000Z'],
    ['the lunch break: the afternoon span', everyDay, '2026-12-09T13:15:00+01:00', '2026-12-09T13:00:00.000Z', '2026-12-09T20:00:00.000Z'],
    [
      'open around the clock: one span from a day back to the horizon, not until midnight',
      aroundTheClock,
      '2026-12-24T23:30:00+01:00',
      '2026-12-22T23:00:00.000Z',
      '2027-02-24T23:00:00.000Z',
    ],
  ])('%s', (_why, house, from, start, end) => {
    expect(opening(house, from)).toEqual({ start, end });
  });

  it('a closure over Christmas: open until it starts, then the first day after it', () => {
    const holidays = closure(west, '2026-12-24T12:00:00+01:00', '2027-01-04T00:00:00+01:00');
    expect(opening(west, '2026-12-24T10:00:00+01:00', [holidays])).toEqual({
      start: '2026-12-24T07:00:00.000Z',
      end: '2026-12-24T11:00:00.000Z',
    });
    expect(opening(west, '2026-12-24T13:00:00+01:00', [holidays])).toEqual({
      start: '2027-01-04T07:00:00.000Z',
      end: '2027-01-04T21:00:00.000Z',
    });
  });

  it('a closure of the morning: the house opens when it ends; a room’s closure does not close the house', () => {
    const morning = closure(west, '2026-12-08T08:00:00+01:00', '2026-12-08T12:00:00+01:00');
    expect(opening(west, '2026-12-08T07:00:00+01:00', [morning])?.start).toBe('2026-12-08T11:00:00.000Z');
    const oneRoom = closure(west, '2026-12-08T00:00:00+01:00', '2026-12-09T00:00:00+01:00', 'room-1');
    expect(opening(west, '2026-12-08T07:00:00+01:00', [oneRoom])?.start).toBe('2026-12-08T07:00:00.000Z');
  });

  it('a span that runs past midnight into the moment asked about is the one going on, joined with the next day’s', () => {
    const night = { ...west, openingHours: [...days([1], '20:00', '24:00'), ...days([2], '00:00', '02:00')] };
    expect(opening(night, '2026-12-08T01:00:00+01:00')).toEqual({ start: '2026-12-07T19:00:00.000Z', end: '2026-12-08T01:00:00.000Z' });
  });

  it('hours the spring switch skips are no opening: the next real span is', () => {
    const earlyHours = { ...west, openingHours: [...days([7], '02:00', '03:00'), ...days([7], '10:00', '12:00')] };
    expect(opening(earlyHours, '2027-03-28T00:30:00+01:00')).toEqual({
      start: '2027-03-28T08:00:00.000Z',
      end: '2027-03-28T10:00:00.000Z',
    });
  });

  it('a house without opening hours, or closed past the horizon, has no next opening', () => {
    expect(opening({ ...west, openingHours: [] }, '2026-12-08T10:00:00+01:00')).toBeNull();
    const long = closure(west, '2026-12-01T00:00:00+01:00', '2027-06-01T00:00:00+02:00');
    expect(opening(west, '2026-12-08T10:00:00+01:00', [long])).toBeNull();
  });
});
