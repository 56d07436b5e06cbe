/**
 * The one error vocabulary of the API. Services throw `AppError`; only `graphql/format-error.ts`
 * turns it into a GraphQL error, so services never import `graphql`.
 *
 * The server answers with codes and data only: the client owns all wording, in every language. The
 * `message` of an AppError is a short English note for developers and logs, never shown to people.
 */
export enum ErrorCode {
  BookingConflict = 'BOOKING_CONFLICT',
  StaleVersion = 'STALE_VERSION',
  OutsideOpeningHours = 'OUTSIDE_OPENING_HOURS',
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  ResyncRequired = 'RESYNC_REQUIRED',
  /** The database cannot be reached (restart, network); nothing was changed, the client may retry. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** An operation over a depth, alias, cost, directive, token or size limit, refused before it ran. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** Too many requests, logins or subscriptions; retry after the given seconds. */
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** An invitation or reset link that does not exist, was used, or was revoked. */
  InvalidToken = 'INVALID_TOKEN',
  /** An invitation or reset link past its time. */
  TokenExpired = 'TOKEN_EXPIRED',
  /** The house or room is closed then: a closure staff entered, or a public holiday. */
  LocationClosed = 'LOCATION_CLOSED',
  /** A topic for a meeting's agenda after its deadline, or for a meeting held or called off (issue 25). */
  AgendaClosed = 'AGENDA_CLOSED',
  /** An MO edits its agenda topic after staff decided on it (issue 25). */
  AlreadyDecided = 'ALREADY_DECIDED',
  /** Minutes for a meeting that has not started yet (issue 25). */
  MeetingNotHeld = 'MEETING_NOT_HELD',
  /** An answer to a meeting that has started or was called off (issue 25). */
  MeetingOver = 'MEETING_OVER',
  /** A member supports their own MO's proposal: its voice is the proposal itself (issue 25). */
  OwnProposal = 'OWN_PROPOSAL',
  /** The MO already supports the proposal: one voice per MO, whichever member gave it (issue 25). */
  AlreadySupported = 'ALREADY_SUPPORTED',
  /** Withdrawing a support the MO does not give (issue 25). */
  NotSupported = 'NOT_SUPPORTED',
}

/** Why an input was refused; the client words each one. `limit` carries the number that was passed. */
export const INPUT_REASONS = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'INVALID',
  'INVALID_ID',
  'INVALID_DATE',
  'OUT_OF_RANGE',
  'CONTROL_CHARACTERS',
  'NO_VISIBLE_CHARACTERS',
  'END_BEFORE_START',
  'NOT_ON_GRID',
  'TOO_LONG_DURATION',
  'IN_THE_PAST',
  'TOO_FAR_AHEAD',
  'OVER_CAPACITY',
  'DAILY_QUOTA_REACHED',
  'DAILY_HOURS_REACHED',
  'WEEKLY_HOURS_REACHED',
  'SERIES_NEEDS_STAFF',
  'UNKNOWN_ROOM',
  'UNKNOWN_ORGANIZATION',
  'UNKNOWN_LOCATION',
  'ALREADY_CANCELLED',
  'PAST_BOOKING',
  /** The waiting list (issue 29): the slot is free, so book it instead of waiting. */
  'SLOT_IS_FREE',
  /** The MO already waits for this slot. */
  'ALREADY_WAITING',
  /** The MO waits for as many slots as it may at once (`limit`). */
  'WAITING_LIST_FULL',
  /** The offer's hold has passed: it can no longer be confirmed. */
  'OFFER_EXPIRED',
  'RANGE_TOO_LONG',
  'INVALID_CURSOR',
  'DUPLICATE',
  'INVALID_EMAIL',
  'INVALID_TIME_ZONE',
  'INVALID_OPENING_HOURS',
  'INVALID_COLOUR',
  'INVALID_LANGUAGE',
  'TOO_COMMON',
  'WRONG_PASSWORD',
  'HAS_FUTURE_BOOKINGS',
  'ORGANIZATION_REQUIRED',
  'LAST_STAFF',
  'INVALID_RRULE',
  'NOT_IN_SERIES',
  'SERIES_ENDED',
  'WRONG_STATUS',
  'UNKNOWN_COACH',
  // a coaching session's booking is moved and cancelled as the session (issue 24)
  'COACHING_SESSION',
  /** A network meeting's booking keeps its organisation, category and visibility: the meeting service's (issue 25). */
  'NETWORK_MEETING',
  /** The centre's own organisation: nobody belongs to it, it stays active and has no public profile (issue 25). */
  'CENTRE_ORGANIZATION',
  /** Check-in (issue 29): the booking was checked in already. */
  'ALREADY_CHECKED_IN',
  /** Check-in opens 15 minutes before the start. */
  'CHECK_IN_NOT_OPEN',
] as const;
export type InputReason = (typeof INPUT_REASONS)[number];

