import type { MeetingState } from './network.enums.js';

/**
 * Where a meeting stands, from its booking and the clock: called off when its booking was cancelled, held once
 * it has started, coming until then. Derived on every read, never stored, so no job has to flip it.
 */
export function meetingStateOf(meeting: { cancelled: boolean; start: Date }, now: Date): MeetingState {
  if (meeting.cancelled) return 'CANCELLED';
  return meeting.start.getTime() <= now.getTime() ? 'HELD' : 'COMING';
}
