import { describe, expect, it } from 'vitest';
import type { CoachingStatus, CoachingTopic } from './coaching.enums.js';
import { isOverdue, suggestCoaches, type SuggestableCoach } from './coaching-queue.js';

const NOW = new Date('2026-06-01T08:00:00Z');

describe('isOverdue', () => {
  it.each<[string, CoachingStatus, string | null, boolean]>([
    ['no deadline', 'REQUESTED', null, false],
    ['deadline far ahead', 'REQUESTED', '2026-06-20T08:00:00Z', false],
    ['deadline exactly seven days ahead', 'REQUESTED', '2026-06-08T08:00:00Z', false],
    ['deadline a minute under seven days ahead', 'ASSIGNED', '2026-06-08T07:59:00Z', true],
    ['deadline passed', 'REQUESTED', '2026-05-01T00:00:00Z', true],
    ['a session is set', 'SCHEDULED', '2026-06-02T08:00:00Z', false],
    ['closed', 'CLOSED', '2026-05-01T00:00:00Z', false],
    ['declined', 'DECLINED', '2026-05-01T00:00:00Z', false],
  ])('%s', (_name, status, deadline, expected) => {
    expect(isOverdue({ status, deadline: deadline ? new Date(deadline) : null }, NOW)).toBe(expected);
  });
});

const coach = (name: string, topics: CoachingTopic[], languages: string[], active = true): SuggestableCoach => ({
  name,
  topics,
  languages,
  active,
});

describe('suggestCoaches', () => {
  const request = { topic: 'FUNDING' as const, languages: ['ar', 'de'] };

  it('ranks topic and language first, then language only, then topic only, and leaves out the rest', () => {
    const suggestions = suggestCoaches(request, [
      coach('Topic only', ['FUNDING'], ['ru']),
      coach('Neither', ['EVENTS'], ['tr']),
      coach('Language only', ['EVENTS'], ['de']),
      coach('Both', ['FUNDING', 'LEGAL'], ['de']),
    ]);
    expect(suggestions.map((s) => [s.coach.name, s.knowsTopic, s.sharedLanguages])).toEqual([
      ['Both', true, ['de']],
      ['Language only', false, ['de']],
      ['Topic only', true, []],
    ]);
  });

  it('puts more shared languages first within a rank, then sorts by name', () => {
    const suggestions = suggestCoaches(request, [
      coach('Zora', ['FUNDING'], ['de']),
      coach('Bilal', ['FUNDING'], ['de']),
      coach('Amira', ['FUNDING'], ['de', 'ar']),
    ]);
    expect(suggestions.map((s) => s.coach.name)).toEqual(['Amira', 'Bilal', 'Zora']);
    expect(suggestions[0]?.sharedLanguages).toEqual(['ar', 'de']);
  });

  it('matches a regional tag with its language and never suggests a resting coach', () => {
    const suggestions = suggestCoaches(request, [coach('Regional', ['LEGAL'], ['ar-SY']), coach('Resting', ['FUNDING'], ['ar'], false)]);
    expect(suggestions.map((s) => [s.coach.name, s.sharedLanguages])).toEqual([['Regional', ['ar']]]);
  });
});
