import { describe, expect, it } from 'vitest';
import { defaultSearch, freeRoomsVariables, nextDays, sameDayOffers, spanMinutes } from './freeRoomSearch.js';

describe('the free-room search form', () => {
  it('asks by default for tomorrow evening', () => {
    expect(defaultSearch(new Date('2026-11-29T23:30:00Z'))).toMatchObject({ date: '2026-12-01', from: '18:00', to: '20:00' });
  });

  it('sends the span in Berlin time with the people and features asked for', () => {
    const form = { date: '2026-12-01', from: '18:00', to: '20:00', people: 15, features: ['PIANO' as const], locationIds: [] };
    expect(freeRoomsVariables(form)).toEqual({
      from: '2026-12-01T18:00:00.000+01:00',
      to: '2026-12-01T20:00:00.000+01:00',
      minCapacity: 15,
      features: ['PIANO'],
      locationIds: null,
    });
    expect(freeRoomsVariables({ ...form, to: '17:00' })).toBeNull();
    expect(spanMinutes(form)).toBe(120);
    expect(nextDays('2026-12-31', 2)).toEqual(['2027-01-01', '2027-01-02']);
  });
});

describe('the free times offered instead', () => {
  const wanted = { from: '2026-12-01T17:00:00.000Z', to: '2026-12-01T19:00:00.000Z' };
  const slot = (roomId: string, start: string, end: string) => ({
    roomId,
    start: `2026-12-01T${start}:00.000Z`,
    end: `2026-12-01T${end}:00.000Z`,
  });

  it('offers the wanted length of each free span, as near the wanted time as the span allows, nearest first', () => {
    const offers = sameDayOffers(
      [
        slot('afternoon', '12:00', '17:00'),
        slot('late', '19:30', '21:00'),
        slot('exact', '16:00', '18:30'),
        slot('morning', '07:00', '09:00'),
      ],
      wanted,
      3,
    );
    expect(offers).toEqual([slot('exact', '16:30', '18:30'), slot('afternoon', '15:00', '17:00'), slot('late', '19:30', '21:00')]);
  });

  it('between offers as near as each other, the earlier first; then the server’s order', () => {
    const offers = sameDayOffers(
      [slot('b', '19:00', '21:00'), slot('a', '13:00', '15:00'), slot('d', '15:00', '17:00'), slot('c', '15:00', '17:00')],
      wanted,
      8,
    );
    expect(offers.map((offer) => offer.roomId)).toEqual(['d', 'c', 'b', 'a']);
  });
});
