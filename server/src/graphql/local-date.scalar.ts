import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../shared/errors.js';
import { EARLIEST_YEAR, LATEST_YEAR } from './date-time.scalar.js';

/** A calendar day, yyyy-mm-dd, read in the house's time zone; strict like DateTime (no 30 February). */
export function parseLocalDate(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) throw badInput('', 'INVALID_DATE');
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw badInput('', 'INVALID_DATE');
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) throw badInput('', 'OUT_OF_RANGE', `${EARLIEST_YEAR}–${LATEST_YEAR}`);
  return value as string;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, e.g. 2026-12-01, in the house’s time zone.',
  serialize: (value) => parseLocalDate(value),
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('', 'INVALID_DATE');
    return parseLocalDate(ast.value);
  },
});
