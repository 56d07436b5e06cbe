import type { MeetingState } from '../../graphql/graphql.js';

/** Which meetings the staff page loads and how it shows them: pure, so the order is tested without a page. */

const DAY = 86_400_000;

/** Half a year back (minutes to write, decisions to follow) and half a year ahead: inside the server's 400 days. */
export function meetingWindow(now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - 183 * DAY).toISOString(), to: new Date(now.getTime() + 200 * DAY).toISOString() };
}

export interface ListedMeeting {
  id: string;
  start: string;
  state: MeetingState;
}

/**
 * Coming meetings, the next first; past ones (held, or called off and over), the latest first. A called-off
 * meeting still ahead stays among the coming ones, so staff see why that evening is free.
 */
export function splitMeetings<M extends ListedMeeting>(meetings: readonly M[], now: Date): { coming: M[]; past: M[] } {
  const isComing = (meeting: M) =>
    meeting.state === 'COMING' || (meeting.state === 'CANCELLED' && Date.parse(meeting.start) > now.getTime());
  const byStart = (a: M, b: M) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id);
  return {
    coming: meetings.filter(isComing).sort(byStart),
    past: meetings.filter((meeting) => !isComing(meeting)).sort((a, b) => byStart(b, a)),
  };
}

/** Meetings a topic can be moved to, or a proposal put on: coming, not called off, after `after` if given. */
export function laterMeetings<M extends ListedMeeting>(meetings: readonly M[], after?: M): M[] {
  return meetings
    .filter((meeting) => meeting.state === 'COMING' && meeting.id !== after?.id)
    .filter((meeting) => !after || Date.parse(meeting.start) > Date.parse(after.start))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
