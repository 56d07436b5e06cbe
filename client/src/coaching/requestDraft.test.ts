import { describe, expect, it } from 'vitest';
import { emptyDraft, toRequestInput, type RequestDraft } from './requestDraft.js';

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  ...emptyDraft('ar', 'o1'),
  topic: 'FUNDING',
  text: '  Wir brauchen Hilfe beim Antrag.  ',
  ...overrides,
});

describe('toRequestInput', () => {
  it('makes the API’s input: trimmed text, languages together, a span per ticked weekday', () => {
    const result = toRequestInput(
      draft({ languages: ['ar', 'de'], otherLanguages: 'ku, ar', weekdays: [3, 1], from: '18:00', to: '20:00' }),
      'de',
    );
    expect(result).toEqual({
      input: {
        organizationId: 'o1',
        topic: 'FUNDING',
        text: 'Wir brauchen Hilfe beim Antrag.',
        languages: ['ar', 'de', 'ku'],
        availability: [
          { weekday: 1, from: '18:00', to: '20:00' },
          { weekday: 3, from: '18:00', to: '20:00' },
        ],
        deadline: null,
      },
    });
  });

  it('sends a deadline as the end of that day in Leipzig, summer and winter', () => {
    expect(toRequestInput(draft({ deadline: '2026-07-15' }), 'de')).toMatchObject({ input: { deadline: '2026-07-15T23:59:00+02:00' } });
    expect(toRequestInput(draft({ deadline: '2026-12-15' }), 'de')).toMatchObject({ input: { deadline: '2026-12-15T23:59:00+01:00' } });
  });

  it.each([
    ['no MO', { organizationId: '' }, 'organizationId', 'REQUIRED'],
    ['no topic', { topic: '' as const }, 'topic', 'REQUIRED'],
    ['only blanks as text', { text: '   ' }, 'text', 'REQUIRED'],
    ['no language', { languages: [] }, 'languages', 'REQUIRED'],
    ['a language it cannot read', { otherLanguages: 'Elbisch' }, 'languages', 'INVALID_LANGUAGE'],
  ] as const)('names the field when %s is given', (_case, overrides, field, key) => {
    expect(toRequestInput(draft(overrides as Partial<RequestDraft>), 'de')).toEqual({ problem: { field, key } });
  });
});
