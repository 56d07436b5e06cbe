import { ApolloError } from '@apollo/client/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { i18n } from '../i18n/index.js';
import en from '../i18n/locales/en.js';
import { makeMe, runComposable } from '../shared/testing.js';
import { emptySessionDraft } from './sessionDraft.js';
import { useRequestForm } from './useRequestForm.js';
import { useSessionForm } from './useSessionForm.js';

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

afterEach(() => {
  i18n.global.locale.value = 'de';
});

describe('useRequestForm', () => {
  const member = makeMe({}, { askForCoaching: true });

  it('asks for the member’s own MO and hands the new request on', async () => {
    const created = { id: 'c1', status: 'REQUESTED' };
    const apollo = fakeApollo({ RequestCoaching: { requestCoaching: created } });
    const onCreated = vi.fn();
    const { result, unmount } = runComposable(() => useRequestForm(ref(member), onCreated), { apollo });
    Object.assign(result.draft, { topic: 'FINANCES', text: 'Kassenbuch', weekdays: [2] });

    expect(await result.submit()).toBe(true);

    expect(apollo.mutate.mock.calls[0]![0].variables.input).toMatchObject({
      organizationId: 'o1',
      topic: 'FINANCES',
      text: 'Kassenbuch',
      languages: ['de'],
      availability: [{ weekday: 2, from: '17:00', to: '20:00' }],
    });
    expect(onCreated).toHaveBeenCalledWith(created);
    unmount();
  });

  it('says what is missing next to the field, in the reader’s language, without asking the server', async () => {
    i18n.global.setLocaleMessage('en', en);
    i18n.global.locale.value = 'en';
    const apollo = fakeApollo({});
    const { result, unmount } = runComposable(() => useRequestForm(ref(member), vi.fn()), { apollo });

    expect(await result.submit()).toBe(false);

    expect(result.fieldErrors.value).toEqual({ topic: 'Please fill this in.' });
    expect(apollo.mutate).not.toHaveBeenCalled();
    unmount();
  });

  it('puts the server’s typed refusal next to the field it names', async () => {
    const apollo = fakeApollo({ RequestCoaching: refusal({ code: 'BAD_USER_INPUT', field: 'deadline', reason: 'IN_THE_PAST' }) });
    const onCreated = vi.fn();
    const { result, unmount } = runComposable(() => useRequestForm(ref(member), onCreated), { apollo });
    Object.assign(result.draft, { topic: 'FUNDING', text: 'Antrag', deadline: '2020-01-01' });

    expect(await result.submit()).toBe(false);

    expect(result.fieldErrors.value).toEqual({ deadline: 'Diese Zeit ist schon vorbei.' });
    expect(onCreated).not.toHaveBeenCalled();
    unmount();
  });
});

describe('useSessionForm', () => {
  const draft = { ...emptySessionDraft('2026-06-02'), locationId: 'l1', roomId: 'r1' };

  it('books a session in the room and reports it saved', async () => {
    const apollo = fakeApollo({ ScheduleCoachingSession: { scheduleCoachingSession: { id: 's1' } } });
    const onSaved = vi.fn();
    const { result, unmount } = runComposable(() => useSessionForm(draft, { requestId: 'c1' }, { onSaved }), { apollo });

    expect(await result.submit()).toBe(true);

    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({
      requestId: 'c1',
      input: { start: '2026-06-02T17:00:00+02:00', end: '2026-06-02T18:30:00+02:00', roomId: 'r1' },
    });
    expect(onSaved).toHaveBeenCalledOnce();
    unmount();
  });

  it('names the taken slot of a room conflict next to the start', async () => {
    const apollo = fakeApollo({
      ScheduleCoachingSession: refusal({
        code: 'BOOKING_CONFLICT',
        conflicts: [{ title: 'Chorprobe', organizationName: 'Kalyna', start: '2026-06-02T15:00:00Z', end: '2026-06-02T17:00:00Z' }],
      }),
    });
    const onSaved = vi.fn();
    const { result, unmount } = runComposable(() => useSessionForm(draft, { requestId: 'c1' }, { onSaved }), { apollo });

    await result.submit();

    expect(result.fieldErrors.value.start).toContain('Chorprobe');
    expect(result.fieldErrors.value.start).toContain('\u206617:00–19:00\u2069');
    expect(onSaved).not.toHaveBeenCalled();
    unmount();
  });

  it('moves the given session instead of booking a new one', async () => {
    const apollo = fakeApollo({ MoveCoachingSession: { moveCoachingSession: { id: 's1' } } });
    const { result, unmount } = runComposable(() => useSessionForm(draft, { requestId: 'c1', sessionId: 's1' }, { onSaved: vi.fn() }), {
      apollo,
    });

    await result.submit();

    expect(apollo.mutate).toHaveBeenCalledOnce();
    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({
      id: 's1',
      input: { start: '2026-06-02T17:00:00+02:00', end: '2026-06-02T18:30:00+02:00', roomId: 'r1' },
    });
    unmount();
  });

  it('empties the room when another house is chosen', () => {
    const { result, unmount } = runComposable(() => useSessionForm(draft, { requestId: 'c1' }, { onSaved: vi.fn() }), {
      apollo: fakeApollo({}),
    });
    result.chooseHouse('l2');
    expect(result.draft).toMatchObject({ locationId: 'l2', roomId: '' });
    unmount();
  });
});
