import { ApolloClient, InMemoryCache } from '@apollo/client/core';
import { MockLink } from '@apollo/client/testing/core';
import { GraphQLError } from 'graphql';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '../i18n/index.js';
import BookingDialog from './BookingDialog.vue';
import { CreateBookingMutation, UpdateBookingSeriesMutation } from './documents.js';
import { LOCATIONS, ORGANIZATIONS, makeBooking, makeMe } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';

const member = makeMe();

const slot = { roomId: 'r2', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T11:30:00+02:00' };
const expectedInput = {
  roomId: 'r2',
  organizationId: 'o1',
  title: 'Chorprobe',
  category: 'CHOIR',
  start: '2026-06-02T10:00:00+02:00',
  end: '2026-06-02T11:30:00+02:00',
  visibility: 'MEMBERS',
  expectedAttendees: null,
  notes: null,
};

function mountDialog(mocks: ConstructorParameters<typeof MockLink>[0], props: Partial<InstanceType<typeof BookingDialog>['$props']> = {}) {
  const apollo = new ApolloClient({ link: new MockLink(mocks), cache: new InMemoryCache() });
  i18n.global.locale.value = 'de';
  return mount(BookingDialog, {
    props: { booking: null, selectedSlot: slot, locations: LOCATIONS, organizations: ORGANIZATIONS, me: member, ...props },
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: apollo } },
    attachTo: document.body,
  });
}

async function fillAndSubmit(wrapper: ReturnType<typeof mountDialog>) {
  await wrapper.get('#booking-title').setValue('Chorprobe');
  await wrapper.get('#booking-category').setValue('CHOIR');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await flushPromises();
}

describe('BookingDialog', () => {
  it('prefills the chosen slot and fixes a member to their own MO', () => {
    const wrapper = mountDialog([]);
    expect((wrapper.get('#booking-room').element as HTMLSelectElement).value).toBe('r2');
    expect((wrapper.get('#booking-start').element as HTMLInputElement).value).toBe('10:00');
    expect((wrapper.get('#booking-end').element as HTMLInputElement).value).toBe('11:30');
    const organization = wrapper.get('#booking-organization').element as HTMLSelectElement;
    expect(organization.disabled).toBe(true);
    expect([...organization.options].map((option) => option.value)).toEqual(['o1']);
    expect(document.activeElement?.id).toBe('booking-room');
    wrapper.unmount();
  });

  it('sends the booking with Berlin offsets and reports it saved', async () => {
    const created = makeBooking({
      id: 'new',
      room: { __typename: 'Room', id: 'r2', name: 'Seminarraum', locationId: 'l1' } as Booking['room'],
    });
    const wrapper = mountDialog([
      { request: { query: CreateBookingMutation, variables: { input: expectedInput } }, result: { data: { createBooking: created } } },
    ]);
    await fillAndSubmit(wrapper);
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ id: 'new' });
    wrapper.unmount();
  });

  it('shows a conflict next to the start time, naming the booking in the way', async () => {
    const wrapper = mountDialog([
      {
        request: { query: CreateBookingMutation, variables: { input: expectedInput } },
        result: {
          errors: [
            new GraphQLError('belegt', {
              extensions: {
                code: 'BOOKING_CONFLICT',
                conflicts: [
                  {
                    id: 'c',
                    roomId: 'r2',
                    title: 'Deutschkurs A2',
                    organizationName: 'SDKV',
                    start: '2026-06-02T08:00:00.000Z',
                    end: '2026-06-02T10:00:00.000Z',
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    await fillAndSubmit(wrapper);
    const message = wrapper.get('#booking-start-error');
    expect(message.text()).toContain('„Deutschkurs A2“ (SDKV)');
    expect(message.attributes('role')).toBe('alert');
    expect(wrapper.get('#booking-start').attributes('aria-invalid')).toBe('true');
    expect(wrapper.emitted('saved')).toBeUndefined();
    wrapper.unmount();
  });

  it('words the server’s reason for a bad field next to that field, in the chosen language', async () => {
    await setLocale('en', { remember: false });
    const wrapper = mountDialog([
      {
        request: { query: CreateBookingMutation, variables: { input: expectedInput } },
        result: {
          errors: [
            new GraphQLError('BAD_USER_INPUT', {
              extensions: { code: 'BAD_USER_INPUT', field: 'expectedAttendees', reason: 'OVER_CAPACITY', limit: 16 },
            }),
          ],
        },
      },
    ]);
    await setLocale('en', { remember: false });
    await fillAndSubmit(wrapper);
    expect(wrapper.get('#booking-attendees-error').text()).toBe('The room has space for at most 16 people.');
    wrapper.unmount();
    i18n.global.locale.value = 'de';
  });

  it('opens another MO’s booking read-only', () => {
    const wrapper = mountDialog([], { booking: makeBooking({ canManage: false }), selectedSlot: null });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Chorprobe');
    wrapper.unmount();
  });

  it('asks which dates a change of a series date applies to, and sends only what changed from that date on', async () => {
    const series = { __typename: 'BookingSeries', id: 's1', rrule: 'FREQ=WEEKLY;COUNT=4' } as Booking['series'];
    const occurrence = makeBooking({ series, occurrenceStart: '2026-06-02T14:00:00.000Z' });
    const moved = makeBooking({ series, occurrenceStart: '2026-06-02T14:00:00.000Z', start: '2026-06-02T14:30:00.000Z', version: 2 });
    const wrapper = mountDialog(
      [
        {
          request: {
            query: UpdateBookingSeriesMutation,
            variables: { seriesId: 's1', fromStart: '2026-06-02T14:00:00.000Z', input: { startTime: '16:30' } },
          },
          result: { data: { updateBookingSeries: { __typename: 'BookingSeriesChange', series: { ...series }, bookings: [moved] } } },
        },
      ],
      { booking: occurrence, selectedSlot: null },
    );
    const scopes = wrapper.findAll('input[name="booking-scope"]');
    expect(scopes.map((radio) => (radio.element as HTMLInputElement).value)).toEqual(['THIS', 'FOLLOWING', 'ALL']);
    expect((scopes[0]!.element as HTMLInputElement).checked).toBe(true);
    await scopes[1]!.setValue(true);
    expect((wrapper.get('#booking-date').element as HTMLInputElement).disabled).toBe(true);
    await wrapper.get('#booking-start').setValue('16:30');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await flushPromises();
    const [bookings, options] = wrapper.emitted('savedMany')?.[0] ?? [];
    expect((bookings as Booking[]).map((booking) => booking.version)).toEqual([2]);
    expect(options).toEqual({ close: true, message: 'Ein Termin geändert.' });
    wrapper.unmount();
  });
});
