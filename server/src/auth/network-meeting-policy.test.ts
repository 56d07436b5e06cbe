import { describe, expect, it } from 'vitest';
import {
  answeringOrganizationOf,
  assertOrganizationTakesPart,
  can,
  mayAnswerForOrganization,
  mayReadMeetingResponses,
  mayReadNetwork,
  networkMeetingAbilities,
  type NetworkMeetingAbilities,
} from './policy.js';
import type { Viewer } from './viewer.js';

const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'member', userId: 'u1', organizationId: 'mo-1', sessionId: 's1' },
  coach: { kind: 'coach', userId: 'u3', coachId: 'coach-1', sessionId: 's3' },
  staff: { kind: 'staff', userId: 'u5', sessionId: 's5' },
  display: { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
};
const names = Object.keys(VIEWERS);
const who = (allowed: (viewer: Viewer) => boolean) => names.filter((name) => allowed(VIEWERS[name]!));

const now = new Date('2026-06-01T08:00:00Z');
const deadline = { before: new Date('2026-06-01T07:00:00Z'), after: new Date('2026-06-01T09:00:00Z') };

describe('who takes part in the network', () => {
  it('is read by members, coaches and staff; answered by a member for their own MO only; its answers read by staff', () => {
    expect(who(mayReadNetwork)).toEqual(['member', 'coach', 'staff']);
    expect(who((viewer) => mayAnswerForOrganization(viewer, 'mo-1'))).toEqual(['member']);
    expect(who((viewer) => mayAnswerForOrganization(viewer, 'mo-2'))).toEqual([]);
    expect(names.map((name) => answeringOrganizationOf(VIEWERS[name]!))).toEqual([null, 'mo-1', null, null, null]);
    expect(who(mayReadMeetingResponses)).toEqual(['staff']);
  });
});

describe('a meeting’s booking, the centre’s', () => {
  const booking = { organizationId: 'centre', visibility: 'MEMBERS' as const };
  it('is managed by staff alone; members see it, as every MO is invited', () => {
    expect(who((viewer) => can(viewer, 'manage', booking))).toEqual(['staff']);
    expect(who((viewer) => can(viewer, 'viewDetails', booking))).toEqual(['member', 'staff', 'display']);
  });

  it('speaks for an active MO only: an inactive one, the centre or none is FORBIDDEN', () => {
    expect(() => assertOrganizationTakesPart({ active: true, kind: 'MO' })).not.toThrow();
    for (const organization of [{ active: false, kind: 'MO' }, { active: true, kind: 'CENTRE' }, null])
      expect(() => assertOrganizationTakesPart(organization)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('networkMeetingAbilities', () => {
  const none: NetworkMeetingAbilities = { respond: false, proposeAgendaItem: false, manage: false, publishMinutes: false };
  it.each([
    [
      'a meeting to come, its agenda open',
      'COMING',
      deadline.after,
      {
        member: { ...none, respond: true, proposeAgendaItem: true },
        staff: { ...none, proposeAgendaItem: true, manage: true },
      },
    ],
    [
      'a meeting to come, its agenda closed',
      'COMING',
      deadline.before,
      {
        member: { ...none, respond: true },
        // staff still add topics until the meeting starts
        staff: { ...none, proposeAgendaItem: true, manage: true },
      },
    ],
    ['a meeting held', 'HELD', deadline.before, { member: none, staff: { ...none, manage: true, publishMinutes: true } }],
    ['a meeting called off', 'CANCELLED', deadline.after, { member: none, staff: none }],
  ] as const)('offers on %s what the rules allow', (_name, state, agendaDeadline, expected) => {
    const of = (name: string) => networkMeetingAbilities(VIEWERS[name]!, { state, agendaDeadline }, now);
    expect(of('member')).toEqual(expected.member);
    expect(of('staff')).toEqual(expected.staff);
    for (const name of ['anonymous', 'coach', 'display']) expect(of(name)).toEqual(none);
  });
});