export interface ConflictingBooking {
  id: string;
  roomId: string;
  start: string;
  end: string;
  /** Null when the viewer may not see the title (another MO's private booking). */
  title: string | null;
  organizationName: string | null;
}

/** A wanted slot that is taken (for a series, one of its dates), with the ids of the bookings in its way. */
export interface TakenSlot {
  roomId: string;
  start: string;
  end: string;
  conflictIds: string[];
}

/** Why a house or room is closed: a closure (its reason, as staff wrote it) or a public holiday (its code). */
export interface ClosedBecause {
  kind: 'CLOSURE' | 'PUBLIC_HOLIDAY';
  /** The closure's reason as entered, or the holiday's official (German) name. */
  name: string;
  /** The holiday's code (EASTER_MONDAY, …), which the client words in the reader's language. */
  holiday: string | null;
  start: string;
  end: string;
  roomId: string | null;
}

/** `bookings`: more bookings in one answer than MAX_BOOKINGS_PER_ANSWER; ask a smaller range or fewer houses. */
export type OperationLimit = 'depth' | 'aliases' | 'cost' | 'directives' | 'tokens' | 'size' | 'subscriptions' | 'bookings';

export type ErrorDetails = {
  [ErrorCode.BookingConflict]: { conflicts: ConflictingBooking[]; slots: TakenSlot[] };
  [ErrorCode.StaleVersion]: { expectedVersion: number; currentVersion: number };
  [ErrorCode.OutsideOpeningHours]: {
    field: 'start' | 'end';
    opens: string | null;
    closes: string | null;
    /** All opening spans of that day; empty when the house is closed then. */
    spans: Array<{ opens: string; closes: string }>;
    timeZone: string;
  };
  [ErrorCode.BadUserInput]: { field: string; reason: InputReason; limit?: number | string };
  [ErrorCode.Unauthenticated]: Record<string, never>;
  [ErrorCode.Forbidden]: Record<string, never>;
  [ErrorCode.NotFound]: { entity: string; id: string };
  [ErrorCode.ResyncRequired]: { oldestCursor: string | null };
  [ErrorCode.ServiceUnavailable]: Record<string, never>;
  [ErrorCode.QueryTooComplex]: { limit: OperationLimit; max: number };
  [ErrorCode.TooManyRequests]: { retryAfterSeconds: number };
  [ErrorCode.InvalidToken]: Record<string, never>;
  [ErrorCode.TokenExpired]: { expiredAt: string };
  [ErrorCode.LocationClosed]: ClosedBecause & { field: 'start' };
  [ErrorCode.AgendaClosed]: { deadline: string; state: 'COMING' | 'HELD' | 'CANCELLED' };
  [ErrorCode.AlreadyDecided]: { status: string };
  [ErrorCode.MeetingNotHeld]: { start: string; state: 'COMING' | 'CANCELLED' };
  [ErrorCode.MeetingOver]: { state: 'HELD' | 'CANCELLED' };
  [ErrorCode.OwnProposal]: Record<string, never>;
  [ErrorCode.AlreadySupported]: Record<string, never>;
  [ErrorCode.NotSupported]: Record<string, never>;
};

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: ErrorDetails[C];

  constructor(
    code: C,
    details: ErrorDetails[C],
    /** For developers and logs only; defaults to the code and its details. */
    message: string = `${code} ${JSON.stringify(details)}`,
  ) {
    // A refusal is an answer, not a fault: nobody reads its stack, and capturing and formatting one
    // (graphql-js copies it into every GraphQLError) costs more than the whole refusal. Hundreds of
    // refused operations in one burst must not stall the server for everyone else.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const badInput = (field: string, reason: InputReason, limit?: number | string) =>
  new AppError(ErrorCode.BadUserInput, limit === undefined ? { field, reason } : { field, reason, limit });

export const unauthenticated = () => new AppError(ErrorCode.Unauthenticated, {});

export const forbidden = () => new AppError(ErrorCode.Forbidden, {});

export const notFound = (entity: string, id: string) => new AppError(ErrorCode.NotFound, { entity, id: id.slice(0, 80) });

export const serviceUnavailable = () => new AppError(ErrorCode.ServiceUnavailable, {});

export const tooManyRequests = (retryAfterMs: number) =>
  new AppError(ErrorCode.TooManyRequests, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });

export const queryTooComplex = (limit: OperationLimit, max: number) => new AppError(ErrorCode.QueryTooComplex, { limit, max });

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Ids in input are UUIDs; anything else is the caller's mistake, named by field. */
export function assertUuid(field: string, value: string): void {
  if (!isUuid(value)) throw badInput(field, 'INVALID_ID');
}
