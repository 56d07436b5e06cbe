import { AppError } from './errors.js';

export type Log = (message: string, error?: unknown) => void;

/** Properties of database errors that carry the request's values (private notes, e-mail addresses). */
const VALUE_BEARING = new Set(['parameters', 'detail', 'where', 'internalQuery', 'driverError', 'query']);

/**
 * What of an error may go to the log: name, code, message and stack, but never SQL parameters or the
 * database's `detail` (which quotes the values of a failed row). TypeORM's QueryFailedError keeps both,
 * and Node's default printing would show them.
 */
export function redactError(error: unknown): Record<string, unknown> | string {
  if (error instanceof AppError) return { name: error.name, code: error.code, message: error.message };
  if (!(error instanceof Error)) return typeof error === 'string' ? error : `non-error value of type ${typeof error}`;
  const safe: Record<string, unknown> = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (VALUE_BEARING.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') safe[key] = value;
  }
  const driverCode = (error as { driverError?: { code?: unknown } }).driverError?.code;
  if (typeof driverCode === 'string') safe.sqlState = driverCode;
  if (error.stack) safe.stack = error.stack;
  if (error.cause !== undefined) safe.cause = redactError(error.cause);
  return safe;
}

/** The process's log: plain lines on stdout, errors redacted on stderr. */
export const consoleLog: Log = (message, error) => {
  if (error === undefined) console.log(message);
  else console.error(message, redactError(error));
};

/**
 * Errors that strangers can cause at will (a socket closed mid-reply, an oversized frame), counted by kind and
 * written as one line per `windowMs` at most, without stacks: an attacker cannot flood the log, and the
 * figures still show that it happened.
 */
export class CountedLog {
  private counts = new Map<string, number>();
  private windowStart: number;

  constructor(
    private readonly log: Log,
    private readonly what: string,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
  ) {
    this.windowStart = now();
  }

  count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (this.now() - this.windowStart >= this.windowMs) this.flush();
  }

  /** The counts so far as one line, and a new window. */
  flush(): void {
    this.windowStart = this.now();
    if (this.counts.size === 0) return;
    const parts = [...this.counts].map(([kind, count]) => `${kind} ${count}`).join(', ');
    this.counts = new Map();
    this.log(`${this.what}: ${parts}`);
  }
}
