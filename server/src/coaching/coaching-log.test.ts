import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { coachSnapshot, messageSnapshot, NOT_IN_SNAPSHOTS, requestSnapshot, sessionSnapshot } from './coaching-log.js';
import { Coach, CoachingMessage, CoachingRequest, CoachingSession } from './coaching.entities.js';

/** The properties TypeORM maps to columns of an entity, as its decorators declare them. */
const columnsOf = (entity: abstract new () => unknown): string[] =>
  getMetadataArgsStorage()
    .columns.filter((column) => column.target === entity)
    .map((column) => column.propertyName)
    .sort();

/** An entity with every column set (null for the nullable ones), so a snapshot shows every key it writes. */
const filled = <T extends object>(fields: T): T => fields;
const at = new Date('2026-06-01T08:00:00Z');

const CASES = [
  {
    name: 'coach',
    entity: Coach,
    snapshot: coachSnapshot(
      filled<Coach>({
        id: 'c',
        name: 'N',
        topics: ['FUNDING'],
        languages: ['de'],
        contact: 'x',
        active: true,
        userId: null,
        createdAt: at,
      }),
    ),
  },
  {
    name: 'request',
    entity: CoachingRequest,
    snapshot: requestSnapshot(
      filled<CoachingRequest>({
        id: 'r',
        organizationId: 'o',
        topic: 'FUNDING',
        text: 't',
        languages: ['de'],
        availability: [],
        deadline: null,
        status: 'CLOSED',
        coachId: null,
        declineReason: null,
        outcome: 'gut',
        createdById: null,
        createdAt: at,
        updatedAt: at,
        closedAt: at,
      }),
    ),
  },
  {
    name: 'message',
    entity: CoachingMessage,
    snapshot: messageSnapshot(
      filled<CoachingMessage>({ id: 'm', requestId: 'r', authorId: null, text: 't', staffOnly: false, createdAt: at }),
    ),
  },
  {
    name: 'session',
    entity: CoachingSession,
    snapshot: sessionSnapshot(
      filled<CoachingSession>({
        id: 's',
        requestId: 'r',
        bookingId: null,
        roomId: null,
        onlineUrl: 'https://meet.example/x',
        start: at,
        end: at,
        status: 'SCHEDULED',
        cancelReason: null,
        createdById: null,
        createdAt: at,
      }),
    ),
  },
] as const;

describe('what the change log keeps of coaching', () => {
  it.each(CASES)('keeps every column of a $name but those it names as left out', ({ name, entity, snapshot }) => {
    const kept = Object.keys(snapshot);
    const leftOut: readonly string[] = NOT_IN_SNAPSHOTS[name];
    expect([...kept, ...leftOut].sort()).toEqual(columnsOf(entity));
    expect(kept.filter((key) => leftOut.includes(key))).toEqual([]);
  });

  it('keeps when a request was closed, which the city’s report counts by', () => {
    const request = CASES.find((one) => one.name === 'request')!;
    expect(request.snapshot).toMatchObject({ status: 'CLOSED', closedAt: '2026-06-01T08:00:00.000Z' });
  });
});
