import { ApolloError } from '@apollo/client/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { runComposable } from '../../shared/testing.js';
import type { AdminMeetingSummary } from './networkAdminContext.js';
import { useMeetingForm } from './useMeetingForm.js';

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

const refusal = (extensions: Record<string, unknown>) => new ApolloError({ graphQLErrors: [new GraphQLError('refused', { extensions })] });
const HOUSES = ref([{ id: 'l1', timeZone: 'Europe/Berlin', rooms: [{ id: 'r1', name: 'Großer Saal', capacity: 40 }] }]);

function createForm(apollo: ReturnType<typeof fakeApollo>, onSaved = vi.fn()) {
  const form = runComposable(() => useMeetingForm(null, '2026-06-16', HOUSES, onSaved), { apollo });
  form.result.chooseHouse('l1');
  Object.assign(form.result.draft, { roomId: 'r1', title: 'Netzwerktreffen', languages: ['ar'] });
  return form;
}

describe('useMeetingForm', () => {
  it('creates the meeting at the house’s wall time and says so', async () => {
    const apollo = fakeApollo({ AdminCreateNetworkMeeting: { createNetworkMeeting: { id: 'm1' } } });
    const onSaved = vi.fn();
    const { result, unmount } = createForm(apollo, onSaved);

    expect(await result.submit()).toBe(true);

    expect(apollo.mutate.mock.calls[0]![0].variables.input).toEqual({
      roomId: 'r1',
      start: '2026-06-16T18:00:00+02:00',
      end: '2026-06-16T20:00:00+02:00',
      title: 'Netzwerktreffen',
      description: '',
      agendaDeadline: '2026-06-13T18:00:00+02:00',
      interpretationLanguages: ['ar'],
    });
    expect(onSaved).toHaveBeenCalledOnce();
    unmount();
  });

  it('moves the default deadline with the date, but not one staff chose', async () => {
    const { result, unmount } = createForm(fakeApollo({}));
    result.draft.date = '2026-07-01';
    await nextTick();
    expect([result.draft.deadlineDate, result.draft.deadlineTime]).toEqual(['2026-06-28', '18:00']);
    result.draft.deadlineTime = '12:00';
    result.draft.date = '2026-07-08';
    await nextTick();
    expect([result.draft.deadlineDate, result.draft.deadlineTime]).toEqual(['2026-06-28', '12:00']);
    unmount();
  });

  it('says a taken room next to the start and a time outside opening hours next to the end', async () => {
    const conflict = refusal({
      code: 'BOOKING_CONFLICT',
      conflicts: [{ title: 'Chorprobe', organizationName: 'Kalyna', start: '2026-06-16T16:00:00Z', end: '2026-06-16T18:00:00Z' }],
    });
    const onSaved = vi.fn();
    const taken = createForm(fakeApollo({ AdminCreateNetworkMeeting: conflict }), onSaved);
    expect(await taken.result.submit()).toBe(false);
    expect(taken.result.fieldErrors.value.start).toContain('Chorprobe');
    taken.unmount();

    const late = createForm(
      fakeApollo({ AdminCreateNetworkMeeting: refusal({ code: 'OUTSIDE_OPENING_HOURS', field: 'end', opens: '08:00', closes: '22:00' }) }),
    );
    expect(await late.result.submit()).toBe(false);
    expect(late.result.fieldErrors.value.end).toContain('22:00');
    late.unmount();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('names a plain mistake next to its field without asking the server', async () => {
    const apollo = fakeApollo({});
    const { result, unmount } = createForm(apollo);
    result.draft.title = ' ';
    expect(await result.submit()).toBe(false);
    expect(result.fieldErrors.value.title).toBeTruthy();
    expect(apollo.mutate).not.toHaveBeenCalled();
    unmount();
  });

  it('sends only what changed of a meeting, with the version it was read at', async () => {
    const meeting = {
      id: 'm1',
      version: 3,
      title: 'Netzwerktreffen',
      description: '',
      start: '2026-06-16T16:00:00.000Z',
      end: '2026-06-16T18:00:00.000Z',
      agendaDeadline: '2026-06-13T16:00:00.000Z',
      interpretationLanguages: ['ar'],
      room: { id: 'r1', name: 'Großer Saal' },
      location: { id: 'l1', name: 'Haus', timeZone: 'Europe/Berlin' },
    } as AdminMeetingSummary;
    const apollo = fakeApollo({ AdminUpdateNetworkMeeting: { updateNetworkMeeting: meeting } });
    const { result, unmount } = runComposable(() => useMeetingForm(meeting, '2026-06-01', HOUSES, vi.fn()), { apollo });
    result.draft.end = '20:30';

    expect(await result.submit()).toBe(true);

    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({
      id: 'm1',
      input: { end: '2026-06-16T20:30:00+02:00' },
      expectedVersion: 3,
    });
    unmount();
  });
});
