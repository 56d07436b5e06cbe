import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../changes/change-log.js';
import { audienceOf, coachingChangeOf, type CoachingSide } from './coaching-changes.js';

const REQUEST = '00000000-0000-4000-8000-000000000001';
const SESSION = '00000000-0000-4000-8000-000000000002';
const MESSAGE = '00000000-0000-4000-8000-000000000003';

const request = (status: string, coachId: string | null = null) => ({ status, coachId, text: 'Hilfe' });
const session = (overrides: Record<string, unknown> = {}) => ({
  requestId: REQUEST,
  roomId: 'room-a',
  onlineUrl: null,
  start: '2026-06-02T16:00:00.000Z',
  end: '2026-06-02T17:00:00.000Z',
  status: 'SCHEDULED',
  ...overrides,
});
const entry = (overrides: Partial<ChangeEntry>): Pick<ChangeEntry, 'entity' | 'entityId' | 'action' | 'before' | 'after'> => ({
  entity: 'COACHING_REQUEST',
  entityId: REQUEST,
  action: 'UPDATED',
  before: null,
  after: {},
  ...overrides,
});

describe('reading change-log entries as coaching changes', () => {
  it.each([
    ['a new request', entry({ action: 'CREATED', after: request('REQUESTED') }), 'REQUESTED'],
    ['an assignment', entry({ before: request('REQUESTED'), after: request('ASSIGNED', 'coach-a') }), 'ASSIGNED'],
    ['a hand-over to another coach', entry({ before: request('ASSIGNED', 'coach-a'), after: request('ASSIGNED', 'coach-b') }), 'ASSIGNED'],
    ['a refusal', entry({ before: request('REQUESTED'), after: request('DECLINED') }), 'DECLINED'],
    ['a closing', entry({ before: request('SCHEDULED', 'coach-a'), after: request('CLOSED', 'coach-a') }), 'CLOSED'],
    [
      'a session booked',
      entry({ entity: 'COACHING_SESSION', entityId: SESSION, action: 'CREATED', after: session() }),
      'SESSION_SCHEDULED',
    ],
    [
      'a session moved to another hour',
      entry({ entity: 'COACHING_SESSION', entityId: SESSION, before: session(), after: session({ start: '2026-06-02T15:00:00.000Z' }) }),
      'SESSION_MOVED',
    ],
    [
      'a session moved to another room',
      entry({ entity: 'COACHING_SESSION', entityId: SESSION, before: session(), after: session({ roomId: 'room-b' }) }),
      'SESSION_MOVED',
    ],
    [
      'a session cancelled',
      entry({
        entity: 'COACHING_SESSION',
        entityId: SESSION,
        action: 'CANCELLED',
        before: session(),
        after: session({ status: 'CANCELLED' }),
      }),
      'SESSION_CANCELLED',
    ],
    [
      'a session cancelled by an update',
      entry({ entity: 'COACHING_SESSION', entityId: SESSION, before: session(), after: session({ status: 'CANCELLED' }) }),
      'SESSION_CANCELLED',
    ],
    [
      'a note',
      entry({ entity: 'COACHING_MESSAGE', entityId: MESSAGE, action: 'CREATED', after: { requestId: REQUEST, staffOnly: false } }),
      'MESSAGE',
    ],
  ])('%s', (_name, given, kind) => {
    expect(coachingChangeOf(given)).toEqual({ requestId: REQUEST, kind, staffOnly: false });
  });

  it('marks a staff-only note as such', () => {
    const note = entry({
      entity: 'COACHING_MESSAGE',
      entityId: MESSAGE,
      action: 'CREATED',
      after: { requestId: REQUEST, staffOnly: true },
    });
    expect(coachingChangeOf(note)).toEqual({ requestId: REQUEST, kind: 'MESSAGE', staffOnly: true });
  });

  it.each([
    ['the state a session sets, told by the session itself', entry({ before: request('ASSIGNED', 'c'), after: request('SCHEDULED', 'c') })],
    ['the state a cancelled session leaves', entry({ before: request('SCHEDULED', 'c'), after: request('ASSIGNED', 'c') })],
    ['a session saved unchanged', entry({ entity: 'COACHING_SESSION', entityId: SESSION, before: session(), after: session() })],
    ['a coach’s record', entry({ entity: 'COACH', action: 'UPDATED', after: { name: 'A' } })],
    ['a booking', entry({ entity: 'BOOKING', action: 'UPDATED', after: { requestId: REQUEST } })],
  ])('tells nothing of %s', (_name, given) => {
    expect(coachingChangeOf(given)).toBeNull();
  });
});

describe('who is told of a coaching change', () => {
  const told = (kind: Parameters<typeof audienceOf>[0]['kind'], actor: CoachingSide | null, hasCoach = true, staffOnly = false) =>
    audienceOf({ kind, staffOnly }, actor, hasCoach).sort();

  it.each([
    ['a member asks: staff', 'REQUESTED', 'MO', true, ['STAFF']],
    ['staff ask for an MO: staff and the MO', 'REQUESTED', 'STAFF', true, ['MO', 'STAFF']],
    ['assigned: the MO and the coach', 'ASSIGNED', 'STAFF', true, ['COACH', 'MO']],
    ['declined before a coach: the MO', 'DECLINED', 'STAFF', false, ['MO']],
    ['declined after a coach: the MO and the coach', 'DECLINED', 'STAFF', true, ['COACH', 'MO']],
    ['the coach books a session: the MO, the coach, staff', 'SESSION_SCHEDULED', 'COACH', true, ['COACH', 'MO', 'STAFF']],
    ['staff book a session: the MO and the coach, not staff', 'SESSION_SCHEDULED', 'STAFF', true, ['COACH', 'MO']],
    ['the MO moves a session: everyone', 'SESSION_MOVED', 'MO', true, ['COACH', 'MO', 'STAFF']],
    ['the MO cancels a session: everyone', 'SESSION_CANCELLED', 'MO', true, ['COACH', 'MO', 'STAFF']],
    ['the MO writes to its coach', 'MESSAGE', 'MO', true, ['COACH']],
    ['the MO writes while no coach is assigned: staff', 'MESSAGE', 'MO', false, ['STAFF']],
    ['the coach writes to the MO', 'MESSAGE', 'COACH', true, ['MO']],
    ['staff write to both', 'MESSAGE', 'STAFF', true, ['COACH', 'MO']],
    ['the MO closes: the coach and staff', 'CLOSED', 'MO', true, ['COACH', 'STAFF']],
    ['staff close: the coach, staff and the MO', 'CLOSED', 'STAFF', true, ['COACH', 'MO', 'STAFF']],
  ] as const)('%s', (_name, kind, actor, hasCoach, sides) => {
    expect(told(kind, actor, hasCoach)).toEqual([...sides]);
  });

  it.each(['COACH', 'STAFF', null] as const)('a staff-only note by %s never goes to the MO', (actor) => {
    expect(told('MESSAGE', actor, true, true)).toEqual(['COACH', 'STAFF']);
    expect(told('MESSAGE', actor, false, true)).not.toContain('MO');
  });
});
