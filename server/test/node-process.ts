import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * An app node in its own process, started the way production starts it (`src/main.ts`) on the given
 * database, so it can be killed outright. Resolves once its /healthz answers 200.
 */
export async function spawnNode(
  databaseUrl: string,
  nodeEnv: 'test' | 'production' = 'test',
  /** Further environment variables for the node (its configuration). */
  environment: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // production refuses to start without the address its links point to
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // its database is the bench's, seeded with the demo accounts
      ALLOW_DEMO_IN_PRODUCTION: 'true',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      CLIENT_DIST: '/nonexistent',
      NODE_ENV: nodeEnv,
      COOKIE_SECURE: 'false',
      // tests and benchmarks drive it from one address, faster than any person
      RATE_LIMITS: 'off',
      WS_MAX_SUBSCRIPTIONS_PER_SESSION: '1000000',
      WS_MAX_SOCKETS_PER_ADDRESS: '1000000',
      WS_MAX_REPLAYS_PER_MINUTE: '1000000',
      ...environment,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // tsx compiles the server as it starts: on a busy two-core machine that alone can take half a minute
  const deadline = Date.now() + 90_000;
  while (
    (await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    )) !== 200
  ) {
    if (child.exitCode !== null) throw new Error(`the node exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the spawned node did not answer within 90 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child };
}
