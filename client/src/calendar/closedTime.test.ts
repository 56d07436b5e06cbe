import { describe, expect, it } from 'vitest';
import { closedDay, closedEvents, type ClosedPeriod, type ClosedWords } from './closedTime.js';
import { LOCATIONS } from '../shared/testing.js';

const words: ClosedWords = {
  closed: 'geschlossen',
  because: (name) => `geschlossen: ${name}`,
  holiday: (code) => ({ EASTER_MONDAY: 'Ostermontag' })[code] ?? code,
};

// LOCATIONS[0] opens Tuesdays 08:00–22:00 only and has rooms r1 and r2
const house = LOCATIONS[0]!;
const period = (overrides: Partial<ClosedPeriod>): ClosedPeriod =>
  ({
    __typename: 'ClosedPeriod',
    id: 'p',
    kind: 'CLOSURE',
    name: 'Renovierung',
    holiday: null,
    date: null,
    start: '2026-06-01T22:00:00.000Z',
    end: '2026-06-02T22:00:00.000Z',
    locationId: house.id,
    roomId: null,
    ...overrides,
  }) as ClosedPeriod;

const shading = (periods: ClosedPeriod[], from = '2026-06-01T22:00:00.000Z', to = '2026-06-02T22:00:00.000Z') =>
  closedEvents({ locations: [house], roomIds: null, periods, from, to, words }).map((event) => [
    event.start,
    event.end,
    event.title,
    event.resourceIds as string[] | undefined,
  ]);

describe('closed time in the calendar', () => {
  it('shades the hours outside opening time, for every room of the house at once', () => {
    expect(shading([])).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T06:00:00.000Z', 'geschlossen', ['r1', 'r2']],
      ['2026-06-02T20:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen', ['r1', 'r2']],
    ]);
  });

  it('shades a weekday without opening hours whole', () => {
    expect(shading([], '2026-06-02T22:00:00.000Z', '2026-06-03T22:00:00.000Z')).toEqual([
      ['2026-06-02T22:00:00.000Z', '2026-06-03T22:00:00.000Z', 'geschlossen', ['r1', 'r2']],
    ]);
  });

  it('names a holiday in the reader’s language and a closure by its reason; a room’s closure leaves the other room open', () => {
    expect(shading([period({ kind: 'PUBLIC_HOLIDAY', holiday: 'EASTER_MONDAY', name: 'Ostermontag (de)' })])).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen: Ostermontag', ['r1', 'r2']],
    ]);
    expect(shading([period({ roomId: 'r1', name: 'Renovierung Großer Saal' })])).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen: Renovierung Großer Saal', ['r1']],
      ['2026-06-01T22:00:00.000Z', '2026-06-02T06:00:00.000Z', 'geschlossen', ['r2']],
      ['2026-06-02T20:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen', ['r2']],
    ]);
  });

  it('tells the phone list why a house is closed all day', () => {
    expect(closedDay(house, [], '2026-06-02', words)).toBeNull();
    expect(closedDay(house, [], '2026-06-03', words)).toEqual({ name: null });
    expect(closedDay(house, [period({ holiday: 'EASTER_MONDAY', kind: 'PUBLIC_HOLIDAY' })], '2026-06-02', words)).toEqual({
      name: 'Ostermontag',
    });
    expect(closedDay(house, [period({ roomId: 'r1' })], '2026-06-02', words)).toBeNull();
  });
});
