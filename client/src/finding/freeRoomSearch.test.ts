import { describe, expect, it } from 'vitest';
import { defaultSearch, freeRoomsVariables, nextDays, spanMinutes } from './freeRoomSearch.js';

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
