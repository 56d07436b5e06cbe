import type {
  CoachingRequestQuery,
  CoachingRequestSummaryFragment,
  CoachingSessionFieldsFragment,
  CoachingStatus,
  CoachingTopic,
  MeQuery,
} from '../graphql/graphql.js';

export type CoachingRequestSummary = CoachingRequestSummaryFragment;
export type CoachingRequestDetail = NonNullable<CoachingRequestQuery['coachingRequest']>;
export type CoachingSession = CoachingSessionFieldsFragment;
export type Viewer = NonNullable<MeQuery['me']>;

/**
 * The API's topics in the order forms offer them: the usual needs first, "something else" last. Keyed by the
 * generated enum, so a topic the API gains fails to compile here until it has its place (and its name in the
 * locales' `coaching.topics`).
 */
const TOPIC_ORDER: Record<CoachingTopic, true> = {
  FOUNDING: true,
  FUNDING: true,
  FINANCES: true,
  PUBLIC_RELATIONS: true,
  VOLUNTEERS: true,
  EVENTS: true,
  LEGAL: true,
  OTHER: true,
};
export const COACHING_TOPICS = Object.keys(TOPIC_ORDER) as readonly CoachingTopic[];

const OPEN: readonly CoachingStatus[] = ['REQUESTED', 'ASSIGNED', 'SCHEDULED'];

export const isOpen = (status: CoachingStatus) => OPEN.includes(status);

/** The first session still to come (or under way), or null. */
export function nextSession(sessions: readonly CoachingSession[], now: Date): CoachingSession | null {
  return (
    sessions
      .filter((session) => session.status === 'SCHEDULED' && new Date(session.end).getTime() > now.getTime())
      .sort((a, b) => a.start.localeCompare(b.start))[0] ?? null
  );
}

/** Open requests first, then the newest: what still needs someone's attention sits on top. */
export function sortRequests<T extends Pick<CoachingRequestSummary, 'status' | 'createdAt'>>(requests: readonly T[]): T[] {
  return [...requests].sort((a, b) => Number(isOpen(b.status)) - Number(isOpen(a.status)) || b.createdAt.localeCompare(a.createdAt));
}

/** Where a session takes place, as the page names it. */
export type SessionPlace =
  { kind: 'room'; room: string; house: string; address: string | null } | { kind: 'online'; url: string } | { kind: 'unknown' };

export function sessionPlace(session: CoachingSession): SessionPlace {
  if (session.room)
    return {
      kind: 'room',
      room: session.room.name,
      house: session.house?.name ?? '',
      address: session.house?.address.trim() || null,
    };
  if (session.onlineUrl) return { kind: 'online', url: session.onlineUrl };
  return { kind: 'unknown' };
}

/** What the viewer may do on a request, as the server says (`viewerMay`); nothing while none is loaded. */
export type CoachingAbilities = CoachingRequestDetail['viewerMay'];

const NOTHING: CoachingAbilities = { message: false, writeStaffOnly: false, schedule: false, moveOrCancelSessions: false, close: false };

export function abilitiesOf(request: Pick<CoachingRequestDetail, 'viewerMay'> | null | undefined): CoachingAbilities {
  return request?.viewerMay ?? NOTHING;
}

/** A session that has not ended and is not cancelled can still be moved or cancelled. */
export function isChangeable(session: CoachingSession, now: Date): boolean {
  return session.status === 'SCHEDULED' && new Date(session.end).getTime() > now.getTime();
}
