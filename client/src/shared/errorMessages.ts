/**
 * Turns a GraphQL error into words for people: the server sends codes and data only (see the server's
 * `shared/errors.ts`); which message key, which parameters, and which form field it belongs next to are
 * decided here, so every language can say it.
 */
export interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/**
 * Why the server refused an input: a reason code from the server's INPUT_REASONS. Each has a message under
 * `errors.input.<REASON>` in every language (a test checks it against the server's list); a reason this
 * client does not know yet falls back to `errors.badInput`.
 */
export type InputReason = string;

export type MessageKey =
  | 'errors.conflict'
  | 'errors.conflictUnknown'
  | 'errors.stale'
  | 'errors.outsideOpeningHours'
  | 'errors.closedThatDay'
  | 'errors.locationClosed'
  | 'errors.conflictSeries'
  | `errors.input.${InputReason}`
  | 'errors.badInput'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.unavailable'
  | 'errors.tooManyRequests'
  | 'errors.tooComplex'
  | 'errors.resync'
  | 'errors.invalidToken'
  | 'errors.tokenExpired'
  | 'errors.agendaClosed'
  | 'errors.alreadyDecided'
  | 'errors.meetingNotHeld'
  | 'errors.ownProposal'
  | 'errors.alreadySupported'
  | 'errors.notSupported'
  | 'errors.meetingOver'
  | 'errors.network'
  | 'errors.unknown';

export interface ExplainedError {
  key: MessageKey;
  params: Record<string, string | number>;
  /** The form field the message belongs next to, if any. */
  field: string | null;
  /** For plural messages: the number that chooses the form. */
  count?: number;
  /** Parameters that are message keys themselves (a holiday's name), to be put in the reader's language first. */
  keyParams?: Record<string, string>;
}

interface Conflict {
  title: string | null;
  organizationName: string | null;
  start: string;
  end: string;
}

export function explainError(error: ErrorLike | undefined, formatRange: (startIso: string, endIso: string) => string): ExplainedError {
  const extensions = error?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const base = { params: {}, field: null };
  switch (code) {
    case 'BOOKING_CONFLICT': {
      const slots = (extensions.slots as Array<{ start: string; end: string }> | undefined) ?? [];
      if (slots.length > 1)
        return {
          ...base,
          key: 'errors.conflictSeries',
          field: 'start',
          params: { count: slots.length, when: formatRange(slots[0]!.start, slots[0]!.end) },
          count: slots.length,
        };
      const conflict = (extensions.conflicts as Conflict[] | undefined)?.[0];
      if (!conflict) return { ...base, key: 'errors.conflictUnknown' };
      return {
        ...base,
        key: 'errors.conflict',
        field: 'start',
        params: {
          what: conflict.title ?? '—',
          who: conflict.organizationName ?? '—',
          when: formatRange(conflict.start, conflict.end),
        },
      };
    }
    case 'STALE_VERSION':
      return { ...base, key: 'errors.stale' };
    case 'OUTSIDE_OPENING_HOURS': {
      const field = extensions.field === 'end' ? 'end' : 'start';
      if (typeof extensions.opens !== 'string') return { ...base, key: 'errors.closedThatDay', field };
      return { ...base, key: 'errors.outsideOpeningHours', field, params: { opens: extensions.opens, closes: String(extensions.closes) } };
    }
    case 'LOCATION_CLOSED': {
      const holiday = typeof extensions.holiday === 'string' && /^[A-Z_]+$/.test(extensions.holiday) ? extensions.holiday : null;
      const name = typeof extensions.name === 'string' ? extensions.name : '';
      return {
        ...base,
        key: 'errors.locationClosed',
        field: 'start',
        params: { name },
        ...(holiday ? { keyParams: { name: `holidays.${holiday}` } } : {}),
      };
    }
    case 'BAD_USER_INPUT': {
      const field = typeof extensions.field === 'string' && extensions.field !== '' ? extensions.field : null;
      const limit = typeof extensions.limit === 'number' || typeof extensions.limit === 'string' ? extensions.limit : '';
      if (typeof extensions.reason !== 'string' || !/^[A-Z_]+$/.test(extensions.reason)) return { ...base, key: 'errors.badInput', field };
      return {
        ...base,
        key: `errors.input.${extensions.reason}`,
        field,
        params: { limit },
        ...(typeof limit === 'number' ? { count: limit } : {}),
      };
    }
    case 'UNAUTHENTICATED':
      return { ...base, key: 'errors.unauthenticated' };
    case 'FORBIDDEN':
      return { ...base, key: 'errors.forbidden' };
    case 'NOT_FOUND':
      return { ...base, key: 'errors.notFound' };
    case 'SERVICE_UNAVAILABLE':
      return { ...base, key: 'errors.unavailable' };
    case 'TOO_MANY_REQUESTS': {
      const seconds = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 1;
      return { ...base, key: 'errors.tooManyRequests', params: { count: seconds }, count: seconds };
    }
    case 'QUERY_TOO_COMPLEX':
      return { ...base, key: 'errors.tooComplex' };
    case 'RESYNC_REQUIRED':
      return { ...base, key: 'errors.resync' };
    case 'INVALID_TOKEN':
      return { ...base, key: 'errors.invalidToken' };
    case 'TOKEN_EXPIRED':
      return { ...base, key: 'errors.tokenExpired' };
    case 'AGENDA_CLOSED':
      return { ...base, key: 'errors.agendaClosed' };
    case 'ALREADY_DECIDED':
      return { ...base, key: 'errors.alreadyDecided' };
    case 'MEETING_NOT_HELD':
      return { ...base, key: 'errors.meetingNotHeld' };
    case 'OWN_PROPOSAL':
      return { ...base, key: 'errors.ownProposal' };
    case 'ALREADY_SUPPORTED':
      return { ...base, key: 'errors.alreadySupported' };
    case 'NOT_SUPPORTED':
      return { ...base, key: 'errors.notSupported' };
    case 'MEETING_OVER':
      return { ...base, key: 'errors.meetingOver' };
    default:
      return { ...base, key: error ? 'errors.unknown' : 'errors.network' };
  }
}

/** The first GraphQL error of an Apollo error, or undefined when the server could not be reached. */
export function firstGraphQLError(error: unknown): ErrorLike | undefined {
  const apolloError = error as { graphQLErrors?: ErrorLike[]; networkError?: { result?: { errors?: ErrorLike[] } } } | null;
  // a 503 (database away) or 429 (too many requests) arrives as a network error whose body still holds the typed error
  return apolloError?.graphQLErrors?.[0] ?? apolloError?.networkError?.result?.errors?.[0];
}
