import type { EventDropArg } from '@fullcalendar/core';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { LOCATIONS, makeBooking, runComposable } from '../shared/testing.js';
import type { Booking, Location } from '../shared/types.js';
import { useBookingMove } from './useBookingMove.js';

const booking = makeBooking();
/** A second house, so a drop can leave the first. */
const EAST = {
  ...LOCATIONS[0]!,
  id: 'l2',
  name: 'KolLEktiv Ost',
  address: 'Musterstraße 12, 04315 Leipzig',
  rooms: [{ ...LOCATIONS[0]!.rooms[0]!, id: 'r9', name: 'Atelier', locationId: 'l2' }],
};

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
    locations: ref<readonly Location[]>([...LOCATIONS, EAST]),
    apply: vi.fn(),
    say: vi.fn(),
    explain: vi.fn(() => 'belegt'),
    focus: vi.fn(),
  };
  const { result, unmount } = runComposable(() => useBookingMove(options), { apollo });
  return { ...result, apollo, options, unmount };
}

describe('useBookingMove', () => {
  it('sends the move with the booking’s version, shows it at once, and puts the answer into the calendar', async () => {
    const moved = makeBooking({ start: '2026-06-02T15:00:00.000Z', end: '2026-06-02T17:00:00.000Z', version: 2 });
    const { onEventMoved, question, apollo, options, unmount } = moverWith(async () => ({ data: { moveBooking: moved } }));
    const info = drop('b1', '2026-06-02T17:00:00+02:00', '2026-06-02T19:00:00+02:00', 'r2');

    await onEventMoved(info);

    expect(question.value).toBeNull();
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
    expect(options.say).toHaveBeenCalledWith(
      'success',
      expect.stringContaining('Chorprobe'),
      expect.objectContaining({ label: 'Rückgängig' }),
    );
    expect(options.focus).toHaveBeenCalledWith(moved);
    expect(info.revert).not.toHaveBeenCalled();
    unmount();
  });

  it('keeps the room when only the time changed', async () => {
    const { onEventMoved, apollo, unmount } = moverWith(async () => ({ data: { moveBooking: booking } }));

    await onEventMoved(drop('b1', '2026-06-02T18:00:00+02:00', '2026-06-02T20:00:00+02:00'));

    expect(apollo.mutate.mock.calls[0]![0].variables.roomId).toBe('r1');
    unmount();
  });

  it('asks before a drop into another house, and sends the reason given', async () => {
    const moved = makeBooking({ room: { ...booking.room, id: 'r9', name: 'Atelier', locationId: 'l2' }, version: 2 });
    const { onEventMoved, question, answer, apollo, options, unmount } = moverWith(async () => ({ data: { moveBooking: moved } }));

    const moving = onEventMoved(drop('b1', '2026-06-02T16:00:00+02:00', '2026-06-02T18:00:00+02:00', 'r9'));
    await Promise.resolve();

    expect(apollo.mutate).not.toHaveBeenCalled();
    expect(question.value).toMatchObject({ roomId: 'r9', change: { from: { id: 'l1' }, to: { id: 'l2' } } });
    answer('Wasserschaden im Saal');
    await moving;

    expect(question.value).toBeNull();
    expect(apollo.mutate.mock.calls[0]![0].variables).toMatchObject({ roomId: 'r9', reason: 'Wasserschaden im Saal' });
    // the notice says where to go now: the house and its address
    const text = String(options.say.mock.calls[0]![1]);
    expect(text).toContain('Atelier');
    expect(text).toContain('KolLEktiv Ost');
    expect(text).toContain('Musterstraße 12, 04315 Leipzig');
    unmount();
  });

  it('puts a drop into another house back, sending nothing, when the question is declined', async () => {
    const { onEventMoved, answer, apollo, options, unmount } = moverWith(async () => ({}));
    const info = drop('b1', '2026-06-02T16:00:00+02:00', '2026-06-02T18:00:00+02:00', 'r9');

    const moving = onEventMoved(info);
    await Promise.resolve();
    answer(null);
    await moving;

    expect(info.revert).toHaveBeenCalledOnce();
    expect(apollo.mutate).not.toHaveBeenCalled();
    expect(options.say).not.toHaveBeenCalled();
    unmount();
  });

  it('undoes a move: back to the room and times it had, at the version the move left', async () => {
    const moved = makeBooking({ room: { ...booking.room, id: 'r2', name: 'Seminarraum' }, version: 2 });
    const back = makeBooking({ version: 3 });
    const answers = [{ data: { moveBooking: moved } }, { data: { moveBooking: back } }];
    const { onEventMoved, apollo, options, unmount } = moverWith(async () => answers.shift());

    await onEventMoved(drop('b1', '2026-06-02T16:00:00+02:00', '2026-06-02T18:00:00+02:00', 'r2'));
    const undo = options.say.mock.calls[0]![2] as { run: () => void };
    undo.run();
    await vi.waitFor(() => expect(options.apply).toHaveBeenCalledTimes(2));

    expect(apollo.mutate.mock.calls[1]![0].variables).toEqual({
      id: 'b1',
      expectedVersion: 2,
      roomId: 'r1',
      start: booking.start,
      end: booking.end,
      reason: null,
    });
    expect(options.apply).toHaveBeenLastCalledWith({ cursor: '0', kind: 'UPDATED', bookingId: 'b1', booking: back });
    expect(options.focus).toHaveBeenLastCalledWith(back);
    expect(options.say).toHaveBeenLastCalledWith('success', expect.stringContaining('Großer Saal'));
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
