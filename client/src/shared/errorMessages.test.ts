import { describe, expect, it } from 'vitest';
import { ErrorCode, INPUT_REASONS as SERVER_INPUT_REASONS } from '../../../server/src/shared/errors.js';
import de from '../i18n/locales/de.js';

const files = import.meta.glob<{ default: typeof de }>('../i18n/locales/*.ts', { eager: true });
import { explainError, firstGraphQLError } from './errorMessages.js';

const clock = (start: string, end: string) => `${start.slice(11, 16)}–${end.slice(11, 16)}`;

describe('explainError', () => {
  it('names the booking in the way for a conflict', () => {
    const explained = explainError(
      {
        message: 'x',
        extensions: {
          code: 'BOOKING_CONFLICT',
          conflicts: [
            { id: 'c', title: 'Malkurs', organizationName: 'IKL', start: '2026-06-02T08:00:00.000Z', end: '2026-06-02T10:00:00.000Z' },
          ],
        },
      },
      clock,
    );
    expect(explained).toEqual({
      key: 'errors.conflict',
      field: 'start',
      params: { what: 'Malkurs', who: 'IKL', when: '08:00–10:00' },
    });
  });

  it.each([
    ['STALE_VERSION', {}, 'errors.stale', null],
    ['OUTSIDE_OPENING_HOURS', { field: 'end', opens: '08:00', closes: '22:00' }, 'errors.outsideOpeningHours', 'end'],
    ['OUTSIDE_OPENING_HOURS', { field: 'start', opens: null, closes: null }, 'errors.closedThatDay', 'start'],
    ['BAD_USER_INPUT', { field: 'title', reason: 'TOO_LONG', limit: 120 }, 'errors.input.TOO_LONG', 'title'],
    ['BAD_USER_INPUT', { field: 'title' }, 'errors.badInput', 'title'],
    ['BAD_USER_INPUT', { field: '', reason: 'INVALID_DATE' }, 'errors.input.INVALID_DATE', null],
    ['UNAUTHENTICATED', {}, 'errors.unauthenticated', null],
    ['FORBIDDEN', {}, 'errors.forbidden', null],
    ['NOT_FOUND', {}, 'errors.notFound', null],
    ['SERVICE_UNAVAILABLE', {}, 'errors.unavailable', null],
    ['TOO_MANY_REQUESTS', { retryAfterSeconds: 4 }, 'errors.tooManyRequests', null],
    ['QUERY_TOO_COMPLEX', { limit: 'depth', max: 6 }, 'errors.tooComplex', null],
    ['INTERNAL_SERVER_ERROR', {}, 'errors.unknown', null],
  ])('%s → %s', (code, extensions, key, field) => {
    const explained = explainError({ message: 'ignored', extensions: { code, ...extensions } }, clock);
    expect(explained.key).toBe(key);
    expect(explained.field).toBe(field);
  });

  it('names every date of a series in the way, and a holiday by its code so the reader’s language can say it', () => {
    const slots = [
      { roomId: 'r', start: '2026-07-14T16:00:00.000Z', end: '2026-07-14T18:30:00.000Z', conflictIds: ['a'] },
      { roomId: 'r', start: '2026-07-21T16:00:00.000Z', end: '2026-07-21T18:30:00.000Z', conflictIds: ['b'] },
    ];
    expect(explainError({ message: '', extensions: { code: 'BOOKING_CONFLICT', conflicts: [], slots } }, clock)).toEqual({
      key: 'errors.conflictSeries',
      field: 'start',
      params: { count: 2, when: '16:00–18:30' },
      count: 2,
    });
    expect(
      explainError(
        { message: '', extensions: { code: 'LOCATION_CLOSED', kind: 'PUBLIC_HOLIDAY', holiday: 'EASTER_MONDAY', name: 'Ostermontag' } },
        clock,
      ),
    ).toEqual({
      key: 'errors.locationClosed',
      field: 'start',
      params: { name: 'Ostermontag' },
      keyParams: { name: 'holidays.EASTER_MONDAY' },
    });
    expect(
      explainError(
        { message: '', extensions: { code: 'LOCATION_CLOSED', kind: 'CLOSURE', holiday: null, name: 'Weihnachtspause' } },
        clock,
      ),
    ).toEqual({ key: 'errors.locationClosed', field: 'start', params: { name: 'Weihnachtspause' } });
  });

  it('passes the number a limit names, so plural forms can follow it', () => {
    expect(
      explainError({ message: '', extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG', limit: 120 } }, clock),
    ).toMatchObject({ params: { limit: 120 }, count: 120 });
    expect(explainError({ message: '', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 4 } }, clock)).toMatchObject({
      count: 4,
    });
  });

  it('has words for every reason and every code the server can send, in every language', () => {
    for (const [file, { default: tree }] of Object.entries(files))
      expect(Object.keys(tree.errors.input).sort(), file).toEqual([...SERVER_INPUT_REASONS].sort());
    for (const code of Object.values(ErrorCode))
      expect(explainError({ message: '', extensions: { code } }, clock).key, code).not.toBe('errors.unknown');
  });

  it('finds the typed error in a 503 answer, which Apollo reports as a network error', () => {
    const apolloError = {
      graphQLErrors: [],
      networkError: { statusCode: 503, result: { errors: [{ message: 'Database away', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } },
    };
    expect(explainError(firstGraphQLError(apolloError), clock).key).toBe('errors.unavailable');
    expect(firstGraphQLError({ graphQLErrors: [], networkError: new TypeError('Failed to fetch') })).toBeUndefined();
  });

  it('treats a missing GraphQL error as a network problem', () => {
    expect(explainError(undefined, clock).key).toBe('errors.network');
  });
});
