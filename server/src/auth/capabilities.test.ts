import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { capabilitiesOf, capabilitiesOfPerson, type Capabilities } from './policy.js';
import type { Viewer } from './viewer.js';

const VIEWERS: Record<string, Viewer> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'member', userId: 'u1', organizationId: 'o1', sessionId: 's1' },
  staff: { kind: 'staff', userId: 'u2', sessionId: 's2' },
  coach: { kind: 'coach', userId: 'u4', coachId: 'c1', sessionId: 's4' },
  display: { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
};

const NOTHING: Capabilities = {
  administer: false,
  viewReports: false,
  readFairnessReport: false,
  manageDisplayLinks: false,
  bookForAnyOrganization: false,
  giveReasonForChanges: false,
  editOrganizationDescription: false,
  askForCoaching: false,
  workAsCoach: false,
  manageCoaching: false,
  manageNetwork: false,
  readNetwork: false,
  takePartInNetwork: false,
};

/** What the client may offer each viewer; every capability of `Capabilities` is a column here. */
const EXPECTED: Record<keyof typeof VIEWERS, Capabilities> = {
  anonymous: NOTHING,
  member: {
    ...NOTHING,
    readFairnessReport: true,
    editOrganizationDescription: true,
    askForCoaching: true,
    readNetwork: true,
    takePartInNetwork: true,
  },
  staff: {
    administer: true,
    viewReports: true,
    readFairnessReport: true,
    manageDisplayLinks: true,
    bookForAnyOrganization: true,
    giveReasonForChanges: true,
    editOrganizationDescription: false,
    askForCoaching: true,
    workAsCoach: false,
    manageCoaching: true,
    manageNetwork: true,
    readNetwork: true,
    takePartInNetwork: false,
  },
  // a coach belongs to no MO and administers nothing; what they may do in coaching is checked operation by operation
  coach: { ...NOTHING, workAsCoach: true, readNetwork: true },
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
    expect(capabilitiesOfPerson({ ...person, role: 'COACH', organizationId: null, coachId: 'c1', coachActive: true })).toEqual(
      EXPECTED.coach,
    );
  });
});

describe('me.capabilities through the API', () => {
  let app: TestApp;
  afterAll(async () => {
    await app?.stop();
  });

  it('tells the signed-in person what their session may do, and a deactivated person in a list nothing', async () => {
    app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
    const factory = new Factory(app);
    const organization = await factory.organization({ name: 'MO Alpha' });
    const staff = (await factory.staffClient()).client;
    const member = (await factory.memberClient(organization.id)).client;
    const fields = Object.keys(NOTHING).join(' ');
    const ask = `{ me { capabilities { ${fields} } } }`;

    expect((await staff.data(ask)).me.capabilities).toEqual(EXPECTED.staff);
    expect((await member.data(ask)).me.capabilities).toEqual(EXPECTED.member);
    expect((await app.client().data(ask)).me).toBeNull();

    const gone = await factory.user('MEMBER', organization.id, { active: false });
    const { users } = await staff.data(`{ users { id capabilities { ${fields} } } }`);
    expect(users.find((user: { id: string }) => user.id === gone.id).capabilities).toEqual(NOTHING);
  });
});
