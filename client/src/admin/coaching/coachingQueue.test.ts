import { describe, expect, it } from 'vitest';
import { coachChoices, groupQueue, preselectedCoach, queueGroupOf, type QueueRequest } from './coachingQueue.js';

const request = (id: string, overrides: Partial<QueueRequest> = {}): QueueRequest => ({
  id,
  status: 'REQUESTED',
  overdue: false,
  deadline: null,
  createdAt: '2026-06-01T08:00:00.000Z',
  updatedAt: '2026-06-01T08:00:00.000Z',
  ...overrides,
});

describe('the coaching queue', () => {
  it('puts each request in one group by its state, an overdue one in the overdue group whatever its state', () => {
    expect(queueGroupOf({ status: 'REQUESTED', overdue: false })).toBe('new');
    expect(queueGroupOf({ status: 'ASSIGNED', overdue: false })).toBe('waiting');
    expect(queueGroupOf({ status: 'SCHEDULED', overdue: false })).toBe('scheduled');
    expect(queueGroupOf({ status: 'CLOSED', overdue: false })).toBe('finished');
    expect(queueGroupOf({ status: 'DECLINED', overdue: false })).toBe('finished');
    expect(queueGroupOf({ status: 'ASSIGNED', overdue: true })).toBe('overdue');
  });

  it('orders open requests by nearest deadline, then longest waiting, and finished ones by latest change', () => {
    const groups = groupQueue([
      request('no-deadline-old', { createdAt: '2026-05-01T08:00:00.000Z' }),
      request('no-deadline-new', { createdAt: '2026-05-20T08:00:00.000Z' }),
      request('deadline-late', { deadline: '2026-08-01T08:00:00.000Z' }),
      request('deadline-soon', { deadline: '2026-07-01T08:00:00.000Z' }),
      request('closed-earlier', { status: 'CLOSED', updatedAt: '2026-05-02T08:00:00.000Z' }),
      request('declined-later', { status: 'DECLINED', updatedAt: '2026-05-03T08:00:00.000Z' }),
      request('late', { status: 'ASSIGNED', overdue: true }),
    ]);
    expect(Object.fromEntries(groups.map(({ group, requests }) => [group, requests.map((one) => one.id)]))).toEqual({
      overdue: ['late'],
      new: ['deadline-soon', 'deadline-late', 'no-deadline-old', 'no-deadline-new'],
      waiting: [],
      scheduled: [],
      finished: ['declined-later', 'closed-earlier'],
    });
  });
});

describe('choosing a coach', () => {
  const amira = { knowsTopic: true, sharedLanguages: ['ar'], coach: { id: 'c1', name: 'Amira' } };
  const bernd = { knowsTopic: false, sharedLanguages: ['de'], coach: { id: 'c2', name: 'Bernd' } };

  it('lists the suggestions in the server’s order, then the other active coaches by name', () => {
    const choices = coachChoices(
      [amira, bernd],
      [
        { id: 'c3', name: 'Zora' },
        { id: 'c2', name: 'Bernd' },
        { id: 'c4', name: 'Chen' },
      ],
    );
    expect(choices.map((choice) => [choice.name, choice.suggestion !== null])).toEqual([
      ['Amira', true],
      ['Bernd', true],
      ['Chen', false],
      ['Zora', false],
    ]);
  });

  it('preselects the best suggestion other than the coach the request already has', () => {
    expect(preselectedCoach([amira, bernd], null)).toBe('c1');
    expect(preselectedCoach([amira, bernd], 'c1')).toBe('c2');
    expect(preselectedCoach([], null)).toBeNull();
  });
});
