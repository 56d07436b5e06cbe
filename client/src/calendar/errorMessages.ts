/** Turns a GraphQL error into words for people: which field it concerns and what to say. */
export interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export type MessageKey =
  | 'errors.conflict'
  | 'errors.conflictUnknown'
  | 'errors.stale'
  | 'errors.outsideOpeningHours'
  | 'errors.closedThatDay'
  | 'errors.badInput'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.unavailable'
  | 'errors.network'
  | 'errors.unknown';

export interface ExplainedError {
  key: MessageKey;
  params: Record<string, string>;
  /** The form field the message belongs next to, if any. */
  field: string | null;
  /** The server's own bilingual wording, shown for BAD_USER_INPUT where it is most precise. */
  serverMessage: string | null;
}

interface Conflict {
  title: string | null;
  organizationName: string | null;
  start: string;
  end: string;
}

export function explainError(
  error: ErrorLike | undefined,
  formatTime: (iso: string) => string,
  formatClock: (iso: string) => string = formatTime,
): ExplainedError {
  const extensions = error?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const base = { params: {}, field: null, serverMessage: null };
  switch (code) {
    case 'BOOKING_CONFLICT': {
      const conflict = (extensions.conflicts as Conflict[] | undefined)?.[0];
      if (!conflict) return { ...base, key: 'errors.conflictUnknown' };
      return {
        ...base,
        key: 'errors.conflict',
        field: 'start',
        params: {
          what: conflict.title ?? '—',
          who: conflict.organizationName ?? '—',
          from: formatTime(conflict.start),
          until: formatClock(conflict.end),
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
    case 'BAD_USER_INPUT':
      return {
        ...base,
        key: 'errors.badInput',
        field: typeof extensions.field === 'string' ? extensions.field : null,
        serverMessage: error?.message ?? null,
      };
    case 'UNAUTHENTICATED':
      return { ...base, key: 'errors.unauthenticated' };
    case 'FORBIDDEN':
      return { ...base, key: 'errors.forbidden' };
    case 'NOT_FOUND':
      return { ...base, key: 'errors.notFound' };
    case 'SERVICE_UNAVAILABLE':
      return { ...base, key: 'errors.unavailable' };
    default:
      return { ...base, key: error ? 'errors.unknown' : 'errors.network' };
  }
}

/** The first GraphQL error of an Apollo error, or undefined when the server could not be reached. */
export function firstGraphQLError(error: unknown): ErrorLike | undefined {
  const apolloError = error as { graphQLErrors?: ErrorLike[]; networkError?: { result?: { errors?: ErrorLike[] } } } | null;
  // a 503 (database away) arrives as a network error whose body still holds the typed error
  return apolloError?.graphQLErrors?.[0] ?? apolloError?.networkError?.result?.errors?.[0];
}

/** The server writes "Deutsch / English"; show the part in the reader's language. */
export function localizeServerMessage(message: string, locale: string): string {
  const parts = message.split(' / ');
  if (parts.length < 2) return message;
  return locale === 'en' ? parts.slice(1).join(' / ') : parts[0]!;
}
