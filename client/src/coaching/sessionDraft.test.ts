import { describe, expect, it } from 'vitest';
import type { CoachingSession } from './coachingModel.js';
import { draftOfSession, emptySessionDraft, toSessionInput } from './sessionDraft.js';

describe('toSessionInput', () => {
  const base = { ...emptySessionDraft('2026-06-02'), locationId: 'l1', roomId: 'r1', start: '17:00', end: '18:30' };

  it('books a room in Leipzig wall time', () => {
    expect(toSessionInput(base)).toEqual({ input: { start: '2026-06-02T17:00:00+02:00', end: '2026-06-02T18:30:00+02:00', roomId: 'r1' } });
  });

  it('sends only the link for a session online, and an end at midnight on the next day', () => {
    const online = {
      ...base,
      where: 'online' as const,
      onlineUrl: ' https://meet.example/x ',
      date: '2026-12-31',
      start: '22:00',
      end: '00:00',
    };
    expect(toSessionInput(online)).toEqual({
      input: { start: '2026-12-31T22:00:00+01:00', end: '2027-01-01T00:00:00+01:00', onlineUrl: 'https://meet.example/x' },
    });
  });

  it('names what is missing: the room, the link, a readable date', () => {
    expect(toSessionInput({ ...base, roomId: '' })).toEqual({ problem: { field: 'roomId', key: 'REQUIRED' } });
    expect(toSessionInput({ ...base, where: 'online' })).toEqual({ problem: { field: 'onlineUrl', key: 'REQUIRED' } });
    expect(toSessionInput({ ...base, date: '' })).toEqual({ problem: { field: 'start', key: 'INVALID_DATE' } });
  });
});

describe('draftOfSession', () => {
  it('fills the move form with the session’s house, room and Leipzig times', () => {
    const session = {
      id: 's1',
      start: '2026-10-25T09:00:00.000Z',
      end: '2026-10-25T10:00:00.000Z',
      status: 'SCHEDULED',
      onlineUrl: null,
      cancelReason: null,
      room: { id: 'r2', name: 'Seminarraum' },
      house: { id: 'l1', name: 'Haus', address: '' },
    } as CoachingSession;
    // the day the clocks go back: 09:00 UTC is 10:00 in Leipzig
    expect(draftOfSession(session)).toEqual({
      where: 'room',
      locationId: 'l1',
      roomId: 'r2',
      onlineUrl: '',
      date: '2026-10-25',
      start: '10:00',
      end: '11:00',
    });
  });
});
