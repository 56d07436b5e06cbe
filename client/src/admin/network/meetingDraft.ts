import { DateTime } from 'luxon';
import { languageDraftOf, tagsOfDraft, type LanguageDraft } from '../../shared/languageChoice.js';
import type { NetworkMeetingInput, UpdateNetworkMeetingInput } from '../../graphql/graphql.js';

/** The meeting form as staff fill it in, in the wall time of the meeting's house. */
/** `languages` and `otherLanguages`: the languages interpretation is offered into. */
export interface MeetingDraft extends LanguageDraft {
  locationId: string;
  roomId: string;
  /** yyyy-mm-dd */
  date: string;
  /** HH:MM */
  start: string;
  end: string;
  title: string;
  description: string;
  deadlineDate: string;
  deadlineTime: string;
  repeat: boolean;
  repeatEveryWeeks: number;
  repeatCount: number;
}

/** The server's names of the input's fields: a refusal naming one is shown next to it. */
export const MEETING_FIELDS = [
  'roomId',
  'start',
  'end',
  'title',
  'description',
  'agendaDeadline',
  'interpretationLanguages',
  'repeatEveryWeeks',
  'repeatCount',
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export type MeetingProblem = {
  field: MeetingField;
  key: 'REQUIRED' | 'INVALID_DATE' | 'INVALID_LANGUAGE' | 'OUT_OF_RANGE';
  limit?: string;
};

/** Topics close three days before: the day the reminders go out, so the agenda is known when MOs decide to come. */
export function defaultDeadline(date: string): { date: string; time: string } {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  return { date: day.isValid ? (day.minus({ days: 3 }).toISODate() ?? '') : '', time: '18:00' };
}

export function emptyMeetingDraft(date: string): MeetingDraft {
  const deadline = defaultDeadline(date);
  return {
    locationId: '',
    roomId: '',
    date,
    start: '18:00',
    end: '20:00',
    title: '',
    description: '',
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    languages: [],
    otherLanguages: '',
    repeat: false,
    repeatEveryWeeks: 4,
    repeatCount: 3,
  };
}

export interface MeetingRecord {
  title: string;
  description: string;
  start: string;
  end: string;
  agendaDeadline: string;
  interpretationLanguages: readonly string[];
  room: { id: string };
  location: { id: string; timeZone: string };
}

const wall = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });

/** The form filled with a meeting, to change or move it. */
export function draftOfMeeting(meeting: MeetingRecord, readerLanguage: string): MeetingDraft {
  const zone = meeting.location.timeZone;
  const start = wall(meeting.start, zone);
  const deadline = wall(meeting.agendaDeadline, zone);
  return {
    locationId: meeting.location.id,
    roomId: meeting.room.id,
    date: start.toISODate() ?? '',
    start: start.toFormat('HH:mm'),
    end: wall(meeting.end, zone).toFormat('HH:mm'),
    title: meeting.title,
    description: meeting.description,
    deadlineDate: deadline.toISODate() ?? '',
    deadlineTime: deadline.toFormat('HH:mm'),
    ...languageDraftOf(meeting.interpretationLanguages, readerLanguage),
    repeat: false,
    repeatEveryWeeks: 4,
    repeatCount: 3,
  };
}

/** A wall time of the house as an instant with offset; null for an impossible one. */
export function instantIn(date: string, time: string, zone: string): string | null {
  const value = DateTime.fromISO(`${date}T${time}`, { zone });
  return value.isValid && /^\d\d:\d\d$/.test(time) ? value.toISO({ suppressMilliseconds: true }) : null;
}

/**
 * The API's input, or the first thing the form can already tell is wrong. The rest (end before start, a
 * deadline after the start, the room taken, a closure, opening hours) the server checks and names the field.
 */
export function toMeetingInput(
  draft: MeetingDraft,
  zone: string,
  readerLanguage: string,
): { input: NetworkMeetingInput } | { problem: MeetingProblem } {
  if (!draft.roomId) return { problem: { field: 'roomId', key: 'REQUIRED' } };
  if (!draft.title.trim()) return { problem: { field: 'title', key: 'REQUIRED' } };
  const start = instantIn(draft.date, draft.start, zone);
  if (!start) return { problem: { field: 'start', key: 'INVALID_DATE' } };
  // an end at midnight belongs to the next day
  const endDate = draft.end === '00:00' ? (DateTime.fromISO(draft.date).plus({ days: 1 }).toISODate() ?? '') : draft.date;
  const end = instantIn(endDate, draft.end, zone);
  if (!end) return { problem: { field: 'end', key: 'INVALID_DATE' } };
  const agendaDeadline = instantIn(draft.deadlineDate, draft.deadlineTime, zone);
  if (!agendaDeadline) return { problem: { field: 'agendaDeadline', key: 'INVALID_DATE' } };
  const languages = tagsOfDraft(draft, readerLanguage);
  if (languages.unknown !== null) return { problem: { field: 'interpretationLanguages', key: 'INVALID_LANGUAGE' } };
  const input: NetworkMeetingInput = {
    roomId: draft.roomId,
    start,
    end,
    title: draft.title.trim(),
    description: draft.description.trim(),
    agendaDeadline,
    interpretationLanguages: languages.tags,
  };
  if (!draft.repeat) return { input };
  if (!inRange(draft.repeatEveryWeeks, 1, 12)) return { problem: { field: 'repeatEveryWeeks', key: 'OUT_OF_RANGE', limit: '1–12' } };
  if (!inRange(draft.repeatCount, 2, 12)) return { problem: { field: 'repeatCount', key: 'OUT_OF_RANGE', limit: '2–12' } };
  return { input: { ...input, repeatEveryWeeks: draft.repeatEveryWeeks, repeatCount: draft.repeatCount } };
}

const inRange = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/**
 * What changed, as the update's input: the inputs of the meeting as it was and as the form holds it, compared
 * field by field, so a field added to the input is compared without a list here. An unchanged time is not
 * sent, so only a real move asks the room again.
 */
export function toUpdateInput(
  before: MeetingDraft,
  draft: MeetingDraft,
  zone: string,
  readerLanguage: string,
): { input: UpdateNetworkMeetingInput } | { problem: MeetingProblem } {
  const built = toMeetingInput({ ...draft, repeat: false }, zone, readerLanguage);
  if ('problem' in built) return built;
  const was = toMeetingInput({ ...before, repeat: false }, zone, readerLanguage);
  const old: Partial<NetworkMeetingInput> = 'input' in was ? was.input : {};
  const changed = Object.entries(built.input).filter(
    ([key, value]) => JSON.stringify(old[key as keyof NetworkMeetingInput]) !== JSON.stringify(value),
  );
  return { input: Object.fromEntries(changed) };
}
