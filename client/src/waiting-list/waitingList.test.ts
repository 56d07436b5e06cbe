import { describe, expect, it } from 'vitest';
import { isWaitingListCue, ordered, timeLeft, type WaitingListEntry } from './waitingList.js';

const entry = (id: string, status: string, start: string, expiresAt: string | null = null): WaitingListEntry =>
  ({
    id,
    status,
    start,
    end: start,
    ahead: 0,
    title: 'Elterncafé',
    room: { id: 'room', name: 'Raum 1', locationId: 'house' },
    organization: { id: 'mo', name: 'MO' },
    offer: expiresAt ? { id: `offer-${id}`, status: 'HELD', expiresAt } : null,
  }) as WaitingListEntry;

describe('the waiting list on the screen', () => {
  it('counts an offer’s hold down in minutes and seconds, never below zero', () => {
    const now = Date.parse('2026-06-01T10:00:00Z');
    expect(timeLeft('2026-06-01T10:30:00Z', now)).toBe('30:00');
    expect(timeLeft('2026-06-01T10:00:59.900Z', now)).toBe('0:59');
    expect(timeLeft('2026-06-01T09:59:00Z', now)).toBe('0:00');
  });

  it('puts offers first, the soonest to lapse on top, then the waiting slots by date; nothing else', () => {
    const list = [
      entry('later', 'WAITING', '2026-06-05T10:00:00Z'),
      entry('offer2', 'OFFERED', '2026-06-02T10:00:00Z', '2026-06-01T10:20:00Z'),
      entry('sooner', 'WAITING', '2026-06-03T10:00:00Z'),
      entry('offer1', 'OFFERED', '2026-06-04T10:00:00Z', '2026-06-01T10:10:00Z'),
      entry('gone', 'BOOKED', '2026-06-03T10:00:00Z'),
    ];
    const { offers, waiting } = ordered(list);
    expect(offers.map((e) => e.id)).toEqual(['offer1', 'offer2']);
    expect(waiting.map((e) => e.id)).toEqual(['sooner', 'later']);
  });

  it('reads the list again when an offer is made or an offer of the list changes', () => {
    const list = [entry('a', 'OFFERED', '2026-06-02T10:00:00Z', '2026-06-01T10:20:00Z')];
    const change = (bookingId: string, status: string | null) =>
      ({ cursor: '1', kind: 'UPDATED', bookingId, booking: status ? { id: bookingId, status, organization: null } : null }) as never;
    expect(isWaitingListCue(change('new', 'HELD'), list)).toBe(true);
    expect(isWaitingListCue(change('offer-a', null), list)).toBe(true);
    expect(isWaitingListCue(change('other', 'CONFIRMED'), list)).toBe(false);
  });
});
