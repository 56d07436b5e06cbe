import type http from 'node:http';
import type { Duplex } from 'node:stream';

export interface DrainTimes {
  /**
   * How long a kept-alive connection that carries no request may stay open. A client may be sending on it at
   * this moment; left open, its request is answered (with `Connection: close`) instead of lost. Past the
   * server's keep-alive timeout the server closes it anyway, as clients expect.
   */
  idleMs: number;
  /** Past this, whatever is still open is cut. */
  timeoutMs: number;
}

/**
 * Stops an HTTP server without failing a request: no new connections (a proxy's connect is refused, so it
 * tries another node, even for a POST), every request in flight or arriving on a kept-alive connection is
 * answered with `Connection: close`, and the server is done once its last connection has closed.
 */
export class HttpDrain {
  private draining = false;
  private readonly pending = new Set<http.ServerResponse>();
  private finished: Promise<{ cut: boolean }> | undefined;

  constructor(private readonly server: http.Server) {
    // before Express: the header must be set before anything is written
    server.prependListener('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
      if (this.draining) response.setHeader('Connection', 'close');
      this.pending.add(response);
      response.once('close', () => this.pending.delete(response));
    });
    // a WebSocket asked for on a kept-alive connection once the WebSocket server has closed: 503, which a
    // proxy retries on another node (the upgrade is a GET), rather than a connection dropped without answer
    server.on('upgrade', (_request: http.IncomingMessage, socket: Duplex) => {
      if (this.draining) socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
  }

  get active(): boolean {
    return this.draining;
  }

  /** Requests whose answer has not been sent in full yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Resolves once every connection, WebSocket ones too, has closed; `cut` when the timeout had to close some. */
  drain(times: DrainTimes): Promise<{ cut: boolean }> {
    this.finished ??= this.run(times);
    return this.finished;
  }

  private async run(times: DrainTimes): Promise<{ cut: boolean }> {
    this.draining = true;
    for (const response of this.pending) if (!response.headersSent) response.setHeader('Connection', 'close');
    // closing the listener resets connections the kernel has queued but Node not yet taken (a proxy has sent
    // its request on them and cannot retry a POST): right after the poll phase, which took them, the fewest wait
    await new Promise((resolve) => setImmediate(resolve));
    if (!this.server.listening) return { cut: false };
    const closed = new Promise<void>((resolve) => {
      // http.Server's close() also drops every idle kept-alive connection at once, racing a request the client
      // may be sending on it: here it closes the listener only, and idle connections go after `idleMs`
      const dropIdle = this.server.closeIdleConnections;
      this.server.closeIdleConnections = () => undefined;
      try {
        this.server.close(() => resolve());
      } finally {
        this.server.closeIdleConnections = dropIdle;
      }
    });
    const idle = setTimeout(() => this.server.closeIdleConnections(), times.idleMs);
    let cut = false;
    const deadline = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        cut = true;
        this.server.closeAllConnections();
        resolve();
      }, times.timeoutMs);
      void closed.then(() => clearTimeout(timer));
    });
    await Promise.race([closed, deadline]);
    clearTimeout(idle);
    return { cut };
  }
}
