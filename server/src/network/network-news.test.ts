import { describe, expect, it } from 'vitest';
import { isToldOfNetworkNews } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { ChangeEntry } from '../changes/change-log.js';
import { networkNewsOf } from './network-notices.js';

const entry = (overrides: Partial<ChangeEntry>): ChangeEntry => ({
  entity: 'NETWORK_MEETING',
  entityId: 'm1',
  action: 'UPDATED',
  actorId: 'staff',
  before: null,
  after: {},
  locationIds: [],
  roomIds: [],
  organizationId: null,
  ...overrides,
});
const meeting = {
  start: '2026-06-04T16:00:00.000Z',
  end: '2026-06-04T18:00:00.000Z',
  roomId: 'r1',
  cancelled: false,
  minutesPublishedAt: null,
};
const kinds = (overrides: Partial<ChangeEntry>) => networkNewsOf(entry(overrides)).map((news) => news.kind);

describe('the news a change-log entry holds', () => {
  it.each([
    ['a meeting created', { action: 'CREATED', after: meeting }, []],
    [
      'minutes published',
      { before: meeting, after: { ...meeting, minutesPublishedAt: '2026-06-05T08:00:00.000Z' } },
      ['MINUTES_PUBLISHED'],
    ],
    [
      'minutes corrected (published again)',
      {
        before: { ...meeting, minutesPublishedAt: '2026-06-05T08:00:00.000Z' },
        after: { ...meeting, minutesPublishedAt: '2026-06-06T08:00:00.000Z' },
      },
      [],
    ],
    ['moved in time', { before: meeting, after: { ...meeting, start: '2026-06-04T17:00:00.000Z' } }, ['MEETING_MOVED']],
    ['moved to another room', { before: meeting, after: { ...meeting, roomId: 'r2' } }, ['MEETING_MOVED']],
    ['reworded only', { before: meeting, after: { ...meeting, title: 'Neu' } }, []],
    ['called off', { action: 'CANCELLED', before: meeting, after: { ...meeting, cancelled: true } }, ['MEETING_CANCELLED']],
    ['called off by its booking', { before: meeting, after: { ...meeting, cancelled: true } }, ['MEETING_CANCELLED']],
    [
      'a proposal answered',
      { entity: 'PROPOSAL', before: { status: 'OPEN', answer: null }, after: { status: 'PLANNED', answer: 'Ja' } },
      ['PROPOSAL_ANSWERED'],
    ],
    [
      'an answer reworded',
      { entity: 'PROPOSAL', before: { status: 'PLANNED', answer: 'Ja' }, after: { status: 'PLANNED', answer: 'Ja, ab Mai' } },
      ['PROPOSAL_ANSWERED'],
    ],
    ['a proposal supported', { entity: 'PROPOSAL', before: { status: 'OPEN', answer: null }, after: { status: 'OPEN', answer: null } }, []],
    [
      'support of an answered one',
      { entity: 'PROPOSAL', before: { status: 'DONE', answer: 'Ja' }, after: { status: 'DONE', answer: 'Ja' } },
      [],
    ],
    ['an answer of an MO', { entity: 'MEETING_RESPONSE', after: { attending: true } }, []],
  ] as Array<[string, Partial<ChangeEntry>, string[]]>)('%s', (_name, overrides, expected) => {
    expect(kinds(overrides)).toEqual(expected);
  });
});

describe('who is told of network news', () => {
  const concerned = new Set(['kalyna']);
  const member = (userId: string, organizationId: string): Viewer => ({ kind: 'member', userId, organizationId, sessionId: '' });
  it.each([
    ['a member of an MO concerned', member('u1', 'kalyna'), true],
    ['the member who made it', member('actor', 'kalyna'), false],
    ['a member of another MO', member('u2', 'dari'), false],
    ['staff', { kind: 'staff', userId: 'u3', sessionId: '' }, false],
    ['a coach', { kind: 'coach', userId: 'u4', coachId: 'c1', sessionId: '' }, false],
    ['a stranger (left, deactivated)', { kind: 'anonymous' }, false],
  ] as Array<[string, Viewer, boolean]>)('%s', (_name, viewer, told) => {
    expect(isToldOfNetworkNews(viewer, concerned, 'actor')).toBe(told);
  });
});
