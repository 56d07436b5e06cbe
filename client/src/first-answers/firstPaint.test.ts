import { describe, expect, it } from 'vitest';
import { LANGUAGES, direction } from '../i18n/languages.js';
import { MAX_ROOMS_ON_SCREEN } from '../calendar/housePaging.js';
import { MAX_ROOMS_DRAWN, drawsWholeDay, paintDirection, paintedDay, type BookingsAnswer } from './firstPaint.js';

const directory = {
  locations: [
    { id: 'z', name: 'Zschochersche Straße', address: 'Zschochersche Str. 50', rooms: [{}, {}] },
    { id: 'o', name: 'Ost', address: 'Eisenbahnstr. 1', rooms: [{}] },
  ],
};
const booking = (id: string, start: string, end: string, more: Partial<BookingsAnswer['bookings'][number]> = {}) => ({
  id,
  title: `Titel ${id}`,
  start,
  end,
  redacted: false,
  room: { name: 'Saal', locationId: 'z' },
  organization: { shortName: 'Mosaik' },
  ...more,
});

describe('the day the first script draws before the app', () => {
  it('groups the bookings by house in the directory’s order, sorted by start, on the houses’ wall clock', () => {
    const houses = paintedDay(
      directory,
      {
        bookings: [
          booking('late', '2027-03-28T16:00:00.000Z', '2027-03-28T18:00:00.000Z'),
          // the night the clocks go forward: 01:30 in winter time, 03:30 in summer time
          booking('early', '2027-03-28T00:30:00.000Z', '2027-03-28T01:30:00.000Z'),
          booking('east', '2027-03-28T09:00:00.000Z', '2027-03-28T10:00:00.000Z', {
            room: { name: 'Küche', locationId: 'o' },
            organization: null,
          }),
        ],
      },
      'Europe/Berlin',
    );
    expect(houses!.map((house) => [house.name, house.entries.map((entry) => entry.id)])).toEqual([
      ['Zschochersche Straße', ['early', 'late']],
      ['Ost', ['east']],
    ]);
    expect(houses![0]!.entries.map((entry) => entry.time)).toEqual(['01:30–03:30', '18:00–20:00']);
    expect(houses![0]!.entries[0]!.where).toBe('Saal · Mosaik');
    expect(houses![1]!.entries[0]).toEqual({ id: 'east', time: '11:00–12:00', what: 'Titel east', where: 'Küche' });
  });

  it('shows no title the member may not read, and a house without bookings empty', () => {
    const houses = paintedDay(
      directory,
      { bookings: [booking('hidden', '2026-12-31T22:00:00.000Z', '2027-01-01T01:00:00.000Z', { redacted: true, title: null })] },
      'Europe/Berlin',
    );
    expect(houses![0]!.entries).toEqual([{ id: 'hidden', time: '23:00–02:00', what: null, where: 'Saal · Mosaik' }]);
    expect(houses![1]!.entries).toEqual([]);
  });

  it('draws nothing past the rooms the app lists at once: it then lists one house at a time', () => {
    expect(MAX_ROOMS_DRAWN).toBe(MAX_ROOMS_ON_SCREEN);
    const city = { locations: [{ id: 'c', name: 'Stadt', address: '', rooms: Array.from({ length: MAX_ROOMS_DRAWN + 1 }, () => ({})) }] };
    expect(paintedDay(city, { bookings: [] }, 'Europe/Berlin')).toBeNull();
    expect(
      paintedDay({ locations: [{ ...city.locations[0]!, rooms: city.locations[0]!.rooms.slice(1) }] }, { bookings: [] }, 'Europe/Berlin'),
    ).toHaveLength(1);
  });

  it('draws only the calendar’s whole day: not a filtered one, nor an address the app does not know', () => {
    expect(drawsWholeDay('/calendar', '')).toBe(true);
    expect(drawsWholeDay('/', '')).toBe(true);
    expect(drawsWholeDay('/calendar', '?date=2028-02-29&lang=ar')).toBe(true);
    expect(drawsWholeDay('/calendar', '?view=resourceTimeGridWeek&date=2028-02-29')).toBe(true);
    expect(drawsWholeDay('/calendar', '?date=2028-02-29&locations=a')).toBe(false);
    expect(drawsWholeDay('/calendar/', '?organizations=b')).toBe(false);
    expect(drawsWholeDay('/kalender', '')).toBe(false);
  });

  it('starts in the direction the app will start in, for every language the app speaks', () => {
    for (const code of LANGUAGES)
      expect(paintDirection({ fromAddress: code, stored: null, account: null, browser: [] }), code).toBe(direction(code));
    // the address's language first, then the device's choice, then the account's, then the browser's
    expect(paintDirection({ fromAddress: null, stored: 'ar', account: 'de', browser: ['de'] })).toBe('rtl');
    expect(paintDirection({ fromAddress: 'de', stored: 'ar', account: 'fa', browser: ['fa'] })).toBe('ltr');
    expect(paintDirection({ fromAddress: null, stored: null, account: 'fa', browser: ['de'] })).toBe('rtl');
    expect(paintDirection({ fromAddress: null, stored: null, account: null, browser: ['fa-AF', 'de'] })).toBe('rtl');
    expect(paintDirection({ fromAddress: null, stored: null, account: null, browser: [] })).toBe('ltr');
  });
});
