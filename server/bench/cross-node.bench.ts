import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALENDAR_SUBSCRIPTION, SocketClients } from './fanout.bench.js';
import { percentile, quarterHourSlot } from './load.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const now = () => performance.timeOrigin + performance.now();
const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface LatencyFigures {
  p50: number;
  p99: number;
  samples: number;
}

/**
 * Across nodes: a mutation sent to node A (this process) until a subscriber on node B (its own process,
 * on the same PostgreSQL) has the event; the same measured with the subscriber on node A for reference.
 */
export async function benchCrossNode(options: {
  nodeAUrl: string;
  databaseUrl: string;
  cookie: string;
  roomIds: string[];
  organizationId: string;
  /** Weekdays (winter time) whose slots the benchmark may fill. */
  days: string[];
  rounds: number;
}): Promise<{ acrossNodes: LatencyFigures; sameNode: LatencyFigures }> {
  const port = await freePort();
  const nodeB = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      CLIENT_DIST: '/nonexistent',
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const nodeBUrl = `http://127.0.0.1:${port}`;
  const clients = new SocketClients();
  let slot = 0;
  const book = async () => {
    const index = slot++;
    const response = await fetch(`${options.nodeAUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: options.cookie },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            ...quarterHourSlot(index, options.roomIds, options.days),
            organizationId: options.organizationId,
            title: `Knoten ${index}`,
            category: 'MEETING',
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`cross-node booking failed: ${JSON.stringify(body.errors)}`);
  };
  const measure = async (subscriberUrl: string): Promise<LatencyFigures> => {
    await clients.ask(
      {
        cmd: 'connect',
        url: `${subscriberUrl.replace(/^http/, 'ws')}/graphql`,
        count: 1,
        graphql: { query: CALENDAR_SUBSCRIPTION, cookies: [options.cookie] },
      },
      'connected',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const times: number[] = [];
    for (let round = -3; round < options.rounds; round++) {
      await clients.ask({ cmd: 'arm' }, 'armed');
      let started = 0;
      let booked: Promise<void> = Promise.resolve();
      const delivered = await clients.ask(null, 'delivered', () => {
        started = now();
        booked = book();
      });
      await booked;
      if (round >= 0) times.push(delivered.last - started);
    }
    await clients.ask({ cmd: 'close' }, 'closed');
    return { p50: percentile(times, 50), p99: percentile(times, 99), samples: times.length };
  };
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const status = await fetch(`${nodeBUrl}/healthz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) break;
      if (Date.now() > deadline) throw new Error('node B did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const acrossNodes = await measure(nodeBUrl);
    const sameNode = await measure(options.nodeAUrl);
    return { acrossNodes, sameNode };
  } finally {
    clients.stop();
    nodeB.kill('SIGTERM');
  }
}
