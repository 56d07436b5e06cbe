import type { WebSocket } from 'ws';

/**
 * The WebSocket and graphql-ws operation id a subscription is answered on. A file of its own, so the
 * fan-out can name it without importing the request context (which names every service, the fan-out too).
 */
export interface SubscriptionTransport {
  socket: WebSocket;
  operationId: string;
}
