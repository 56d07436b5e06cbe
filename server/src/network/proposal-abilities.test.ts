import { describe, expect, it } from 'vitest';
import { proposalAbilities, supportingOrganizationOf, viewerSupports } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { ProposalStatus } from './network.enums.js';

const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  ownMember: { kind: 'member', userId: 'u1', organizationId: 'mo-1', sessionId: 's1' },
  otherMember: { kind: 'member', userId: 'u2', organizationId: 'mo-2', sessionId: 's2' },
  coach: { kind: 'coach', userId: 'u3', coachId: 'c1', sessionId: 's3' },
  staff: { kind: 'staff', userId: 'u4', sessionId: 's4' },
  display: { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
};

/** support, edit, answer: per viewer, for a proposal of mo-1 in each state. */
const EXPECTED: Record<ProposalStatus, Record<string, [boolean, boolean, boolean]>> = {
  OPEN: {
    anonymous: [false, false, false],
    ownMember: [false, true, false],
    otherMember: [true, false, false],
    coach: [false, false, false],
    staff: [false, false, true],
    display: [false, false, false],
  },
  PLANNED: {
    anonymous: [false, false, false],
    ownMember: [false, false, false],
    otherMember: [true, false, false],
    coach: [false, false, false],
    staff: [false, false, true],
    display: [false, false, false],
  },
  DECLINED: {
    anonymous: [false, false, false],
    ownMember: [false, false, false],
    otherMember: [false, false, false],
    coach: [false, false, false],
    staff: [false, false, true],
    display: [false, false, false],
  },
  DONE: {
    anonymous: [false, false, false],
    ownMember: [false, false, false],
    otherMember: [false, false, false],
    coach: [false, false, false],
    staff: [false, false, true],
    display: [false, false, false],
  },
};

describe('what a viewer may do on a proposal', () => {
  describe.each(Object.entries(EXPECTED))('%s', (status, byViewer) => {
    it.each(Object.entries(byViewer))('%s: support, edit, answer = %j', (viewer, [support, edit, answer]) => {
      expect(proposalAbilities(VIEWERS[viewer]!, { organizationId: 'mo-1', status: status as ProposalStatus })).toEqual({
        support,
        edit,
        answer,
      });
    });
  });

  it('gives a voice to members only, and names their own MO’s proposal', () => {
    const proposal = { organizationId: 'mo-1', status: 'OPEN' as const };
    expect(supportingOrganizationOf(VIEWERS.otherMember!, proposal)).toEqual({ organizationId: 'mo-2' });
    expect(supportingOrganizationOf(VIEWERS.ownMember!, proposal)).toBe('own');
    expect(() => supportingOrganizationOf(VIEWERS.staff!, proposal)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => supportingOrganizationOf(VIEWERS.coach!, proposal)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => supportingOrganizationOf(VIEWERS.display!, proposal)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('says a member’s MO supports a proposal only when it is among the supporters', () => {
    expect(viewerSupports(VIEWERS.otherMember!, ['mo-2', 'mo-3'])).toBe(true);
    expect(viewerSupports(VIEWERS.ownMember!, ['mo-2'])).toBe(false);
    expect(viewerSupports(VIEWERS.staff!, ['mo-2'])).toBe(false);
  });
});
