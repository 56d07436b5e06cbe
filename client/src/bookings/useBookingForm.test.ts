import { GraphQLError } from 'graphql';
import { ApolloError } from '@apollo/client/core';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { LOCATIONS, ORGANIZATIONS, makeBooking, makeMe, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import {
  cancelPath,
  formFieldOf,
  formValues,
  initialForm,
  organizationChoices,
  reasonToSend,
  savePath,
  useBookingForm,
  type BookingForm,
} from './useBookingForm.js';

const series = { __typename: 'BookingSeries', id: 's1', rrule: 'FREQ=WEEKLY;COUNT=4' } as Booking['series'];
const single = makeBooking();
const seriesDate = makeBooking({ series, occurrenceStart: '2026-06-02T14:00:00.000Z' });
const member = makeMe();
const staff = makeMe({ role: 'STAFF', organization: null }, { bookForAnyOrganization: true, giveReasonForChanges: true });

describe('savePath', () => {
  it.each([
    ['a new booking', null, 'NONE', 'THIS', 'create'],
    ['a new booking that repeats', null, 'WEEKLY', 'THIS', 'createSeries'],
    ['a single booking', single, 'NONE', 'THIS', 'update'],
    ['a single booking, whatever scope was left', single, 'NONE', 'ALL', 'update'],
    ['one date of a series', seriesDate, 'NONE', 'THIS', 'update'],
    ['a date of a series and those following', seriesDate, 'NONE', 'FOLLOWING', 'changeSeries'],
    ['every date of a series', seriesDate, 'NONE', 'ALL', 'changeSeries'],
  ] as const)('saves %s as %s', (_case, booking, repeat, scope, path) => {
    expect(savePath(booking, repeat, scope)).toBe(path);
  });
});

describe('cancelPath', () => {
  it.each([
    [single, 'ALL', 'cancel'],
    [seriesDate, 'THIS', 'cancel'],
    [seriesDate, 'FOLLOWING', 'cancelSeries'],
    [seriesDate, 'ALL', 'cancelSeries'],
  ] as const)('cancels %#', (booking, scope, path) => {
    expect(cancelPath(booking, scope)).toBe(path);
  });
});

describe('initialForm', () => {
  it('opens a booking with its own fields, times in Berlin', () => {
    expect(initialForm(single, null, { locations: LOCATIONS, me: member })).toEqual({
      roomId: 'r1',
      organizationId: 'o1',
      title: 'Chorprobe',
      category: 'CHOIR',
      date: '2026-06-02',
      startTime: '16:00',
      endTime: '18:00',
      visibility: 'MEMBERS',
      expectedAttendees: 12,
      notes: '',
    });
  });

  it('opens the chosen slot for one’s own MO', () => {
    const slot = { roomId: 'r2', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T11:30:00+02:00' };
    expect(initialForm(null, slot, { locations: LOCATIONS, me: member })).toMatchObject({
      roomId: 'r2',
      organizationId: 'o1',
      date: '2026-06-02',
      startTime: '10:00',
      endTime: '11:30',
      category: 'MEETING',
      expectedAttendees: null,
    });
  });

  it('opens a slot found for a number of people with that number', () => {
    const slot = { roomId: 'r2', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T11:30:00+02:00', expectedAttendees: 15 };
    expect(initialForm(null, slot, { locations: LOCATIONS, me: member }).expectedAttendees).toBe(15);
  });

  it('without a slot: the first room, ten to eleven on the given day', () => {
    const form = initialForm(null, null, { locations: LOCATIONS, me: staff, now: new Date('2026-06-05T08:00:00Z') });
    expect(form).toMatchObject({ roomId: 'r1', organizationId: '', date: '2026-06-05', startTime: '10:00', endTime: '11:00' });
  });
});

describe('formValues', () => {
  const form: BookingForm = initialForm(single, null, { locations: LOCATIONS, me: member });

  it('sends instants with Berlin offsets, and empty optional fields as null', () => {
    expect(formValues({ ...form, expectedAttendees: 0, notes: '' })).toMatchObject({
      start: '2026-06-02T16:00:00+02:00',
      end: '2026-06-02T18:00:00+02:00',
      expectedAttendees: null,
      notes: null,
    });
  });

  it('sends nothing while a time cannot be read', () => {
    expect(formValues({ ...form, endTime: '25:99' })).toBeNull();
  });
});

describe('what the person may choose', () => {
  it('offers a member their own MO, and every MO to whoever may book for any', () => {
    expect(organizationChoices(ORGANIZATIONS, member).map((organization) => organization.id)).toEqual(['o1']);
    expect(organizationChoices(ORGANIZATIONS, staff).map((organization) => organization.id)).toEqual(['o1', 'o2']);
  });

  it('sends a reason only from those who may give one, and only when written', () => {
    expect(reasonToSend('  Wasserschaden ', staff)).toBe('Wasserschaden');
    expect(reasonToSend('   ', staff)).toBeNull();
    expect(reasonToSend('Wasserschaden', member)).toBeNull();
  });

  it('puts the API’s start and end errors on the time fields', () => {
    const form = initialForm(single, null, { locations: LOCATIONS, me: member });
    expect(formFieldOf('start', form)).toBe('startTime');
    expect(formFieldOf('title', form)).toBe('title');
    expect(formFieldOf('somethingElse', form)).toBeNull();
  });
});

/** An Apollo client that answers each mutation by its operation name and remembers what was sent. */
function fakeApollo(answers: Record<string, unknown>) {
  const operationOf = (document: DocumentNode) => (document.definitions[0] as OperationDefinitionNode).name!.value;
  return {
    mutate: vi.fn(async (options: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
      const answer = answers[operationOf(options.mutation)];
      if (answer instanceof Error) throw answer;
      return { data: answer };
    }),
  };
}

function formFor(booking: Booking | null, apollo: ReturnType<typeof fakeApollo>, me = member) {
  const on = { saved: vi.fn(), savedMany: vi.fn() };
  const props = { booking, selectedSlot: null, locations: LOCATIONS, organizations: ORGANIZATIONS, me };
  const { result, unmount } = runComposable(() => useBookingForm(props, on), { apollo });
  return { form: result, on, unmount };
}

describe('useBookingForm', () => {
  it('creates a new booking from the form and reports it saved', async () => {
    const created = makeBooking({ id: 'new' });
    const apollo = fakeApollo({ CreateBooking: { createBooking: created } });
    const { form, on, unmount } = formFor(null, apollo);
    form.form.title = 'Chorprobe';

    await form.save();

    expect(apollo.mutate).toHaveBeenCalledOnce();
    expect(apollo.mutate.mock.calls[0]![0].variables.input).toMatchObject({ title: 'Chorprobe', organizationId: 'o1', roomId: 'r1' });
    expect(on.saved).toHaveBeenCalledWith(created);
    expect(form.busy.value).toBe(false);
    unmount();
  });

  it('changes one booking with its version, and the reason of whoever may give one', async () => {
    const apollo = fakeApollo({ UpdateBooking: { updateBooking: { ...single, version: 2 } } });
    const { form, on, unmount } = formFor(single, apollo, staff);
    form.reason.value = 'Raumtausch';

    await form.save();

    expect(apollo.mutate.mock.calls[0]![0].variables).toMatchObject({ id: 'b1', expectedVersion: 1, reason: 'Raumtausch' });
    expect(on.saved).toHaveBeenCalledOnce();
    unmount();
  });

  it('changes the following dates of a series with only what changed', async () => {
    const apollo = fakeApollo({ UpdateBookingSeries: { updateBookingSeries: { series, bookings: [seriesDate] } } });
    const { form, on, unmount } = formFor(seriesDate, apollo);
    form.scope.value = 'FOLLOWING';
    form.form.endTime = '19:00';

    await form.save();

    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({
      seriesId: 's1',
      fromStart: '2026-06-02T14:00:00.000Z',
      input: { endTime: '19:00' },
    });
    expect(on.savedMany).toHaveBeenCalledWith([seriesDate], { close: true, message: 'Ein Termin geändert.' });
    unmount();
  });

  it('cancels every date of a series at once', async () => {
    const apollo = fakeApollo({ CancelBookingSeries: { cancelBookingSeries: { series, bookings: [seriesDate, seriesDate] } } });
    const { form, on, unmount } = formFor(seriesDate, apollo);
    form.scope.value = 'ALL';

    await form.cancelBooking();

    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({ seriesId: 's1', fromStart: null });
    expect(on.savedMany.mock.calls[0]![1]).toMatchObject({ close: true });
    unmount();
  });

  it('refuses an unreadable time before sending anything', async () => {
    const apollo = fakeApollo({});
    const { form, unmount } = formFor(single, apollo);
    form.form.startTime = '';

    await form.save();

    expect(apollo.mutate).not.toHaveBeenCalled();
    expect(form.fieldErrors.value.startTime).toBeTruthy();
    unmount();
  });

  it('shows the server’s refusal next to the field it names', async () => {
    const refusal = new ApolloError({
      graphQLErrors: [
        new GraphQLError('too long', { extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG', limit: 120 } }),
      ],
    });
    const apollo = fakeApollo({ UpdateBooking: refusal });
    const { form, on, unmount } = formFor(single, apollo);

    await form.save();

    expect(form.fieldErrors.value.title).toBeTruthy();
    expect(form.generalError.value).toBeNull();
    expect(on.saved).not.toHaveBeenCalled();
    expect(form.busy.value).toBe(false);
    unmount();
  });
});
