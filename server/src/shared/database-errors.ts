/** PostgreSQL SQLSTATE of a failed query, as thrown by TypeORM over node-postgres or PGlite. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

export const EXCLUSION_VIOLATION = '23P01';

/** Socket errors of a connection that went away or never came. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** node-postgres says these in words, without a code. */
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
];

/**
 * Whether a failure means the database is out of reach rather than that the request was wrong:
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, starting up), or a socket error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state !== undefined && (state.startsWith('08') || ['57P01', '57P02', '57P03'].includes(state) || CONNECTION_ERRNOS.has(state)))
    return true;
  const message = error instanceof Error ? error.message : '';
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

export const UNIQUE_VIOLATION = '23505';
