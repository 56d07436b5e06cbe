import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { checkInState, type CheckInFacts } from './checkInWindow.js';
import { loadCheckInTexts } from './checkInTexts.js';
import { CheckInMutation, CheckInSettingsQuery } from './documents.js';

type Checkable = CheckInFacts & { id: string };

/**
 * Check-in on the wall display (issue 29): in a house that requires it, the booking now in a room (or about to
 * begin, from 15 minutes before) is checked in by a tap; the display's own token may do that for today's
 * bookings of its house. The change comes back to every screen, this one too, through the change log.
 */
export function useDisplayCheckIn(now: Ref<Date>, languages: Ref<readonly string[]>) {
  const textsReady = ref(false);
  watch(
    languages,
    async (codes) => {
      await loadCheckInTexts(codes);
      textsReady.value = true;
    },
    { immediate: true },
  );
  const { result } = useQuery(CheckInSettingsQuery);
  const required = computed(
    () => new Set((result.value?.checkInSettings ?? []).filter((house) => house.required).map((house) => house.locationId)),
  );
  const { mutate } = useMutation(CheckInMutation);
  /** Per booking: being sent, or refused (the screen says to use the QR code instead). */
  const sending = reactive(new Map<string, 'busy' | 'failed'>());

  /** The booking a tap in this room checks in: the current one, else the next from 15 minutes before its start. */
  function checkable<B extends Checkable>(locationId: string, room: { current: B | null; next: B | null }): B | null {
    if (!required.value.has(locationId)) return null;
    return [room.current, room.next].find((booking) => booking && checkInState(booking, now.value) === 'open') ?? null;
  }

  async function checkIn(bookingId: string): Promise<void> {
    if (sending.get(bookingId) === 'busy') return;
    sending.set(bookingId, 'busy');
    try {
      await mutate({ bookingId });
      sending.delete(bookingId);
    } catch {
      sending.set(bookingId, 'failed');
    }
  }

  return { textsReady, checkable, checkIn, sending };
}
