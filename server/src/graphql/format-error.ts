import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../shared/database-errors.js';
import { AppError, ErrorCode, assertUnreachable, serviceUnavailable } from '../shared/errors.js';

/** Codes the GraphQL layer itself produces for malformed requests; they pass through unchanged. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function extensionsFor(error: AppError): Record<string, unknown> {
  const code = error.code;
  switch (code) {
    case ErrorCode.BookingConflict:
    case ErrorCode.StaleVersion:
    case ErrorCode.OutsideOpeningHours:
    case ErrorCode.BadUserInput:
    case ErrorCode.NotFound:
    case ErrorCode.ResyncRequired:
      return { code, ...error.details };
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.ServiceUnavailable:
      return { code };
    default:
      return assertUnreachable(code);
  }
}

/**
 * The single edge where errors become GraphQL errors: AppErrors keep their code and data,
 * GraphQL's own request errors pass, and anything unexpected becomes INTERNAL_SERVER_ERROR
 * without message details or stack.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // a database restart is not the request's fault: say so, and that a retry will do
  const original = isDatabaseUnavailable(cause) ? serviceUnavailable() : cause;
  const location = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (original instanceof AppError) {
    return { message: original.message, ...location, extensions: extensionsFor(original) };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PROTOCOL_CODES.has(code)) {
    return { message: formatted.message, ...location, extensions: { code } };
  }
  if (original instanceof GraphQLError && code === undefined && !(error instanceof GraphQLError && error.originalError)) {
    // A GraphQL validation error raised without a code (e.g. by graphql-ws, which skips Apollo).
    return { message: formatted.message, ...location, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  logUnexpected(original);
  return {
    message: 'Interner Fehler; bitte später erneut versuchen. / Internal error; please try again later.',
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
