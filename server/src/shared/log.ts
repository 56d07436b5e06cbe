import { pino, type DestinationStream, type Level } from 'pino';
import { AppError } from './errors.js';
import { currentRequestId } from './request-scope.js';

/** Plain values a log line may carry beside its message: ids, counts, codes, never what a person typed. */
export type LogFields = Record<string, string | number | boolean | null>;

export interface Log {
  (message: string, error?: unknown): void;
  /** A line with fields of its own (an HTTP request's route, status and duration); logs without fields drop it. */
  record?(level: 'debug' | 'info' | 'warn', message: string, fields: LogFields): void;
}

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

// an address that reached an error's text (an SMTP server's "recipient rejected") must not reach the log
// (a stack's `node_modules/@scope/package` is no address: no slash on either side of the @)
const E_MAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/g;

/** `value` with every e-mail address in its strings replaced, however deep. */
export function withoutAddresses(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(E_MAIL, '<e-mail>');
  if (Array.isArray(value)) return value.map(withoutAddresses);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutAddresses(inner)]));
  return value;
}

export interface JsonLogOptions {
  level: Level | 'silent';
  /** Where the lines go; stdout by default (tests capture them). */
  destination?: DestinationStream;
}

/**
 * The server's log: one JSON object a line (pino), with the request id of the HTTP request or WebSocket
 * operation it was written in. Errors are redacted (`redactError`) and e-mail addresses masked everywhere.
 */
export function createJsonLog(options: JsonLogOptions): Log {
  const logger = pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination(1),
  );
  const scoped = (fields: object) => {
    const requestId = currentRequestId();
    return requestId === undefined ? fields : { requestId, ...fields };
  };
  const log: Log = (message, error) => {
    const text = withoutAddresses(message) as string;
    if (error === undefined) logger.info(scoped({}), text);
    else logger.error(scoped({ error: withoutAddresses(redactError(error)) }), text);
  };
  log.record = (level, message, fields) => logger[level](scoped(withoutAddresses(fields) as object), withoutAddresses(message) as string);
  return log;
}

/** Plain lines on stdout, errors redacted on stderr: for command-line tools, which people read. */
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
