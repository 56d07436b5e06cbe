import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A mobile link between the browser and a server, as a TCP proxy: every chunk waits half the round trip each
 * way, and the downlink and uplink are each one shared pipe of the given rate. Chromium's own throttling (CDP)
 * covers only the page's requests: what a service worker fetches would cross an unthrottled network, so a
 * page that works with one must be measured on a link that slows everything.
 */
export interface SlowLink {
  url: string;
  close(): Promise<void>;
}

/** One direction of the link: chunks leave in order, no sooner than the latency and the rate allow. */
class Pipe {
  private freeAt = 0;

  constructor(
    private readonly bytesPerMs: number,
    private readonly delayMs: number,
  ) {}

  /** When a chunk of `bytes` sent now arrives at the far end. */
  arrival(bytes: number): number {
    const now = performance.now();
    this.freeAt = Math.max(this.freeAt, now) + bytes / this.bytesPerMs;
    return this.freeAt + this.delayMs;
  }
}

function forward(from: net.Socket, to: net.Socket, pipe: Pipe): void {
  let last = 0;
  from.on('data', (chunk: Buffer) => {
    // chunks of one connection keep their order even when a later one would be due sooner
    last = Math.max(last, pipe.arrival(chunk.length));
    setTimeout(() => to.writable && to.write(chunk), Math.max(0, last - performance.now()));
  });
  from.on('end', () => setTimeout(() => to.end(), Math.max(0, last - performance.now())));
  from.on('error', () => to.destroy());
}

export async function startSlowLink(
  target: string,
  link: { roundTripMs: number; downBytesPerSecond: number; upBytesPerSecond: number },
): Promise<SlowLink> {
  const { hostname, port } = new URL(target);
  const down = new Pipe(link.downBytesPerSecond / 1000, link.roundTripMs / 2);
  const up = new Pipe(link.upBytesPerSecond / 1000, link.roundTripMs / 2);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    forward(client, upstream, up);
    forward(upstream, client, down);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    // localhost: a secure context, as the service worker needs
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
