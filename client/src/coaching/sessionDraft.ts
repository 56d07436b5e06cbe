import type { CoachingSessionInput } from '../graphql/graphql.js';
import { localDate, localTime } from '../shared/localTime.js';
import { toInstant } from '../shared/toInstant.js';
import type { CoachingSession } from './coachingModel.js';

/** A session as the schedule (or move) form holds it: in a room of a house, or online; Leipzig wall time. */
export interface SessionDraft {
  where: 'room' | 'online';
  locationId: string;
  roomId: string;
  onlineUrl: string;
  /** yyyy-mm-dd */
  date: string;
  /** HH:MM */
  start: string;
  end: string;
}

export function emptySessionDraft(today: string): SessionDraft {
  return { where: 'room', locationId: '', roomId: '', onlineUrl: '', date: today, start: '17:00', end: '18:30' };
}

/** The form filled with a session's place and time, to move it. */
export function draftOfSession(session: CoachingSession): SessionDraft {
  return {
    where: session.room ? 'room' : 'online',
    locationId: session.house?.id ?? '',
    roomId: session.room?.id ?? '',
    onlineUrl: session.onlineUrl ?? '',
    date: localDate(session.start),
    start: localTime(session.start),
    end: localTime(session.end),
  };
}

export type SessionProblem = { field: 'roomId' | 'onlineUrl' | 'start' | 'end'; key: 'REQUIRED' | 'INVALID_DATE' };

/** The API's input, or what is plainly missing; the server checks the rest (past, opening hours, taken). */
export function toSessionInput(draft: SessionDraft): { input: CoachingSessionInput } | { problem: SessionProblem } {
  const start = toInstant(draft.date, draft.start);
  if (!start) return { problem: { field: 'start', key: 'INVALID_DATE' } };
  // an end at midnight belongs to the next day
  const end = draft.end === '00:00' ? toInstant(nextDay(draft.date), '00:00') : toInstant(draft.date, draft.end);
  if (!end) return { problem: { field: 'end', key: 'INVALID_DATE' } };
  if (draft.where === 'room') {
    if (!draft.roomId) return { problem: { field: 'roomId', key: 'REQUIRED' } };
    return { input: { start, end, roomId: draft.roomId } };
  }
  if (!draft.onlineUrl.trim()) return { problem: { field: 'onlineUrl', key: 'REQUIRED' } };
  return { input: { start, end, onlineUrl: draft.onlineUrl.trim() } };
}

function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
