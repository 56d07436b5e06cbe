import { describe, expect, it } from 'vitest';
import { mayListRetired, privateFeedKinds, viewerOfPerson, type PersonFacts } from './policy.js';
import type { Viewer } from './viewer.js';

// Decisions about a person who is not the one asking (a feed's owner, an e-mail's reader): they are read as
// the viewer they would be signed in now.
describe('viewerOfPerson', () => {
  const person: PersonFacts = { id: 'u1', role: 'MEMBER', organizationId: 'mo-a', active: true };

  it.each<[string, PersonFacts, Viewer['kind']]>([
    ['a member of an MO', person, 'member'],
    ['staff', { ...person, role: 'STAFF', organizationId: null }, 'staff'],
    ['a member without an MO', { ...person, organizationId: null }, 'anonymous'],
    ['a deactivated member', { ...person, active: false }, 'anonymous'],
    ['deactivated staff', { ...person, role: 'STAFF', active: false }, 'anonymous'],
  ])('reads %s as %s', (_, facts, kind) => {
    expect(viewerOfPerson(facts).kind).toBe(kind);
  });

  it('keeps the MO the person belongs to now', () => {
    expect(viewerOfPerson({ ...person, organizationId: 'mo-b' })).toMatchObject({ kind: 'member', organizationId: 'mo-b' });
  });
});

describe('privateFeedKinds and mayListRetired', () => {
  it.each<[Viewer, string[], boolean]>([
    [{ kind: 'anonymous' }, [], false],
    [{ kind: 'member', userId: 'u1', organizationId: 'mo-a', sessionId: 's' }, ['ORGANIZATION', 'PERSON'], false],
    [{ kind: 'staff', userId: 'u2', sessionId: 's' }, ['PERSON', 'EVERYTHING'], true],
    [{ kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' }, [], false],
  ])('%o: feeds %o, retired listed %s', (viewer, kinds, retired) => {
    expect(privateFeedKinds(viewer)).toEqual(kinds);
    expect(mayListRetired(viewer)).toBe(retired);
  });
});
