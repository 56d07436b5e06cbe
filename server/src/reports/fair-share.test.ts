import { describe, expect, it } from 'vitest';
import { EVENING_STARTS_AT, againstFairShare, fairShare } from './fair-share.js';

describe('fairShare', () => {
  it.each([
    {
      name: 'splits the evenings evenly among the MOs that took part',
      organizations: [
        { eveningHours: 8.5, takesPart: true },
        { eveningHours: 3, takesPart: true },
        { eveningHours: 0, takesPart: true },
      ],
      share: { eveningHours: 11.5, organizations: 3, hoursPerOrganization: 3.83 },
    },
    {
      name: 'counts an MO that got no evening at all, so it shows below its share',
      organizations: [
        { eveningHours: 10, takesPart: true },
        { eveningHours: 0, takesPart: true },
      ],
      share: { eveningHours: 10, organizations: 2, hoursPerOrganization: 5 },
    },
    {
      name: 'leaves out an MO that asked for nothing in the period',
      organizations: [
        { eveningHours: 6, takesPart: true },
        { eveningHours: 0, takesPart: false },
        { eveningHours: 0, takesPart: false },
      ],
      share: { eveningHours: 6, organizations: 1, hoursPerOrganization: 6 },
    },
    {
      name: 'is nothing when no MO took part',
      organizations: [{ eveningHours: 0, takesPart: false }],
      share: { eveningHours: 0, organizations: 0, hoursPerOrganization: 0 },
    },
    { name: 'is nothing without MOs', organizations: [], share: { eveningHours: 0, organizations: 0, hoursPerOrganization: 0 } },
    {
      name: 'rounds to two decimals only at the end, so quarter hours add up',
      organizations: [
        { eveningHours: 0.25, takesPart: true },
        { eveningHours: 0.25, takesPart: true },
        { eveningHours: 0.25, takesPart: true },
      ],
      share: { eveningHours: 0.75, organizations: 3, hoursPerOrganization: 0.25 },
    },
  ])('$name', ({ organizations, share }) => {
    expect(fairShare(organizations)).toEqual(share);
  });
});

describe('againstFairShare', () => {
  const share = fairShare([
    { eveningHours: 8.5, takesPart: true },
    { eveningHours: 3, takesPart: true },
    { eveningHours: 0, takesPart: true },
  ]);

  it.each([
    { name: 'above the share', organization: { eveningHours: 8.5, takesPart: true }, difference: 4.67 },
    { name: 'below the share', organization: { eveningHours: 3, takesPart: true }, difference: -0.83 },
    { name: 'no evening at all', organization: { eveningHours: 0, takesPart: true }, difference: -3.83 },
    { name: 'an MO that took no part is not measured', organization: { eveningHours: 0, takesPart: false }, difference: null },
  ])('$name', ({ organization, difference }) => {
    expect(againstFairShare(organization, share)).toBe(difference);
  });
});

it('says when evenings begin as a wall-clock time', () => {
  expect(EVENING_STARTS_AT).toBe('17:00');
});
