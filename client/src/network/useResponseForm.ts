import { useMutation } from '@vue/apollo-composable';
import { reactive, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormErrors } from '../shared/useFormErrors.js';
import { RespondToNetworkMeetingMutation } from './documents.js';
import type { MeetingResponse } from './networkModel.js';
import { responseDraft, toResponseInput } from './responseDraft.js';

/** The server's fields of MeetingResponseInput, each shown next to its own form field. */
export const RESPONSE_FIELDS = ['attending', 'people', 'interpretation'] as const;

/**
 * The MO's answer to a meeting: one per MO, so it starts from the answer another member may have given, and
 * follows it when that answer changes live (a member of the same MO answering on another phone).
 */
export function useResponseForm(
  meeting: () => { id: string; offered: readonly string[]; response: MeetingResponse | null },
  onSaved: () => void,
) {
  const { t } = useI18n();
  const draft = reactive(responseDraft(meeting().response, meeting().offered));
  const { fieldErrors, generalError, busy, run, clear } = useFormErrors();
  const { mutate } = useMutation(RespondToNetworkMeetingMutation);
  watch(
    () => meeting().response?.updatedAt,
    () => Object.assign(draft, responseDraft(meeting().response, meeting().offered)),
  );

  async function submit(): Promise<boolean> {
    clear();
    const built = toResponseInput(draft, meeting().offered);
    if ('problem' in built) {
      fieldErrors.value = { [built.problem.field]: t(`errors.input.${built.problem.key}`) };
      return false;
    }
    const ok = await run(() => mutate({ meetingId: meeting().id, input: built.input }), RESPONSE_FIELDS);
    if (ok) onSaved();
    return ok;
  }

  return { draft, fieldErrors, generalError, busy, submit };
}
