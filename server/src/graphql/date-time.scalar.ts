import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../shared/errors.js';

// ISO 8601 with an explicit offset (or Z); a time without offset would be read in the server's zone.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** The calendar's world: nothing before 2000 or after 2100 is a booking anyone means. */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an instant strictly: `2027-02-30` is refused rather than rolled over to 2 March, hours, minutes,
 * seconds and offsets must exist, and the year must lie in 2000–2100. The field is named by the error
 * edge from the variable path (`format-error.ts`).
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!match) throw badInput('', 'INVALID_DATE');
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  if (
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > daysInMonth(year!, month!) ||
    hour! > 23 ||
    minute! > 59 ||
    second > 59 ||
    offsetHours > 14 ||
    offsetMinutes > 59
  )
    throw badInput('', 'INVALID_DATE');
  if (year! < EARLIEST_YEAR || year! > LATEST_YEAR) throw badInput('', 'OUT_OF_RANGE', `${EARLIEST_YEAR}–${LATEST_YEAR}`);
  return new Date(value as string);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as ISO 8601 with offset, e.g. 2026-03-29T10:00:00+02:00, in the years 2000–2100. Output is always UTC (Z).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new TypeError('DateTime cannot represent this value');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('', 'INVALID_DATE');
    return parseDateTime(ast.value);
  },
});
