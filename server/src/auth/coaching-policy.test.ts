import { describe, expect, it } from 'vitest';
import {
  can,
  capabilitiesOf,
  coachingRequestScope,
  coachingSideOf,
  isToldOfCoachingChange,
  mayCancelCoachingSession,
  mayCloseCoachingRequest,
  mayReadCoachingRequest,
  mayReadCoachAccount,
  mayReadCoachContact,
  mayReadCoachSuggestions,
  mayScheduleCoachingSession,
  moAddressMayLearnOfCoachingChange,
  organizationListScope,
  ownBookingsScope,
  readableCoachingMessages,
  viewerOfPerson,
  visibilityClass,
  type CoachingSide,
} from './policy.js';
import type { Viewer } from './viewer.js';

const request = { organizationId: 'mo-1', coachId: 'coach-1' };
const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'member', userId: 'u1', organizationId: 'mo-1', sessionId: 's1' },
  otherMember: { kind: 'member', userId: 'u2', organizationId: 'mo-2', sessionId: 's2' },
  coach: { kind: 'coach', userId: 'u3', coachId: 'coach-1', sessionId: 's3' },
  otherCoach: { kind: 'coach', userId: 'u4', coachId: 'coach-2', sessionId: 's4' },
  staff: { kind: 'staff', userId: 'u5', sessionId: 's5' },
  display: { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
};
const viewer = (name: string) => VIEWERS[name]!;

const messages = [
  { id: 'm1', staffOnly: false },
  { id: 'm2', staffOnly: true },
];

describe('coaching in the policy', () => {
  it.each([
    ['anonymous', false, [], false, false],
    ['member', true, ['m1'], true, false],
    ['otherMember', false, [], false, false],
    ['coach', true, ['m1', 'm2'], false, true],
    ['otherCoach', false, [], false, false],
    ['staff', true, ['m1', 'm2'], true, true],
    ['display', false, [], false, false],
  ] as const)('%s reads the request: %s, the notes %j, may close it: %s, book a session: %s', (name, reads, notes, closes, books) => {
    expect(mayReadCoachingRequest(viewer(name), request)).toBe(reads);
    expect(mayCancelCoachingSession(viewer(name), request)).toBe(reads);
    expect(mayScheduleCoachingSession(viewer(name), request)).toBe(books);
    expect(readableCoachingMessages(viewer(name), request, messages).map((message) => message.id)).toEqual(notes);
    expect(mayCloseCoachingRequest(viewer(name), request)).toBe(closes);
  });

  it('gives nobody a request that no coach holds as a coach', () => {
    expect(mayReadCoachingRequest(viewer('coach'), { organizationId: 'mo-1', coachId: null })).toBe(false);
  });

  it('lists for a member their MO, for a coach their own, for staff all', () => {
    expect(coachingRequestScope(viewer('member'))).toEqual({ organizationId: 'mo-1' });
    expect(coachingRequestScope(viewer('coach'))).toEqual({ coachId: 'coach-1' });
    expect(coachingRequestScope(viewer('staff'))).toBe('all');
    expect(() => coachingRequestScope(viewer('anonymous'))).toThrow('UNAUTHENTICATED');
  });

  it('shows a coach’s contact to staff and that coach only', () => {
    expect(['member', 'coach', 'otherCoach', 'staff'].filter((name) => mayReadCoachContact(viewer(name), { id: 'coach-1' }))).toEqual([
      'coach',
      'staff',
    ]);
  });

  it('puts the MO’s members, the request’s coach and staff on their sides, everyone else on none', () => {
    const sides = Object.keys(VIEWERS).map((name) => [name, coachingSideOf(viewer(name), request)]);
    expect(Object.fromEntries(sides)).toEqual({
      anonymous: null,
      member: 'MO',
      otherMember: null,
      coach: 'COACH',
      otherCoach: null,
      staff: 'STAFF',
      display: null,
    });
  });

  it('tells a person of a change only on a side told, never the actor, and of a staff-only note never the MO', () => {
    const told = (audience: CoachingSide[], staffOnly = false, actorId: string | null = null) =>
      Object.keys(VIEWERS).filter((name) => isToldOfCoachingChange(viewer(name), request, { staffOnly }, audience, actorId));
    expect(told(['MO', 'COACH', 'STAFF'])).toEqual(['member', 'coach', 'staff']);
    expect(told(['MO', 'COACH', 'STAFF'], false, 'u3')).toEqual(['member', 'staff']);
    expect(told(['STAFF'])).toEqual(['staff']);
    // a staff-only note told to the MO's side by mistake still does not reach it
    expect(told(['MO', 'COACH', 'STAFF'], true)).toEqual(['coach', 'staff']);
    expect(moAddressMayLearnOfCoachingChange(request, { staffOnly: false })).toBe(true);
    expect(moAddressMayLearnOfCoachingChange(request, { staffOnly: true })).toBe(false);
  });
});

