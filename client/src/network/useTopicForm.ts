import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ProposalInput } from '../graphql/graphql.js';
import { useFormErrors } from '../shared/useFormErrors.js';
import { toTopicInput, topicDraft, type TopicDraft } from './topicDraft.js';

/** The fields of AgendaItemInput and ProposalInput, each shown next to its own form field. */
export const TOPIC_FIELDS = ['title', 'text', 'language'] as const;

/**
 * A topic's form for the agenda or a proposal, new or edited: `save` sends it (propose, update, create). An
 * empty title is said at once; the server's refusals (a text too long, the deadline passed) next to the field.
 */
export function useTopicForm(save: (input: ProposalInput) => Promise<unknown>, saved?: TopicDraft) {
  const { t, locale } = useI18n();
  const draft = reactive(topicDraft(locale.value, saved));
  const { fieldErrors, generalError, busy, run, clear } = useFormErrors();

  async function submit(): Promise<boolean> {
    clear();
    const built = toTopicInput(draft);
    if ('problem' in built) {
      fieldErrors.value = { [built.problem.field]: t(`errors.input.${built.problem.key}`) };
      return false;
    }
    const ok = await run(() => save(built.input), TOPIC_FIELDS);
    if (ok && !saved) Object.assign(draft, topicDraft(locale.value));
    return ok;
  }

  return { draft, fieldErrors, generalError, busy, submit };
}
