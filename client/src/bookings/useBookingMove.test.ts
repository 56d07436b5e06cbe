import type { EventDropArg } from '@fullcalendar/core';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { LOCATIONS, makeBooking, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import { useBookingMove } from './useBookingMove.js';

const booking = makeBooking();

/** What FullCalendar hands over after a drop: the event's new times, perhaps a new room, and a way back. */
function drop(id: string, start: string, end: string, roomId?: string) {
  return {
    event: { id, startStr: start, endStr: end },
    newResource: roomId ? { id: roomId } : null,
    revert: vi.fn(),
  } as unknown as EventDropArg & { revert: ReturnType<typeof vi.fn> };
}

function moverWith(mutate: (options: { variables: Record<string, unknown>; optimisticResponse?: unknown }) => Promise<unknown>) {
  const apollo = { mutate: vi.fn(mutate) };
  const options = {
    bookings: ref<readonly Booking[]>([booking]),
    locations: ref(LOCATIONS),
    apply: vi.fn(),
    say: vi.fn(),
    explain: vi.fn(() => 'belegt'),
  };
  const { result, unmount } = runComposable(() => useBookingMove(options), { apollo });
  return { onEventMoved: result, apollo, options, unmount };
}

describe('useBookingMove', () => {
  it('sends the move with the booking’s version, shows it at once, and puts the answer into the calendar', async () => {
    const moved = makeBooking({ start: '2026-06-02T15:00:00.000Z', end: '2026-06-02T17:00:00.000Z', version: 2 });
    const { onEventMoved, apollo, options, unmount } = moverWith(async () => ({ data: { moveBooking: moved } }));
    const info = drop('b1', '2026-06-02T17:00:00+02:00', '2026-06-02T19:00:00+02:00', 'r2');

    await onEventMoved(info);

    const sent = apollo.mutate.mock.calls[0]![0];
    expect(sent.variables).toEqual({
      id: 'b1',
      expectedVersion: 1,
      roomId: 'r2',
      start: '2026-06-02T17:00:00+02:00',
      end: '2026-06-02T19:00:00+02:00',
    });
    expect(sent.optimisticResponse).toMatchObject({ moveBooking: { version: 2, room: { id: 'r2', name: 'Seminarraum' } } });
    expect(options.apply).toHaveBeenCalledWith({ cursor: '0', kind: 'UPDATED', bookingId: 'b1', booking: moved });
    expect(options.say).toHaveBeenCalledWith('success', expect.stringContaining('Chorprobe'));
    expect(info.revert).not.toHaveBeenCalled();
    unmount();
  });

  it('keeps the room when only the time changed', async () => {
    const { onEventMoved, apollo, unmount } = moverWith(async () => ({ data: { moveBooking: booking } }));

    await onEventMoved(drop('b1', '2026-06-02T18:00:00+02:00', '2026-06-02T20:00:00+02:00'));

    expect(apollo.mutate.mock.calls[0]![0].variables.roomId).toBe('r1');
    unmount();
  });

  it('snaps back and says why when the server refuses', async () => {
    const { onEventMoved, options, unmount } = moverWith(async () => {
      throw new Error('BOOKING_CONFLICT');
    });
    const info = drop('b1', '2026-06-02T17:00:00+02:00', '2026-06-02T19:00:00+02:00');

    await onEventMoved(info);

    expect(info.revert).toHaveBeenCalledOnce();
    expect(options.say).toHaveBeenCalledWith('error', 'belegt');
    expect(options.apply).not.toHaveBeenCalled();
    unmount();
  });

  it('snaps back without asking when the booking is no longer held', async () => {
    const { onEventMoved, apollo, unmount } = moverWith(async () => ({}));
    const info = drop('gone', '2026-06-02T17:00:00+02:00', '2026-06-02T19:00:00+02:00');

    await onEventMoved(info);

    expect(info.revert).toHaveBeenCalledOnce();
    expect(apollo.mutate).not.toHaveBeenCalled();
    unmount();
  });
});
