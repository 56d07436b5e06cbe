import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, reactive } from 'vue';
import { makeBooking, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import type { BookingValues } from './bookingFields.js';
import { useSeriesBooking, type Occurrence } from './useSeriesBooking.js';

const occurrence = (start: string, status: Occurrence['status']): Occurrence => ({
  start,
  end: start.replace('T14:', 'T16:'),
  status,
  reason: null,
  holiday: null,
  conflicting: [],
});
const DATES = [
  occurrence('2026-06-02T14:00:00.000Z', 'FREE'),
  occurrence('2026-06-09T14:00:00.000Z', 'CONFLICT'),
  occurrence('2026-06-16T14:00:00.000Z', 'FREE'),
];

function seriesWith(apollo: { query?: unknown; mutate?: unknown }) {
  const form = reactive({ date: '2026-06-02', startTime: '16:00', endTime: '18:00', title: 'Chorprobe' });
  const values = (): BookingValues => ({
    roomId: 'r1',
    organizationId: 'o1',
    title: form.title,
    category: 'CHOIR',
    start: `${form.date}T${form.startTime}:00+02:00`,
    end: `${form.date}T${form.endTime}:00+02:00`,
    visibility: 'MEMBERS',
    expectedAttendees: null,
    notes: null,
  });
  const { result, unmount } = runComposable(
    () => useSeriesBooking({ values, date: () => form.date, startTime: () => form.startTime, endTime: () => form.endTime }),
    { apollo },
  );
  return { series: result, form, values, unmount };
}

describe('useSeriesBooking', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('previews every date once the form rests, the free apart from the skipped', async () => {
    const query = vi.fn(async (_options: { variables: { input: Record<string, unknown> } }) => ({
      data: { previewBookingSeries: { occurrences: DATES } },
    }));
    const { series, form, unmount } = seriesWith({ query });

    series.repeat.kind = 'WEEKLY';
    await nextTick();
    form.title = 'Chorprobe Sopran';
    await nextTick();
    expect(series.previewing.value).toBe(true);
    await vi.advanceTimersByTimeAsync(400);

    expect(query).toHaveBeenCalledOnce();
    expect(query.mock.calls[0]![0].variables.input).toMatchObject({
      title: 'Chorprobe Sopran',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260902',
    });
    expect(series.free.value).toHaveLength(2);
    expect(series.skipped.value.map((date) => date.start)).toEqual(['2026-06-09T14:00:00.000Z']);
    expect(series.summary.value).not.toBe('');
    expect(series.previewing.value).toBe(false);
    unmount();
  });

  it('lets the last day follow the first until someone chooses it', async () => {
    const { series, form, unmount } = seriesWith({ query: vi.fn() });
    form.date = '2026-07-07';
    await nextTick();
    expect(series.repeat.until).toBe('2026-10-07');

    series.setUntil('2026-08-01');
    form.date = '2026-07-14';
    await nextTick();
    expect(series.repeat.until).toBe('2026-08-01');
    unmount();
  });

  it('books the free dates and skips the taken ones', async () => {
    const created = [makeBooking({ id: 'c1' }), makeBooking({ id: 'c2' })];
    const mutate = vi.fn(async (_options: { variables: Record<string, unknown> }) => ({
      data: { createBookingSeries: { series: { id: 's1', rrule: 'x' }, created, skipped: [DATES[1]] } },
    }));
    const { series, values, unmount } = seriesWith({ query: vi.fn(), mutate });
    series.repeat.kind = 'WEEKLY';

    const booked = await series.create(values());

    expect(mutate.mock.calls[0]![0].variables).toMatchObject({
      onConflict: 'SKIP',
      input: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260902' },
    });
    expect(booked).toMatchObject({ created, skipped: [DATES[1]] });
    expect(booked?.summary).not.toBe('');
    unmount();
  });

  it('cancels from this date on, or every date', async () => {
    const mutate = vi.fn(async (_options: { variables: Record<string, unknown> }) => ({
      data: { cancelBookingSeries: { series: { id: 's1', rrule: 'x' }, bookings: [] } },
    }));
    const { series, unmount } = seriesWith({ mutate });
    const date = makeBooking({
      series: { __typename: 'BookingSeries', id: 's1', rrule: 'x' } as Booking['series'],
      occurrenceStart: '2026-06-09T14:00:00.000Z',
    });

    await series.cancel(date, 'FOLLOWING');
    await series.cancel(date, 'ALL');

    expect(mutate.mock.calls.map((call) => call[0].variables)).toEqual([
      { seriesId: 's1', fromStart: '2026-06-09T14:00:00.000Z' },
      { seriesId: 's1', fromStart: null },
    ]);
    unmount();
  });
});
