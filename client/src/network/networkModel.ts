import type {
  MemberAgendaItemFragment,
  MemberMeetingResponseFragment,
  MemberMeetingSummaryFragment,
  MemberNetworkChangesSubscription,
  MemberNetworkMeetingQuery,
} from '../graphql/graphql.js';

export type MeetingSummary = MemberMeetingSummaryFragment;
export type MeetingDetail = MemberNetworkMeetingQuery['networkMeeting'];
export type AgendaItem = MemberAgendaItemFragment;
export type MeetingResponse = MemberMeetingResponseFragment;
/** One change in the network: what changed and where, nothing of its content (the page refetches). */
export type NetworkChange = MemberNetworkChangesSubscription['networkChanges'];

const DAY = 86_400_000;

/**
 * The span the list asks for: nine months back, so the last meetings' minutes stay at hand, and four months
 * ahead; together within the server's longest range (`MAX_MEETING_RANGE_DAYS`, 400 days).
 */
export function meetingWindow(now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - 273 * DAY).toISOString(), to: new Date(now.getTime() + 120 * DAY).toISOString() };
}

/**
 * Coming meetings soonest first, past ones latest first. A cancelled meeting stays where its date puts it, so
 * an MO that planned to come still finds it (marked cancelled).
 */
export function splitMeetings<T extends Pick<MeetingSummary, 'start' | 'state'>>(
  meetings: readonly T[],
  now: Date,
): { coming: T[]; past: T[] } {
  const isComing = (meeting: T) =>
    meeting.state === 'COMING' || (meeting.state === 'CANCELLED' && new Date(meeting.start).getTime() > now.getTime());
  const coming = meetings.filter(isComing).sort((a, b) => a.start.localeCompare(b.start));
  const past = meetings.filter((meeting) => !isComing(meeting)).sort((a, b) => b.start.localeCompare(a.start));
  return { coming, past };
}

/** The agenda as the page shows it: accepted topics in their order, then those still proposed, then those set aside. */
export function agendaOf(items: readonly AgendaItem[]): { accepted: AgendaItem[]; proposed: AgendaItem[]; setAside: AgendaItem[] } {
  const byStatus = (status: AgendaItem['status']) => items.filter((item) => item.status === status);
  return {
    accepted: byStatus('ACCEPTED').sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    proposed: byStatus('PROPOSED').sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    setAside: items.filter((item) => item.status === 'MERGED' || item.status === 'DECLINED'),
  };
}

/** The viewer's MO's answer in a word: none yet, coming (how many, which interpretation), or not coming. */
export type Answer = { kind: 'none' } | { kind: 'notComing' } | { kind: 'coming'; people: number; interpretation: readonly string[] };

export function answerOf(response: Pick<MeetingResponse, 'attending' | 'people' | 'interpretation'> | null | undefined): Answer {
  if (!response) return { kind: 'none' };
  if (!response.attending) return { kind: 'notComing' };
  return { kind: 'coming', people: response.people, interpretation: response.interpretation };
}

export type MeetingAbilities = MeetingDetail['abilities'];
const NOTHING: MeetingAbilities = { respond: false, proposeAgendaItem: false };

/** What the viewer may do with the meeting, as the server says; nothing while none is loaded. */
export function meetingAbilities(meeting: Pick<MeetingDetail, 'abilities'> | null | undefined): MeetingAbilities {
  return meeting?.abilities ?? NOTHING;
}

/** Whether a change (or null: changes may have been missed) concerns the meeting the page shows. */
export const concernsMeeting = (change: NetworkChange | null, meetingId: string) => change === null || change.meetingId === meetingId;

/** The meeting list shows meetings and the MO's answers: any change to a meeting concerns it, proposals do not. */
export const concernsMeetingList = (change: NetworkChange | null) => change === null || !!change.meetingId;

export const concernsProposals = (change: NetworkChange | null) => change === null || !!change.proposalId || change.entity === 'PROPOSAL';
