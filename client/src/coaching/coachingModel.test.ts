import { describe, expect, it } from 'vitest';
import de from '../i18n/locales/de.js';
import {
  abilitiesOf,
  COACHING_TOPICS,
  isChangeable,
  nextSession,
  sessionPlace,
  sortRequests,
  type CoachingSession,
} from './coachingModel.js';

function session(overrides: Partial<CoachingSession> = {}): CoachingSession {
  return {
    id: 's1',
    start: '2026-06-02T15:00:00.000Z',
    end: '2026-06-02T16:30:00.000Z',
    status: 'SCHEDULED',
    onlineUrl: null,
    cancelReason: null,
    room: { id: 'r1', name: 'Seminarraum' },
    house: { id: 'l1', name: 'KolLEktiv Zschochersche Straße', address: 'Zschochersche Str. 1, Leipzig' },
    ...overrides,
  };
}

describe('nextSession', () => {
  const now = new Date('2026-06-02T15:30:00Z');

  it('is the earliest scheduled session not yet over, a running one included', () => {
    const later = session({ id: 'later', start: '2026-06-09T15:00:00Z', end: '2026-06-09T16:00:00Z' });
    expect(nextSession([later, session()], now)?.id).toBe('s1');
  });

  it('skips cancelled and past sessions', () => {
    const cancelled = session({ id: 'c', status: 'CANCELLED', start: '2026-06-03T15:00:00Z', end: '2026-06-03T16:00:00Z' });
    const past = session({ id: 'p', start: '2026-06-01T15:00:00Z', end: '2026-06-01T16:00:00Z' });
    expect(nextSession([cancelled, past], now)).toBeNull();
  });
});

describe('sortRequests', () => {
  it('puts open requests first, newest first within each group', () => {
    const sorted = sortRequests([
      { id: 'closed-new', status: 'CLOSED', createdAt: '2026-06-05T00:00:00Z' },
      { id: 'open-old', status: 'REQUESTED', createdAt: '2026-05-01T00:00:00Z' },
      { id: 'open-new', status: 'SCHEDULED', createdAt: '2026-06-01T00:00:00Z' },
      { id: 'declined', status: 'DECLINED', createdAt: '2026-04-01T00:00:00Z' },
    ] as const);
    expect(sorted.map((request) => request.id)).toEqual(['open-new', 'open-old', 'closed-new', 'declined']);
  });
});

describe('sessionPlace', () => {
  it('names room, house and address of a session in a room', () => {
    expect(sessionPlace(session())).toEqual({
      kind: 'room',
      room: 'Seminarraum',
      house: 'KolLEktiv Zschochersche Straße',
      address: 'Zschochersche Str. 1, Leipzig',
    });
  });

  it('leaves out an empty address, and gives the link of a session online', () => {
    const noAddress = session();
    noAddress.house!.address = '  ';
    expect(sessionPlace(noAddress)).toMatchObject({ kind: 'room', address: null });
    expect(sessionPlace(session({ room: null, house: null, onlineUrl: 'https://meet.example/abc' }))).toEqual({
      kind: 'online',
      url: 'https://meet.example/abc',
    });
  });
});

describe('abilitiesOf', () => {
  it('offers what the server says the viewer may do on the request', () => {
    const viewerMay = { message: true, writeStaffOnly: false, schedule: false, moveOrCancelSessions: true, close: true };
    expect(abilitiesOf({ viewerMay })).toEqual(viewerMay);
  });

  it('offers nothing while no request is loaded', () => {
    expect(Object.values(abilitiesOf(null)).some(Boolean)).toBe(false);
    expect(Object.values(abilitiesOf(undefined)).some(Boolean)).toBe(false);
  });
});

describe('isChangeable', () => {
  it('is true for a scheduled session until it ends', () => {
    expect(isChangeable(session(), new Date('2026-06-02T16:29:00Z'))).toBe(true);
    expect(isChangeable(session(), new Date('2026-06-02T16:30:00Z'))).toBe(false);
    expect(isChangeable(session({ status: 'CANCELLED' }), new Date('2026-06-01T00:00:00Z'))).toBe(false);
  });
});

describe('COACHING_TOPICS', () => {
  it('has a name for every topic in coaching.topics, the one place the locales name them', () => {
    expect([...COACHING_TOPICS].sort()).toEqual(Object.keys(de.coaching.topics).sort());
  });
});
