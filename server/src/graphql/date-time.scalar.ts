import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// ISO 8601 with an explicit offset (or Z); a time without offset would be read in the server's zone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value))
    throw new GraphQLError(
      'DateTime erwartet ISO 8601 mit Zeitzone, z. B. 2026-03-29T10:00:00+02:00. / DateTime expects ISO 8601 with an offset, e.g. 2026-03-29T10:00:00+02:00.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('Ungültiges Datum. / Invalid date.', { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as ISO 8601 with offset, e.g. 2026-03-29T10:00:00+02:00. Output is always UTC (Z).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(ast.value);
  },
});
