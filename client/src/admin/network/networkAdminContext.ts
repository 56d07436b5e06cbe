import { inject, type InjectionKey, type Ref } from 'vue';
import type { NetworkAdminMeetingFragment, NetworkAdminMeetingSummaryFragment } from '../../graphql/graphql.js';

/** A meeting as the list holds it, and with its answers, agenda and minutes once opened. */
export type AdminMeetingSummary = NetworkAdminMeetingSummaryFragment;
export type AdminMeeting = NetworkAdminMeetingFragment;
export type AdminAgendaItem = AdminMeeting['agenda'][number];

/**
 * What every part of the staff's network page shares: the meetings loaded (a topic moves to one of them, a
 * proposal is put on one), and the one live region that says what was done (and refetches after it).
 */
export interface NetworkAdminContext {
  meetings: Readonly<Ref<readonly AdminMeetingSummary[]>>;
  announce: (message: string) => void;
}

export const NETWORK_ADMIN: InjectionKey<NetworkAdminContext> = Symbol('networkAdmin');

export function useNetworkAdmin(): NetworkAdminContext {
  const context = inject(NETWORK_ADMIN);
  // a part of the page used outside it is a programming mistake, not something a person can fix
  if (!context) throw new Error('useNetworkAdmin outside NetworkAdmin.vue');
  return context;
}
