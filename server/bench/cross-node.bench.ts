import { ApiClient } from '../test/harness.js';
import { spawnNode } from '../test/node-process.js';
import { CALENDAR_SUBSCRIPTION, SocketClients } from './fanout.bench.js';
import { percentile, quarterHourSlot } from './load.js';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

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
  const nodeB = await spawnNode(options.databaseUrl, 'production');
  const nodeBUrl = nodeB.url;
  const clients = new SocketClients();
  const onNodeA = new ApiClient(options.nodeAUrl);
  onNodeA.cookie = options.cookie;
  let slot = 0;
  const book = async () => {
    const index = slot++;
    await onNodeA.data(CREATE, {
      input: {
        ...quarterHourSlot(index, options.roomIds, options.days),
        organizationId: options.organizationId,
        title: `Knoten ${index}`,
        category: 'MEETING',
      },
    });
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
      const delivery = await clients.timeDelivery(book);
      if (round >= 0) times.push(delivery.elapsedMs);
    }
    await clients.ask({ cmd: 'close' }, 'closed');
    return { p50: percentile(times, 50), p99: percentile(times, 99), samples: times.length };
  };
  try {
    const acrossNodes = await measure(nodeBUrl);
    const sameNode = await measure(options.nodeAUrl);
    return { acrossNodes, sameNode };
  } finally {
    clients.stop();
    nodeB.process.kill('SIGTERM');
  }
}
