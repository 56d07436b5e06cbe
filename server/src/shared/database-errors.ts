/** PostgreSQL SQLSTATE of a failed query, as thrown by TypeORM over node-postgres or PGlite. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

export const EXCLUSION_VIOLATION = '23P01';

/** Socket errors of a connection that went away or never came; a data folder that cannot be written. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EROFS', 'ENOSPC']);
/** Disk full, out of resources, an I/O error, a read-only standby: the database cannot take the write now. */
const STORAGE_STATES = new Set(['53100', '53200', '58030', '25006']);
/** node-postgres says these in words, without a code. */
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
];

/**
 * Whether a failure means the database is out of reach rather than that the request was wrong:
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, starting up), a socket error, or
 * storage that cannot take the write (disk full, I/O error, read-only).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (
    state !== undefined &&
    (state.startsWith('08') || ['57P01', '57P02', '57P03'].includes(state) || CONNECTION_ERRNOS.has(state) || STORAGE_STATES.has(state))
  )
    return true;
  const message = error instanceof Error ? error.message : '';
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

export const UNIQUE_VIOLATION = '23505';
