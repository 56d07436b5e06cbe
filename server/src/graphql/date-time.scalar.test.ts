import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { parseDateTime } from './date-time.scalar.js';

const reason = (value: unknown) => {
  try {
    parseDateTime(value);
    return null;
  } catch (error) {
    if (error instanceof AppError) return (error.details as { reason: string }).reason;
    throw error;
  }
};

describe('parseDateTime', () => {
  it.each([
    ['2026-03-29T10:00:00+02:00', null],
    ['2026-03-29T08:00Z', null],
    ['2028-02-29T10:00:00Z', null],
    ['2027-02-30T10:00:00Z', 'INVALID_DATE'],
    ['2027-02-29T10:00:00Z', 'INVALID_DATE'],
    ['2026-13-01T10:00:00Z', 'INVALID_DATE'],
    ['2026-06-31T10:00:00Z', 'INVALID_DATE'],
    ['2026-06-01T24:00:00Z', 'INVALID_DATE'],
    ['2026-06-01T10:60:00Z', 'INVALID_DATE'],
    ['2026-06-01T10:00:00+15:00', 'INVALID_DATE'],
    ['2026-06-01T10:00:00', 'INVALID_DATE'],
    ['0000-01-01T00:00:00Z', 'OUT_OF_RANGE'],
    ['0001-01-01T00:00:00Z', 'OUT_OF_RANGE'],
    ['1999-12-31T23:00:00Z', 'OUT_OF_RANGE'],
    ['9999-01-01T00:00:00Z', 'OUT_OF_RANGE'],
    [12345, 'INVALID_DATE'],
  ])('%s → %s', (value, expected) => {
    expect(reason(value)).toBe(expected);
  });

  it('reads the offset', () => {
    expect(parseDateTime('2026-03-29T10:00:00+02:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});
