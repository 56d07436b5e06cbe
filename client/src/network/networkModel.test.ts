import { describe, expect, it } from 'vitest';
import {
  agendaOf,
  answerOf,
  concernsMeeting,
  concernsMeetingList,
  concernsProposals,
  meetingAbilities,
  meetingWindow,
  splitMeetings,
  type AgendaItem,
  type NetworkChange,
} from './networkModel.js';

const now = new Date('2026-06-10T12:00:00Z');

describe('meetingWindow', () => {
  it('reaches nine months back and four months ahead, less than the server’s 400 days', () => {
    const { from, to } = meetingWindow(now);
    expect({ from, to }).toEqual({ from: '2025-09-10T12:00:00.000Z', to: '2026-10-08T12:00:00.000Z' });
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBeLessThan(400);
  });
});

describe('splitMeetings', () => {
  const meeting = (id: string, start: string, state: 'COMING' | 'HELD' | 'CANCELLED') => ({ id, start, state });

  it('lists coming meetings soonest first and past ones latest first', () => {
    const { coming, past } = splitMeetings(
      [
        meeting('july', '2026-07-01T16:00:00Z', 'COMING'),
        meeting('june', '2026-06-17T16:00:00Z', 'COMING'),
        meeting('march', '2026-03-04T17:00:00Z', 'HELD'),
        meeting('may', '2026-05-06T16:00:00Z', 'HELD'),
      ],
      now,
    );
    expect(coming.map((m) => m.id)).toEqual(['june', 'july']);
    expect(past.map((m) => m.id)).toEqual(['may', 'march']);
  });

  it('keeps a cancelled meeting where its date puts it', () => {
    const { coming, past } = splitMeetings(
      [meeting('called-off-soon', '2026-06-20T16:00:00Z', 'CANCELLED'), meeting('called-off-before', '2026-04-01T16:00:00Z', 'CANCELLED')],
      now,
    );
    expect(coming.map((m) => m.id)).toEqual(['called-off-soon']);
    expect(past.map((m) => m.id)).toEqual(['called-off-before']);
  });
});

function item(overrides: Partial<AgendaItem>): AgendaItem {
  return {
    id: 'i',
    meetingId: 'm1',
    title: 'Thema',
    text: '',
    language: 'de',
    status: 'PROPOSED',
    position: null,
    mergedIntoId: null,
    createdAt: '2026-06-01T10:00:00Z',
    mayEdit: false,
    organization: null,
    ...overrides,
  };
}

describe('agendaOf', () => {
  it('puts accepted topics in their order, then proposed ones oldest first, then those set aside', () => {
    const agenda = agendaOf([
      item({ id: 'proposed-late', createdAt: '2026-06-05T10:00:00Z' }),
      item({ id: 'second', status: 'ACCEPTED', position: 2 }),
      item({ id: 'declined', status: 'DECLINED' }),
      item({ id: 'proposed-early', createdAt: '2026-06-02T10:00:00Z' }),
      item({ id: 'first', status: 'ACCEPTED', position: 1 }),
      item({ id: 'merged', status: 'MERGED', mergedIntoId: 'first' }),
    ]);
    expect(agenda.accepted.map((i) => i.id)).toEqual(['first', 'second']);
    expect(agenda.proposed.map((i) => i.id)).toEqual(['proposed-early', 'proposed-late']);
    expect(agenda.setAside.map((i) => i.id)).toEqual(['declined', 'merged']);
  });
});

describe('answerOf', () => {
  it('tells no answer, not coming, and coming with people and interpretation apart', () => {
    expect(answerOf(null)).toEqual({ kind: 'none' });
    expect(answerOf({ attending: false, people: 0, interpretation: [] })).toEqual({ kind: 'notComing' });
    expect(answerOf({ attending: true, people: 3, interpretation: ['uk'] })).toEqual({ kind: 'coming', people: 3, interpretation: ['uk'] });
  });
});

describe('meetingAbilities', () => {
  it('offers what the server says, and nothing while no meeting is loaded', () => {
    expect(meetingAbilities({ abilities: { respond: true, proposeAgendaItem: false } })).toEqual({
      respond: true,
      proposeAgendaItem: false,
    });
    expect(Object.values(meetingAbilities(null)).some(Boolean)).toBe(false);
  });
});

describe('which changes concern a page', () => {
  const change = (overrides: Partial<NetworkChange>): NetworkChange => ({
    cursor: '1',
    entity: 'AGENDA_ITEM',
    action: 'CREATED',
    meetingId: null,
    proposalId: null,
    entityId: 'x',
    ...overrides,
  });

  it('a meeting page: changes of that meeting, and a possible gap (null)', () => {
    expect(concernsMeeting(change({ meetingId: 'm1' }), 'm1')).toBe(true);
    expect(concernsMeeting(change({ meetingId: 'm2' }), 'm1')).toBe(false);
    expect(concernsMeeting(null, 'm1')).toBe(true);
  });

  it('the meeting list: changes of any meeting, not of a proposal alone', () => {
    expect(concernsMeetingList(change({ entity: 'MEETING_RESPONSE', meetingId: 'm2' }))).toBe(true);
    expect(concernsMeetingList(change({ entity: 'PROPOSAL', proposalId: 'p1' }))).toBe(false);
    expect(concernsMeetingList(null)).toBe(true);
  });

  it('the proposals list: changes of proposals', () => {
    expect(concernsProposals(change({ entity: 'PROPOSAL', entityId: 'p1', proposalId: 'p1' }))).toBe(true);
    expect(concernsProposals(change({ entity: 'AGENDA_ITEM', meetingId: 'm1' }))).toBe(false);
    expect(concernsProposals(null)).toBe(true);
  });
});
