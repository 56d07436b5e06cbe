import { describe, expect, it } from 'vitest';
import { closedForRoom, closedStretches, houseClosedAt, laterToday, reopening, type ClosedStretch } from './closedToday.js';

const BERLIN = 'Europe/Berlin';
// Sunday 13 June 2027 and the autumn switch day, Sunday 31 October 2027 (25 hours)
const sunday = { from: '2027-06-13T00:00:00+02:00', to: '2027-06-14T00:00:00+02:00' };
const autumn = { from: '2027-10-31T00:00:00+02:00', to: '2027-11-01T00:00:00+01:00' };
const everyDay = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));
const house = (openingHours: Array<{ weekday: number; opens: string; closes: string }>) => ({ id: 'h', timeZone: BERLIN, openingHours });
const closure = (start: string, end: string, roomId: string | null = null, name = 'Hausversammlung') => ({
  id: `c-${start}`,
  kind: 'CLOSURE' as const,
  name,
  holiday: null,
  date: null,
  start,
  end,
  locationId: 'h',
  roomId,
});
const times = (stretches: readonly ClosedStretch[]) =>
  stretches.map((stretch) => [stretch.start, stretch.end, stretch.period?.name ?? null, stretch.roomId]);

describe('closedStretches', () => {
  it('is the whole day, unnamed, on a weekday the house does not open', () => {
    expect(times(closedStretches(house([{ weekday: 1, opens: '09:00', closes: '21:00' }]), [], sunday))).toEqual([
      ['2027-06-12T22:00:00.000Z', '2027-06-13T22:00:00.000Z', null, null],
    ]);
  });

  it('is before opening, a closure within the day with its reason, and after closing', () => {
    const stretches = closedStretches(
      house(everyDay('09:00', '21:00')),
      [closure('2027-06-13T12:00:00+02:00', '2027-06-13T14:00:00+02:00')],
      sunday,
    );
    expect(times(stretches)).toEqual([
      ['2027-06-12T22:00:00.000Z', '2027-06-13T07:00:00.000Z', null, null],
      ['2027-06-13T10:00:00.000Z', '2027-06-13T12:00:00.000Z', 'Hausversammlung', null],
      ['2027-06-13T19:00:00.000Z', '2027-06-13T22:00:00.000Z', null, null],
    ]);
  });

  it('joins a closure that meets closing time into one named stretch, clipped to the day', () => {
    const stretches = closedStretches(
      house(everyDay('09:00', '21:00')),
      [closure('2027-06-13T16:00:00+02:00', '2027-06-20T00:00:00+02:00')],
      sunday,
    );
    expect(times(stretches).at(-1)).toEqual(['2027-06-13T14:00:00.000Z', '2027-06-13T22:00:00.000Z', 'Hausversammlung', null]);
  });

  it('keeps a room’s own closure apart, and a house open until 24:00 open until midnight', () => {
    const stretches = closedStretches(
      house(everyDay('00:00', '24:00')),
      [closure('2027-06-13T10:00:00+02:00', '2027-06-13T11:00:00+02:00', 'r1', 'Renovierung')],
      sunday,
    );
    expect(times(stretches)).toEqual([['2027-06-13T08:00:00.000Z', '2027-06-13T09:00:00.000Z', 'Renovierung', 'r1']]);
    expect(closedForRoom(stretches, 'r2')).toEqual([]);
  });

  it('reads the opening hours in wall time on a 25-hour day', () => {
    const stretches = closedStretches(house(everyDay('09:00', '21:00')), [], autumn);
    // 09:00 is after the switch: UTC+1
    expect(times(stretches)[0]).toEqual(['2027-10-30T22:00:00.000Z', '2027-10-31T08:00:00.000Z', null, null]);
    expect(times(stretches)[1]).toEqual(['2027-10-31T20:00:00.000Z', '2027-10-31T23:00:00.000Z', null, null]);
  });

  it('names a public holiday by its code', () => {
    const holiday = {
      ...closure(sunday.from, sunday.to, null, 'Pfingstsonntag'),
      kind: 'PUBLIC_HOLIDAY' as const,
      holiday: 'WHIT_MONDAY' as const,
    };
    const [stretch] = closedStretches(house(everyDay('09:00', '21:00')), [holiday], sunday);
    expect(stretch?.period).toEqual({ name: 'Pfingstsonntag', holiday: 'WHIT_MONDAY' });
    expect(houseClosedAt([stretch!], new Date('2027-06-13T10:00:00+02:00'))).toBe(stretch);
  });
});

describe('laterToday', () => {
  const stretches = closedStretches(
    house(everyDay('09:00', '21:00')),
    [closure('2027-06-13T12:00:00+02:00', '2027-06-13T14:00:00+02:00')],
    sunday,
  );
  const bookings = [
    { id: 'running', start: '2027-06-13T09:30:00+02:00' },
    { id: 'choir', start: '2027-06-13T15:00:00+02:00' },
    { id: 'atTwelve', start: '2027-06-13T12:00:00+02:00' },
  ];
  const now = new Date('2027-06-13T10:00:00+02:00');

  it('leaves out the booking going on now, and lists closed time to come in time order', () => {
    const entries = laterToday(bookings, stretches, now, sunday.to);
    expect(entries.map((entry) => (entry.kind === 'booking' ? entry.booking.id : `closed ${entry.stretch.period?.name}`))).toEqual([
      'closed Hausversammlung',
      'atTwelve',
      'choir',
    ]);
  });

  it('does not list the evening after closing time, nor closed time that has begun', () => {
    const entries = laterToday([], stretches, new Date('2027-06-13T12:30:00+02:00'), sunday.to);
    expect(entries).toEqual([]);
  });

  it('lists a break between two openings the same day', () => {
    const split = house([
      { weekday: 7, opens: '09:00', closes: '12:00' },
      { weekday: 7, opens: '14:00', closes: '20:00' },
    ]);
    const entries = laterToday([], closedStretches(split, [], sunday), now, sunday.to);
    expect(entries.map((entry) => entry.start)).toEqual(['2027-06-13T10:00:00.000Z']);
  });
});

describe('reopening', () => {
  const now = new Date('2027-06-13T10:00:00+02:00');
  it('is today, within the week, or later by the house’s calendar days', () => {
    expect(reopening('2027-06-13T14:00:00+02:00', now, BERLIN)).toBe('today');
    expect(reopening('2027-06-14T09:00:00+02:00', now, BERLIN)).toBe('thisWeek');
    expect(reopening('2027-06-19T09:00:00+02:00', now, BERLIN)).toBe('thisWeek');
    expect(reopening('2027-06-20T09:00:00+02:00', now, BERLIN)).toBe('later');
  });
});
