import { useMutation } from '@vue/apollo-composable';
import { computed, reactive, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormErrors } from '../../shared/useFormErrors.js';
import { AdminCreateNetworkMeetingMutation, AdminUpdateNetworkMeetingMutation } from './documents.js';
import {
  MEETING_FIELDS,
  defaultDeadline,
  draftOfMeeting,
  emptyMeetingDraft,
  toMeetingInput,
  toUpdateInput,
  type MeetingProblem,
} from './meetingDraft.js';
import type { AdminMeetingSummary } from './networkAdminContext.js';

/** A house as the form offers it: its rooms, and the zone its times are typed in. */
export interface House {
  id: string;
  timeZone: string;
  rooms: ReadonlyArray<{ id: string; name: string; capacity: number }>;
}

/**
 * The form that creates a meeting (or a series) or changes one. Times are typed in the wall time of the house
 * chosen; the server's refusals (room taken, closed that day, outside opening hours) land next to the field
 * they name, as in the booking dialog.
 */
export function useMeetingForm(
  meeting: AdminMeetingSummary | null,
  firstDate: string,
  houses: Readonly<Ref<readonly House[]>>,
  onSaved: () => void,
) {
  const { t, locale } = useI18n();
  const before = meeting ? draftOfMeeting(meeting, locale.value) : null;
  const draft = reactive(before ? { ...before, languages: [...before.languages] } : emptyMeetingDraft(firstDate));
  const house = computed(() => houses.value.find((one) => one.id === draft.locationId) ?? null);
  const rooms = computed(() => house.value?.rooms ?? []);
  const { fieldErrors, generalError, busy, run, clear } = useFormErrors();
  const { mutate: create } = useMutation(AdminCreateNetworkMeetingMutation);
  const { mutate: update } = useMutation(AdminUpdateNetworkMeetingMutation);

  // the deadline follows the date while staff have not set one of their own
  watch(
    () => draft.date,
    (date, previous) => {
      const old = defaultDeadline(previous);
      if (draft.deadlineDate !== old.date || draft.deadlineTime !== old.time) return;
      const next = defaultDeadline(date);
      draft.deadlineDate = next.date;
      draft.deadlineTime = next.time;
    },
  );

  function chooseHouse(locationId: string) {
    draft.locationId = locationId;
    draft.roomId = '';
  }

  /** The form's own check found `problem`: said next to its field, nothing sent. */
  function show(problem: MeetingProblem): false {
    fieldErrors.value = { [problem.field]: t(`errors.input.${problem.key}`, { limit: problem.limit ?? '' }) };
    return false;
  }

  async function submit(): Promise<boolean> {
    clear();
    const zone = house.value?.timeZone ?? meeting?.location.timeZone ?? 'Europe/Berlin';
    let work: () => Promise<unknown>;
    if (meeting && before) {
      const built = toUpdateInput(before, draft, zone, locale.value);
      if ('problem' in built) return show(built.problem);
      work = () => update({ id: meeting.id, input: built.input, expectedVersion: meeting.version });
    } else {
      const built = toMeetingInput(draft, zone, locale.value);
      if ('problem' in built) return show(built.problem);
      work = () => create({ input: built.input });
    }
    const ok = await run(work, MEETING_FIELDS);
    if (ok) onSaved();
    return ok;
  }

  return { draft, rooms, fieldErrors, generalError, busy, submit, chooseHouse };
}
