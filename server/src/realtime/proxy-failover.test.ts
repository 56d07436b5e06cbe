import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxAvailable, startNginx, type RunningNginx } from '../../test/nginx.js';

/**
 * A replica reduced to what nginx sees of it: it answers with its name, refuses connections while closed,
 * and answers 503 while it drains, as `http/drain.ts` does for a WebSocket asked for on a kept-alive connection.
 */
class Replica {
  draining = false;
  private readonly server: http.Server;
  private port = 0;

  constructor(readonly name: string) {
    this.server = http.createServer((request, response) => {
      request.resume();
      if (this.draining && request.method === 'GET') response.writeHead(503).end();
      else response.writeHead(200, { 'content-type': 'text/plain' }).end(this.name);
    });
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}

describe.runIf(nginxAvailable)('nginx in front of replicas that each were marked down in turn (deploy/nginx.conf)', () => {
  const replicas = [new Replica('a'), new Replica('b')];
  let nginx: RunningNginx | undefined;

  afterAll(async () => {
    nginx?.stop();
    for (const replica of replicas) await replica.close().catch(() => undefined);
  });

  it('sends to the replica that is back, rather than answering 503 while it is still marked down', async () => {
    const [a, b] = replicas as [Replica, Replica];
    await a.listen();
    await b.listen();
    nginx = await startNginx([a.address, b.address]);
    const ask = (method: 'GET' | 'POST') =>
      fetch(`${nginx!.url}/graphql`, { method, headers: { connection: 'close' }, ...(method === 'POST' ? { body: '{}' } : {}) });

    // b restarts: a refused connect marks it down for fail_timeout, and a answers in its place
    await b.close();
    for (let index = 0; index < 4; index++) expect(await (await ask('POST')).text()).toBe('a');
    await b.listen();

    // within b's fail_timeout, a begins to drain: its 503 marks it down as well
    a.draining = true;
    const answer = await ask('GET');
    expect(answer.status, `nginx said:\n${nginx.errorLog()}`).toBe(200);
    expect(await answer.text()).toBe('b');
    expect(await (await ask('POST')).text()).toBe('b');
    expect(nginx.errorLog()).toMatch(/upstream server temporarily disabled[\s\S]*upstream server temporarily disabled/);
  });
});
