import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { meetingSnapshot, NOT_IN_SNAPSHOTS, responseSnapshot } from './network-log.js';
import { MeetingResponse, NetworkMeeting } from './network.entities.js';
import { networkChangeOf } from './network-changes.js';

/** The properties TypeORM maps to columns of an entity, as its decorators declare them. */
const columnsOf = (entity: abstract new () => unknown): string[] =>
  getMetadataArgsStorage()
    .columns.filter((column) => column.target === entity)
    .map((column) => column.propertyName)
    .sort();

const at = new Date('2026-06-01T08:00:00Z');
/** What a meeting's snapshot takes from its booking rather than from its own columns. */
const FROM_BOOKING = ['roomId', 'start', 'end', 'cancelled'];

const meeting = meetingSnapshot({
  id: 'm',
  bookingId: 'b',
  title: 'Netzwerktreffen',
  description: '',
  agendaDeadline: at,
  interpretationLanguages: ['ar'],
  minutes: null,
  minutesPublishedAt: null,
  remindedUnansweredAt: null,
  remindedComingAt: null,
  createdById: null,
  createdAt: at,
  updatedAt: at,
  version: 1,
  start: at,
  end: at,
  roomId: 'r',
  cancelled: false,
});
const response = responseSnapshot({
  id: 'a',
  meetingId: 'm',
  organizationId: 'o',
  attending: true,
  people: 3,
  interpretation: ['uk'],
  respondedById: null,
  updatedAt: at,
});

describe('what the change log keeps of the network', () => {
  it.each([
    { name: 'meeting' as const, entity: NetworkMeeting, snapshot: meeting, extra: FROM_BOOKING },
    { name: 'response' as const, entity: MeetingResponse, snapshot: response, extra: [] as string[] },
  ])('keeps every column of a $name but those it names as left out', ({ name, entity, snapshot, extra }) => {
    const kept = Object.keys(snapshot).filter((key) => !extra.includes(key));
    const leftOut: readonly string[] = NOT_IN_SNAPSHOTS[name];
    expect([...kept, ...leftOut].sort()).toEqual(columnsOf(entity));
    expect(kept.filter((key) => leftOut.includes(key))).toEqual([]);
  });

  it('names the meeting of an answer, so open screens know which meeting to refetch', () => {
    const change = networkChangeOf({ entity: 'MEETING_RESPONSE', entityId: 'a', action: 'CREATED', before: null, after: response });
    expect(change).toEqual({ entity: 'MEETING_RESPONSE', action: 'CREATED', entityId: 'a', meetingId: 'm', proposalId: null });
  });

  it('reads a proposal as itself and leaves every other entity out', () => {
    expect(networkChangeOf({ entity: 'PROPOSAL', entityId: 'p', action: 'UPDATED', before: {}, after: {} })).toMatchObject({
      proposalId: 'p',
      meetingId: null,
    });
    expect(networkChangeOf({ entity: 'COACHING_REQUEST', entityId: 'c', action: 'CREATED', before: null, after: {} })).toBeNull();
  });
});
