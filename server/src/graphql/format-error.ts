import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../shared/database-errors.js';
import { AppError, ErrorCode, assertUnreachable, queryTooComplex, serviceUnavailable } from '../shared/errors.js';
import { currentRequestId } from '../shared/request-scope.js';

/** The largest request body the HTTP endpoint parses. */
export const MAX_BODY_BYTES = 100 * 1024;

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
    case ErrorCode.QueryTooComplex:
    case ErrorCode.TooManyRequests:
    case ErrorCode.TokenExpired:
    case ErrorCode.LocationClosed:
    case ErrorCode.AgendaClosed:
    case ErrorCode.AlreadyDecided:
    case ErrorCode.MeetingNotHeld:
    case ErrorCode.MeetingOver:
      return { code, ...error.details };
    case ErrorCode.InvalidToken:
    case ErrorCode.OwnProposal:
    case ErrorCode.AlreadySupported:
    case ErrorCode.NotSupported:
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.ServiceUnavailable:
      return { code };
    default:
      return assertUnreachable(code);
  }
}

/** The AppError behind a chain of wrappers (graphql-js wraps scalar errors twice), or the innermost cause. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof AppError) return current;
    const next = current instanceof GraphQLError ? current.originalError : undefined;
    if (next === undefined || next === null || next === current) return current;
    current = next;
  }
  return current;
}

/**
 * graphql-js names where a variable was invalid only in its message (`Variable "$input" got invalid value …
 * at "input.start"`); the last segment is the field the client shows the error next to.
 */
export function fieldFromVariableMessage(message: string): string {
  const path = /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$(\w+)"/.exec(message)?.[1] ?? '';
  return (
    path
      .split(/[.[\]]/)
      .filter(Boolean)
      .at(-1) ?? ''
  );
}

// graphql-js 16 says "more that"; either spelling
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** Strips graphql-js's "Did you mean …?" hints, which would let a stranger map a hidden schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

/** A scalar cannot know which field it parses; the variable path in graphql-js's message says. */
/** `instanceof` alone would type the error's code as any. */
function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

function withFieldNamed(error: AppError, message: string): AppError {
  if (!isBadInput(error) || error.details.field !== '') return error;
  return new AppError(ErrorCode.BadUserInput, { ...error.details, field: fieldFromVariableMessage(message) });
}

function isBadInput(error: AppError): error is AppError<ErrorCode.BadUserInput> {
  return error.code === ErrorCode.BadUserInput;
}

export interface FormatErrorOptions {
  logUnexpected: (error: unknown) => void;
  /** Production: no schema hints in validation messages. */
  hideSchemaDetails?: boolean;
  /** The WebSocket operation's id; over HTTP the request's scope knows it (`shared/request-scope.ts`). */
  requestId?: string;
}

/**
 * Every error names the request it belongs to, so that a person reporting "it said internal error" gives
 * staff the id that finds the log lines (which hold no personal data, only ids and codes).
 */
function withRequestId(formatted: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError {
  if (requestId === undefined) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, requestId } };
}

/**
 * The single edge where errors become GraphQL errors: AppErrors keep their code and data, GraphQL's own
 * request errors pass, and anything unexpected becomes INTERNAL_SERVER_ERROR without message details or
 * stack. Used by Apollo (HTTP) and by the WebSocket server alike.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions): GraphQLFormattedError {
  return withRequestId(formatUnscoped(formatted, error, options), options.requestId ?? currentRequestId());
}

function formatUnscoped(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions): GraphQLFormattedError {
  let original = rootCause(error);
  // a database restart is not the request's fault: say so, and that a retry will do
  if (isDatabaseUnavailable(original)) original = serviceUnavailable();
  const tokenLimit = TOKEN_LIMIT.exec(formatted.message);
  if (tokenLimit) original = queryTooComplex('tokens', Number(tokenLimit[1]));
  const location = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (isAppError(original)) {
    const named = withFieldNamed(original, formatted.message);
    return { message: named.message, ...location, extensions: extensionsFor(named) };
  }
  const message = options.hideSchemaDetails ? withoutSuggestions(formatted.message) : formatted.message;
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PROTOCOL_CODES.has(code)) {
    return { message, ...location, extensions: { code } };
  }
  if (original instanceof GraphQLError && code === undefined && !(error instanceof GraphQLError && error.originalError)) {
    // A GraphQL validation error raised without a code (e.g. by graphql-ws, which skips Apollo).
    return { message, ...location, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  options.logUnexpected(original);
  return { message: 'Internal error', ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** An answer refused outside GraphQL execution, in the shape of a GraphQL error: clients read one format. */
export interface ErrorBody {
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
}

/** The body for a refusal before or beside execution (a rate limit, a download); null: an unexpected failure. */
export function errorBody(refusal: AppError | null): ErrorBody {
  if (!refusal) return { errors: [{ message: 'Internal error', extensions: scoped({ code: 'INTERNAL_SERVER_ERROR' }) }] };
  return { errors: [{ message: refusal.code, extensions: scoped(extensionsFor(refusal)) }] };
}

/** An answer's extensions with the id of the request being served, as every error carries it. */
function scoped(extensions: Record<string, unknown>): Record<string, unknown> {
  const requestId = currentRequestId();
  return requestId === undefined ? extensions : { ...extensions, requestId };
}

/** Express's body parser refused a request: too large (413), malformed (another 4xx), or it failed (500). */
export function bodyParserAnswer(status: number | undefined): { status: number; body: ErrorBody } {
  if (status === 413) return { status, body: errorBody(queryTooComplex('size', MAX_BODY_BYTES)) };
  if (status && status >= 400 && status < 500)
    return { status, body: { errors: [{ message: 'Bad request', extensions: scoped({ code: 'BAD_REQUEST' }) }] } };
  return { status: 500, body: errorBody(null) };
}

/**
 * An answer that carries SERVICE_UNAVAILABLE goes out as HTTP 503, wherever the database was found missing:
 * before execution (the session lookup) or during it (a session remembered in memory gets that far). Load
 * balancers and clients then retry, as for any 503.
 */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (response.body.singleResult.errors?.some((error) => error.extensions?.code === ErrorCode.ServiceUnavailable))
          response.http.status = 503;
      },
    };
  },
};
