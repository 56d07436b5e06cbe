import { describe, expect, it, vi } from 'vitest';
import { makeBooking, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import { BOOKING_FIELDS, EDITABLE_FIELDS } from './bookingFields.js';
import { useUndoCancel } from './useUndoCancel.js';

/** A cancelled booking whose every editable field differs from what a new booking would default to. */
const cancelled = makeBooking({
  id: 'b9',
  status: 'CANCELLED',
  version: 2,
  title: 'Sprachcafé',
  category: 'LANGUAGE_COURSE',
  start: '2026-06-03T15:00:00.000Z',
  end: '2026-06-03T16:30:00.000Z',
  visibility: 'PRIVATE',
  expectedAttendees: 7,
  notes: 'Bitte Tische stellen',
  room: { __typename: 'Room', id: 'r2', name: 'Seminarraum', locationId: 'l1' } as Booking['room'],
  organization: {
    __typename: 'Organization',
    id: 'o2',
    name: 'Syrisch-Deutscher Kulturverein',
    shortName: 'SDKV',
  } as Booking['organization'],
});

function fakeApollo(data: Record<string, unknown>) {
  return { mutate: vi.fn(async (_options: { variables: Record<string, unknown> }) => ({ data })) };
}

function undoWith(apollo: ReturnType<typeof fakeApollo>) {
  return runComposable(() => useUndoCancel(), { apollo });
}

describe('useUndoCancel', () => {
  it('books a cancelled booking again with every editable field it had', async () => {
    const again = { ...cancelled, id: 'b10', status: 'CONFIRMED', version: 1 };
    const apollo = fakeApollo({ createBooking: again });
    const { result: undo, unmount } = undoWith(apollo);

    expect(await undo(cancelled)).toEqual(again);

    const input = apollo.mutate.mock.calls[0]![0].variables.input as Record<string, unknown>;
    expect(input).toEqual({
      roomId: 'r2',
      organizationId: 'o2',
      title: 'Sprachcafé',
      category: 'LANGUAGE_COURSE',
      start: '2026-06-03T15:00:00.000Z',
      end: '2026-06-03T16:30:00.000Z',
      visibility: 'PRIVATE',
      expectedAttendees: 7,
      notes: 'Bitte Tische stellen',
    });
    // the list the compiler holds against the schema's input: every field in it reaches the request
    expect(Object.keys(input).sort()).toEqual([...EDITABLE_FIELDS].sort());
    for (const field of EDITABLE_FIELDS) {
      expect(input[field], field).not.toBeNull();
      expect(input[field], field).toBe(BOOKING_FIELDS[field].read(cancelled));
    }
    unmount();
  });

  it('puts a date of a series back into its series instead of booking it anew', async () => {
    const series = { __typename: 'BookingSeries', id: 's1', rrule: 'FREQ=WEEKLY;COUNT=4' } as Booking['series'];
    const date = { ...cancelled, series, occurrenceStart: '2026-06-03T15:00:00.000Z' };
    const apollo = fakeApollo({ restoreSeriesOccurrence: { ...date, status: 'CONFIRMED' } });
    const { result: undo, unmount } = undoWith(apollo);

    await undo(date);

    expect(apollo.mutate).toHaveBeenCalledOnce();
    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({ seriesId: 's1', occurrenceStart: '2026-06-03T15:00:00.000Z' });
    unmount();
  });

  it('does not book again what the viewer could not read in full (another MO’s private booking)', async () => {
    const apollo = fakeApollo({});
    const { result: undo, unmount } = undoWith(apollo);

    expect(await undo({ ...cancelled, redacted: true, title: null, category: null, organization: null })).toBeNull();
    expect(apollo.mutate).not.toHaveBeenCalled();
    unmount();
  });
});
