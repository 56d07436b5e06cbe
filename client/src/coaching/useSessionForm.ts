import { useMutation } from '@vue/apollo-composable';
import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormErrors } from '../shared/useFormErrors.js';
import { MoveCoachingSessionMutation, ScheduleCoachingSessionMutation } from './documents.js';
import { toSessionInput, type SessionDraft } from './sessionDraft.js';

/** The server's fields of a session's input; a taken room comes back on `start` with the taken slot named. */
export const SESSION_FIELDS = ['roomId', 'onlineUrl', 'start', 'end'] as const;

/**
 * The form that books a session (coach and staff) or moves one (everyone on the request): the same fields,
 * sent to `scheduleCoachingSession`, or to `moveCoachingSession` when a session is given.
 */
export function useSessionForm(initial: SessionDraft, target: { requestId: string; sessionId?: string }, options: { onSaved: () => void }) {
  const { t } = useI18n();
  const draft = reactive({ ...initial });
  const { fieldErrors, generalError, busy, run, clear } = useFormErrors();
  const { mutate: schedule } = useMutation(ScheduleCoachingSessionMutation);
  const { mutate: move } = useMutation(MoveCoachingSessionMutation);

  async function submit(): Promise<boolean> {
    clear();
    const built = toSessionInput(draft);
    if ('problem' in built) {
      fieldErrors.value = { [built.problem.field]: t(`errors.input.${built.problem.key}`) };
      return false;
    }
    const ok = await run(async () => {
      if (target.sessionId) await move({ id: target.sessionId, input: built.input });
      else await schedule({ requestId: target.requestId, input: built.input });
    }, SESSION_FIELDS);
    if (ok) options.onSaved();
    return ok;
  }

  /** Choosing another house empties the room: a room belongs to one house. */
  function chooseHouse(locationId: string) {
    draft.locationId = locationId;
    draft.roomId = '';
  }

  return { draft, fieldErrors, generalError, busy, submit, chooseHouse };
}
