import { describe, expect, it } from 'vitest';
import { makeBooking } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import { addPage, nextFrom, seriesGroups, shownBookings, withBooking } from './myBookingList.js';

const at = (id: string, start: string, extra: Partial<Booking> = {}) =>
  makeBooking({ id, start: `2026-06-${start}:00.000Z`, end: `2026-06-${start.slice(0, 3)}23:00:00.000Z`, ...extra });
const ids = (bookings: readonly Booking[]) => bookings.map((booking) => booking.id);
const series = (id: string) => ({ __typename: 'BookingSeries', id, rrule: 'FREQ=WEEKLY;COUNT=4' }) as Booking['series'];

describe('pages of my bookings', () => {
  it('adds a page in order and keeps a booking that comes twice once', () => {
    const first = [at('a', '02T08:00'), at('b', '02T09:00')];
    const second = [at('b', '02T09:00'), at('c', '03T08:00')];
    expect(ids(addPage(first, second))).toEqual(['a', 'b', 'c']);
  });

  it('asks for the next page from the last start while pages come full', () => {
    const page = [at('a', '02T08:00'), at('b', '02T09:00')];
    expect(nextFrom(page, 2, 2)).toBe(page[1]!.start);
    expect(nextFrom(page, 3, 2)).toBeNull();
  });

  it('stops when a full page brings nothing new, so it never asks forever', () => {
    expect(nextFrom([at('a', '02T08:00'), at('b', '02T09:00')], 2, 0)).toBeNull();
  });

  it('takes one booking out once cancelled, and puts it back in order when restored', () => {
    const list = [at('a', '02T08:00'), at('b', '03T08:00')];
    expect(ids(withBooking(list, { ...list[0]!, status: 'CANCELLED' }))).toEqual(['b']);
    expect(ids(withBooking([list[1]!], at('again', '02T07:00')))).toEqual(['again', 'b']);
    expect(withBooking(list, { ...list[1]!, title: 'Neu' }).map((booking) => booking.title)).toEqual(['Chorprobe', 'Neu']);
  });
});

describe('series in my bookings', () => {
  const list = [
    at('s1-2', '09T08:00', { series: series('s1'), title: 'Deutschkurs' }),
    at('single', '03T08:00'),
    at('s2-1', '04T08:00', { series: series('s2'), title: 'Kochabend' }),
    at('s1-1', '02T08:00', { series: series('s1'), title: 'Deutschkurs' }),
  ];

  it('groups the dates under their series, series by their next date', () => {
    expect(seriesGroups(list).map((group) => [group.seriesId, group.title, ids(group.bookings)])).toEqual([
      ['s1', 'Deutschkurs', ['s1-1', 's1-2']],
      ['s2', 'Kochabend', ['s2-1']],
    ]);
  });

  it('filters to the single bookings or to one series', () => {
    const shown = (filter: Parameters<typeof shownBookings>[1]) => {
      const { series: groups, singles } = shownBookings(list, filter);
      return { series: groups.map((group) => group.seriesId), singles: ids(singles) };
    };
    expect(shown({ kind: 'ALL' })).toEqual({ series: ['s1', 's2'], singles: ['single'] });
    expect(shown({ kind: 'SINGLE' })).toEqual({ series: [], singles: ['single'] });
    expect(shown({ kind: 'SERIES', seriesId: 's2' })).toEqual({ series: ['s2'], singles: [] });
  });
});
