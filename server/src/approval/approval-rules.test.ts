import { describe, expect, it } from 'vitest';
import { NO_APPROVAL, approvalReasons, rulesInForce, type ApprovalFacts } from './approval-rules.js';

const weekdayEvening: ApprovalFacts = { expectedAttendees: 12, weekday: 3, seriesDates: null, confirmedBefore: 10 };

describe('approvalReasons', () => {
  it('needs nothing where staff set nothing', () => {
    expect(approvalReasons(NO_APPROVAL, weekdayEvening)).toEqual([]);
  });

  it.each([
    ['always', { always: true }, {}, ['ALWAYS']],
    ['at the number of people (inclusive)', { minAttendees: 12 }, {}, ['ATTENDEES']],
    ['below the number of people', { minAttendees: 13 }, {}, []],
    ['without a number of people given', { minAttendees: 1 }, { expectedAttendees: null }, []],
    ['on a Saturday', { onWeekends: true }, { weekday: 6 }, ['WEEKEND']],
    ['on a Sunday', { onWeekends: true }, { weekday: 7 }, ['WEEKEND']],
    ['on a Friday', { onWeekends: true }, { weekday: 5 }, []],
    ['a series longer than the limit', { seriesLongerThan: 10 }, { seriesDates: 11 }, ['LONG_SERIES']],
    ['a series of exactly the limit', { seriesLongerThan: 10 }, { seriesDates: 10 }, []],
    ['a single booking under a series rule', { seriesLongerThan: 1 }, { seriesDates: null }, []],
    ['an MO with fewer confirmed bookings', { firstBookings: 3 }, { confirmedBefore: 2 }, ['FIRST_BOOKINGS']],
    ['an MO that has had its first bookings', { firstBookings: 3 }, { confirmedBefore: 3 }, []],
  ] as const)('%s', (_name, rules, facts, reasons) => {
    expect(approvalReasons({ ...NO_APPROVAL, ...rules }, { ...weekdayEvening, ...facts })).toEqual(reasons);
  });

  it('names every reason that applies', () => {
    const rules = { ...NO_APPROVAL, always: true, onWeekends: true, minAttendees: 5 };
    expect(approvalReasons(rules, { ...weekdayEvening, weekday: 7 })).toEqual(['ALWAYS', 'ATTENDEES', 'WEEKEND']);
  });
});

describe('rulesInForce', () => {
  const centre = { ...NO_APPROVAL, roomId: null, locationId: null, always: true };
  const house = { ...NO_APPROVAL, roomId: null, locationId: 'house', onWeekends: true };
  const hall = { ...NO_APPROVAL, roomId: 'hall', locationId: null, minAttendees: 30 };

  it('takes the room’s own rules before its house’s and the centre’s', () => {
    expect(rulesInForce([centre, house, hall], { id: 'hall', locationId: 'house' })).toBe(hall);
    expect(rulesInForce([centre, house, hall], { id: 'kitchen', locationId: 'house' })).toBe(house);
    expect(rulesInForce([centre, house, hall], { id: 'elsewhere', locationId: 'other' })).toBe(centre);
    expect(rulesInForce([house], { id: 'elsewhere', locationId: 'other' })).toBe(NO_APPROVAL);
  });
});
