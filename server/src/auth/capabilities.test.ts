import { describe, expect, it } from 'vitest';
import { capabilitiesOf, capabilitiesOfPerson, type Capabilities } from './policy.js';
import type { Viewer } from './viewer.js';

const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'member', userId: 'u1', organizationId: 'o1', sessionId: 's1' },
  staff: { kind: 'staff', userId: 'u2', sessionId: 's2' },
  display: { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
};

const NOTHING: Capabilities = {
  administer: false,
  viewReports: false,
  manageDisplayLinks: false,
  bookForAnyOrganization: false,
  giveReasonForChanges: false,
  editOrganizationDescription: false,
};

/** What the client may offer each viewer; every capability of `Capabilities` is a column here. */
const EXPECTED: Record<keyof typeof VIEWERS, Capabilities> = {
  anonymous: NOTHING,
  member: { ...NOTHING, editOrganizationDescription: true },
  staff: {
    administer: true,
    viewReports: true,
    manageDisplayLinks: true,
    bookForAnyOrganization: true,
    giveReasonForChanges: true,
    editOrganizationDescription: false,
  },
  display: NOTHING,
};

describe('capabilitiesOf', () => {
  it.each(Object.keys(VIEWERS))('tells %s what they may do', (name) => {
    expect(capabilitiesOf(VIEWERS[name]!)).toEqual(EXPECTED[name]);
  });

  it('tells of another person what their own session would be told, and nothing once deactivated', () => {
    const person = { id: 'u3', organizationId: 'o1', active: true };
    expect(capabilitiesOfPerson({ ...person, role: 'MEMBER' })).toEqual(EXPECTED.member);
    expect(capabilitiesOfPerson({ ...person, role: 'STAFF', organizationId: null })).toEqual(EXPECTED.staff);
    expect(capabilitiesOfPerson({ ...person, role: 'STAFF', active: false })).toEqual(NOTHING);
  });
});
