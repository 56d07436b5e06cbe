import { useMutation } from '@vue/apollo-composable';
import { reactive, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormErrors } from '../shared/useFormErrors.js';
import type { CoachingRequestSummary, Viewer } from './coachingModel.js';
import { RequestCoachingMutation } from './documents.js';
import { emptyDraft, toRequestInput } from './requestDraft.js';

/** The server's fields of CoachingRequestInput, each shown next to its own form field. */
export const REQUEST_FIELDS = ['organizationId', 'topic', 'text', 'languages', 'availability', 'deadline'] as const;

/**
 * The request form's state and its submit: a member asks for their own MO, staff for the MO they pick.
 * What the form can tell at once (no topic, an unknown language) it says without asking the server.
 */
export function useRequestForm(viewer: Ref<Viewer | null>, onCreated: (request: CoachingRequestSummary) => void) {
  const { t, locale } = useI18n();
  const draft = reactive(emptyDraft(locale.value, viewer.value?.organization?.id ?? ''));
  const { fieldErrors, generalError, busy, run, clear } = useFormErrors();
  const { mutate } = useMutation(RequestCoachingMutation);

  async function submit(): Promise<boolean> {
    clear();
    const built = toRequestInput(draft, locale.value);
    if ('problem' in built) {
      fieldErrors.value = { [built.problem.field]: t(`errors.input.${built.problem.key}`) };
      return false;
    }
    let created: CoachingRequestSummary | null = null;
    const ok = await run(async () => {
      const answer = await mutate({ input: built.input });
      created = answer?.data?.requestCoaching ?? null;
    }, REQUEST_FIELDS);
    if (ok && created) onCreated(created);
    return ok;
  }

  return { draft, fieldErrors, generalError, busy, submit };
}
