import { describe, expect, it } from 'vitest';
import { explainError, firstGraphQLError, localizeServerMessage } from './errorMessages.js';

const clock = (iso: string) => iso.slice(11, 16);

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
      serverMessage: null,
      params: { what: 'Malkurs', who: 'IKL', from: '08:00', until: '10:00' },
    });
  });

  it.each([
    ['STALE_VERSION', {}, 'errors.stale', null],
    ['OUTSIDE_OPENING_HOURS', { field: 'end', opens: '08:00', closes: '22:00' }, 'errors.outsideOpeningHours', 'end'],
    ['OUTSIDE_OPENING_HOURS', { field: 'start', opens: null, closes: null }, 'errors.closedThatDay', 'start'],
    ['BAD_USER_INPUT', { field: 'title' }, 'errors.badInput', 'title'],
    ['UNAUTHENTICATED', {}, 'errors.unauthenticated', null],
    ['FORBIDDEN', {}, 'errors.forbidden', null],
    ['NOT_FOUND', {}, 'errors.notFound', null],
    ['SERVICE_UNAVAILABLE', {}, 'errors.unavailable', null],
    ['INTERNAL_SERVER_ERROR', {}, 'errors.unknown', null],
  ])('%s → %s', (code, extensions, key, field) => {
    const explained = explainError({ message: 'Deutsch / English', extensions: { code, ...extensions } }, clock);
    expect(explained.key).toBe(key);
    expect(explained.field).toBe(field);
  });

  it('finds the typed error in a 503 answer, which Apollo reports as a network error', () => {
    const apolloError = {
      graphQLErrors: [],
      networkError: {
        statusCode: 503,
        result: { errors: [{ message: 'Datenbank weg / Database away', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      },
    };
    expect(explainError(firstGraphQLError(apolloError), clock).key).toBe('errors.unavailable');
    expect(firstGraphQLError({ graphQLErrors: [], networkError: new TypeError('Failed to fetch') })).toBeUndefined();
  });

  it('treats a missing GraphQL error as a network problem', () => {
    expect(explainError(undefined, clock).key).toBe('errors.network');
  });
});

describe('localizeServerMessage', () => {
  it('picks the reader’s half of "Deutsch / English"', () => {
    expect(localizeServerMessage('Bitte einen Titel angeben. / Please enter a title.', 'de')).toBe('Bitte einen Titel angeben.');
    expect(localizeServerMessage('Bitte einen Titel angeben. / Please enter a title.', 'en')).toBe('Please enter a title.');
    expect(localizeServerMessage('only one language', 'en')).toBe('only one language');
  });
});
