import { ApolloError } from '@apollo/client/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick, reactive } from 'vue';
import { i18n } from '../i18n/index.js';
import en from '../i18n/locales/en.js';
import { runComposable } from '../shared/testing.js';
import type { MeetingResponse } from './networkModel.js';
import { useResponseForm } from './useResponseForm.js';
import { useTopicForm } from './useTopicForm.js';

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

describe('useTopicForm', () => {
  it('writes a new topic in the reader’s language, sends it trimmed and empties the form', async () => {
    i18n.global.setLocaleMessage('en', en);
    i18n.global.locale.value = 'en';
    const save = vi.fn(async () => undefined);
    const { result, unmount } = runComposable(() => useTopicForm(save));
    expect(result.draft.language).toBe('en');
    Object.assign(result.draft, { title: ' Piano on Saturdays ', text: 'For our choir.' });

    expect(await result.submit()).toBe(true);

    expect(save).toHaveBeenCalledWith({ title: 'Piano on Saturdays', text: 'For our choir.', language: 'en' });
    expect(result.draft).toEqual({ title: '', text: '', language: 'en' });
    unmount();
  });

  it('says an empty title next to the field without sending', async () => {
    const save = vi.fn(async () => undefined);
    const { result, unmount } = runComposable(() => useTopicForm(save));
    expect(await result.submit()).toBe(false);
    expect(result.fieldErrors.value).toEqual({ title: 'Bitte ausfüllen.' });
    expect(save).not.toHaveBeenCalled();
    unmount();
  });

  it('puts a text the server finds too long next to the text, and keeps an edit as it was typed', async () => {
    const save = vi.fn(async () => {
      throw refusal({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LONG', limit: 4000 });
    });
    const { result, unmount } = runComposable(() => useTopicForm(save, { title: 'Räume', text: 'lang', language: 'uk' }));
    expect(await result.submit()).toBe(false);
    expect(result.fieldErrors.value).toEqual({ text: 'Zu lang: höchstens 4000 Zeichen.' });
    expect(result.draft).toEqual({ title: 'Räume', text: 'lang', language: 'uk' });
    unmount();
  });

  it('says a closed agenda above the buttons', async () => {
    const save = vi.fn(async () => {
      throw refusal({ code: 'AGENDA_CLOSED', deadline: '2026-06-14T22:00:00Z', state: 'COMING' });
    });
    const { result, unmount } = runComposable(() => useTopicForm(save));
    result.draft.title = 'Spät';
    expect(await result.submit()).toBe(false);
    expect(result.generalError.value).toBe(i18n.global.t('errors.agendaClosed'));
    unmount();
  });
});

describe('useResponseForm', () => {
  const offered = ['uk', 'fa'];

  it('answers for the MO: coming, how many, interpretation among the offered languages', async () => {
    const apollo = fakeApollo({ MemberRespondToNetworkMeeting: { respondToNetworkMeeting: { id: 'r1' } } });
    const onSaved = vi.fn();
    const { result, unmount } = runComposable(() => useResponseForm(() => ({ id: 'm1', offered, response: null }), onSaved), { apollo });
    Object.assign(result.draft, { attending: true, people: 3, interpretation: ['fa'] });

    expect(await result.submit()).toBe(true);

    expect(apollo.mutate.mock.calls[0]![0].variables).toEqual({
      meetingId: 'm1',
      input: { attending: true, people: 3, interpretation: ['fa'] },
    });
    expect(onSaved).toHaveBeenCalledOnce();
    unmount();
  });

  it('asks how many without sending when coming has no number', async () => {
    const apollo = fakeApollo({});
    const { result, unmount } = runComposable(() => useResponseForm(() => ({ id: 'm1', offered, response: null }), vi.fn()), { apollo });
    result.draft.attending = true;
    expect(await result.submit()).toBe(false);
    expect(result.fieldErrors.value).toEqual({ people: 'Bitte ausfüllen.' });
    expect(apollo.mutate).not.toHaveBeenCalled();
    unmount();
  });

  it('follows the MO’s answer when another member changes it', async () => {
    const meeting = reactive<{ response: MeetingResponse | null }>({ response: null });
    const { result, unmount } = runComposable(() => useResponseForm(() => ({ id: 'm1', offered, response: meeting.response }), vi.fn()), {
      apollo: fakeApollo({}),
    });
    meeting.response = { id: 'r1', attending: true, people: 2, interpretation: ['uk'], updatedAt: '2026-06-10T10:00:00Z' };
    await nextTick();
    expect(result.draft).toEqual({ attending: true, people: 2, interpretation: ['uk'] });
    unmount();
  });
});
