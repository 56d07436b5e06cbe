/**
 * The one error vocabulary of the API. Services throw `AppError`; only `graphql/format-error.ts`
 * turns it into a GraphQL error, so services never import `graphql`.
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
}

export interface ConflictingBooking {
  id: string;
  roomId: string;
  start: string;
  end: string;
  /** Null when the viewer may not see the title (another MO's private booking). */
  title: string | null;
  organizationName: string | null;
}

export type ErrorDetails = {
  [ErrorCode.BookingConflict]: { conflicts: ConflictingBooking[] };
  [ErrorCode.StaleVersion]: { expectedVersion: number; currentVersion: number };
  [ErrorCode.OutsideOpeningHours]: {
    field: 'start' | 'end';
    opens: string | null;
    closes: string | null;
    timeZone: string;
  };
  [ErrorCode.BadUserInput]: { field: string };
  [ErrorCode.Unauthenticated]: Record<string, never>;
  [ErrorCode.Forbidden]: Record<string, never>;
  [ErrorCode.NotFound]: { entity: string; id: string };
  [ErrorCode.ResyncRequired]: { oldestCursor: string | null };
  [ErrorCode.ServiceUnavailable]: Record<string, never>;
};

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details: ErrorDetails[C],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string) => new AppError(ErrorCode.BadUserInput, message, { field });

export const unauthenticated = () => new AppError(ErrorCode.Unauthenticated, 'Bitte melden Sie sich an. / Please sign in.', {});

export const forbidden = (message = 'Das dürfen Sie nicht. / You are not allowed to do this.') =>
  new AppError(ErrorCode.Forbidden, message, {});

export const notFound = (entity: string, id: string) =>
  new AppError(ErrorCode.NotFound, `${entity} ${id} nicht gefunden. / ${entity} ${id} not found.`, {
    entity,
    id,
  });

export const serviceUnavailable = () =>
  new AppError(
    ErrorCode.ServiceUnavailable,
    'Die Datenbank ist gerade nicht erreichbar; bitte gleich noch einmal versuchen. / The database cannot be reached right now; please try again in a moment.',
    {},
  );

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Ids in input are UUIDs; anything else is the caller's mistake, named by field. */
export function assertUuid(field: string, value: string): void {
  if (!isUuid(value)) throw badInput(field, `Ungültige ID. / Invalid id: ${JSON.stringify(value.slice(0, 60))}.`);
}
