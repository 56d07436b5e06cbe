import { describe, expect, it } from 'vitest';
import {
  defaultDeadline,
  draftOfMeeting,
  emptyMeetingDraft,
  instantIn,
  toMeetingInput,
  toUpdateInput,
  type MeetingDraft,
} from './meetingDraft.js';

const ZONE = 'Europe/Berlin';
const filled = (overrides: Partial<MeetingDraft> = {}): MeetingDraft => ({
  ...emptyMeetingDraft('2026-03-26'),
  locationId: 'l1',
  roomId: 'r1',
  title: '  Netzwerktreffen März ',
  languages: ['ar', 'uk'],
  ...overrides,
});

describe('the meeting form', () => {
  it('closes the agenda three days before by default', () => {
    expect(defaultDeadline('2026-03-02')).toEqual({ date: '2026-02-27', time: '18:00' });
    expect(emptyMeetingDraft('2026-03-26')).toMatchObject({ deadlineDate: '2026-03-23', deadlineTime: '18:00' });
  });

  it('reads wall times in the house’s zone, across the change to summer time', () => {
    expect(instantIn('2026-03-28', '18:00', ZONE)).toBe('2026-03-28T18:00:00+01:00');
    expect(instantIn('2026-03-30', '18:00', ZONE)).toBe('2026-03-30T18:00:00+02:00');
    expect(instantIn('2026-03-30', '18', ZONE)).toBeNull();
  });

  it('builds the input: trimmed title, the ticked and typed languages once, no series unless asked', () => {
    const built = toMeetingInput(filled({ otherLanguages: 'fr, ar' }), ZONE, 'de');
    expect(built).toEqual({
      input: {
        roomId: 'r1',
        start: '2026-03-26T18:00:00+01:00',
        end: '2026-03-26T20:00:00+01:00',
        title: 'Netzwerktreffen März',
        description: '',
        agendaDeadline: '2026-03-23T18:00:00+01:00',
        interpretationLanguages: ['ar', 'uk', 'fr'],
      },
    });
  });

  it('asks for a series’ rhythm and length within the server’s bounds', () => {
    expect(toMeetingInput(filled({ repeat: true, repeatEveryWeeks: 4, repeatCount: 6 }), ZONE, 'de')).toMatchObject({
      input: { repeatEveryWeeks: 4, repeatCount: 6 },
    });
    expect(toMeetingInput(filled({ repeat: true, repeatCount: 1 }), ZONE, 'de')).toEqual({
      problem: { field: 'repeatCount', key: 'OUT_OF_RANGE', limit: '2–12' },
    });
    expect(toMeetingInput(filled({ repeat: true, repeatEveryWeeks: 0 }), ZONE, 'de')).toEqual({
      problem: { field: 'repeatEveryWeeks', key: 'OUT_OF_RANGE', limit: '1–12' },
    });
  });

  it.each([
    [{ roomId: '' }, 'roomId', 'REQUIRED'],
    [{ title: '   ' }, 'title', 'REQUIRED'],
    [{ start: '' }, 'start', 'INVALID_DATE'],
    [{ end: '25:00' }, 'end', 'INVALID_DATE'],
    [{ deadlineDate: '' }, 'agendaDeadline', 'INVALID_DATE'],
    [{ otherLanguages: 'Klingonisch' }, 'interpretationLanguages', 'INVALID_LANGUAGE'],
  ] as const)('names the field of a plain mistake: %o', (overrides, field, key) => {
    expect(toMeetingInput(filled(overrides), ZONE, 'de')).toEqual({ problem: { field, key } });
  });

  it('ends a meeting that ends at midnight on the next day', () => {
    expect(toMeetingInput(filled({ end: '00:00' }), ZONE, 'de')).toMatchObject({ input: { end: '2026-03-27T00:00:00+01:00' } });
  });

  it('fills the form with a meeting in its house’s wall time, and sends back only what changed', () => {
    const meeting = {
      title: 'Netzwerktreffen',
      description: 'Alle MOs',
      start: '2026-06-02T16:00:00.000Z',
      end: '2026-06-02T18:00:00.000Z',
      agendaDeadline: '2026-05-30T16:00:00.000Z',
      interpretationLanguages: ['ar', 'ti'],
      room: { id: 'r1' },
      location: { id: 'l1', timeZone: ZONE },
    };
    const before = draftOfMeeting(meeting, 'de');
    expect(before).toMatchObject({ date: '2026-06-02', start: '18:00', end: '20:00', deadlineDate: '2026-05-30', deadlineTime: '18:00' });
    expect(before).toMatchObject({ languages: ['ar'], otherLanguages: 'Tigrinya' });
    expect(toUpdateInput(before, { ...before, title: 'Neu' }, ZONE, 'de')).toEqual({ input: { title: 'Neu' } });
    expect(toUpdateInput(before, { ...before, start: '17:00', roomId: 'r2' }, ZONE, 'de')).toEqual({
      input: { roomId: 'r2', start: '2026-06-02T17:00:00+02:00' },
    });
  });
});