describe('a coach among rooms and bookings', () => {
  const privateBooking = { organizationId: 'mo-1', visibility: 'PRIVATE' as const };
  const membersBooking = { organizationId: 'mo-1', visibility: 'MEMBERS' as const };

  it('reads occupancy, and details only where the public reads them, and manages nothing', () => {
    const coach = viewer('coach');
    expect(can(coach, 'view', privateBooking)).toBe(true);
    expect(can(coach, 'viewDetails', privateBooking)).toBe(false);
    expect(can(coach, 'viewDetails', membersBooking)).toBe(false);
    expect(can(coach, 'viewDetails', { ...membersBooking, visibility: 'PUBLIC' })).toBe(true);
    expect(can(coach, 'viewNotes', membersBooking)).toBe(false);
    expect(can(coach, 'manage', membersBooking)).toBe(false);
  });

  it.each([
    ['anonymous', false],
    ['member', true],
    ['otherMember', false],
    ['coach', true],
    ['otherCoach', false],
    ['staff', true],
    ['display', false],
  ])('lets %s read a coaching session’s booking in full: %s (its coach, the MO, staff)', (name, details) => {
    const sessionBooking = { ...privateBooking, sessionId: 'session-1', sessionCoachId: 'coach-1' };
    expect(can(viewer(name), 'viewDetails', sessionBooking)).toBe(details);
    // nobody but staff (who may cancel it, and the session with it) manages it as a booking: it moves as a session
    expect(can(viewer(name), 'manage', sessionBooking)).toBe(name === 'staff');
  });

  it('has no bookings of its own, lists public MO profiles only, a visibility class of its own, and is offered coaching work and reading the network only', () => {
    expect(ownBookingsScope(viewer('coach'))).toBe('none');
    expect(organizationListScope(viewer('coach'))).toBe('public');
    expect(visibilityClass(viewer('coach'))).not.toBe(visibilityClass(viewer('otherCoach')));
    // besides coaching work, a coach reads the MOs' network (and acts on nothing in it)
    const { workAsCoach, readNetwork, ...rest } = capabilitiesOf(viewer('coach'));
    expect(workAsCoach).toBe(true);
    expect(readNetwork).toBe(true);
    expect(Object.values(rest).every((capability) => !capability)).toBe(true);
  });

  it('is a coach only with a linked coach record', () => {
    const person = { id: 'u3', role: 'COACH' as const, organizationId: null, active: true };
    expect(viewerOfPerson(person)).toEqual({ kind: 'anonymous' });
    expect(viewerOfPerson({ ...person, coachId: 'coach-1', coachActive: true })).toEqual({
      kind: 'coach',
      userId: 'u3',
      coachId: 'coach-1',
      sessionId: '',
    });
    expect(viewerOfPerson({ ...person, coachId: 'coach-1', coachActive: true, active: false })).toEqual({ kind: 'anonymous' });
    // a resting coach is read as a stranger wherever a person is read: session, feed, e-mail
    expect(viewerOfPerson({ ...person, coachId: 'coach-1', coachActive: false })).toEqual({ kind: 'anonymous' });
  });

  it('shows which coaches fit a request, and who signs in as a coach, to staff only', () => {
    const staffOnly = Object.keys(VIEWERS).filter((name) => mayReadCoachSuggestions(viewer(name)));
    expect(staffOnly).toEqual(['staff']);
    expect(Object.keys(VIEWERS).filter((name) => mayReadCoachAccount(viewer(name)))).toEqual(['staff']);
  });
});
