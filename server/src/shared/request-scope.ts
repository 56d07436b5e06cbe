import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

interface RequestScope {
  requestId: string;
}

// one store for the process: a scope follows its request's awaits, whichever app of a test process serves it
const scopes = new AsyncLocalStorage<RequestScope>();

/** A short random id for one HTTP request or WebSocket connection; it names nothing about the person. */
export function newRequestId(): string {
  return randomBytes(9).toString('base64url');
}

/** Runs `work` so that every log line and GraphQL error inside it carries `requestId`. */
export function inRequestScope<T>(requestId: string, work: () => T): T {
  return scopes.run({ requestId }, work);
}

/** The id of the HTTP request or WebSocket operation being served, if any. */
export function currentRequestId(): string | undefined {
  return scopes.getStore()?.requestId;
}

/**
 * Runs `work` outside any request's scope: work that one request merely set off but that serves everyone
 * (the change feed's reading, woken by a commit inside a request) must not carry that request's id.
 */
export function outsideRequestScope<T>(work: () => T): T {
  return scopes.exit(work);
}

/** The id of one operation on a WebSocket: the connection's id and the operation's own, when it is a plain one. */
export function operationRequestId(connectionId: string, operationId: string | undefined): string {
  return operationId !== undefined && /^[\w-]{1,36}$/.test(operationId) ? `${connectionId}-${operationId}` : connectionId;
}
