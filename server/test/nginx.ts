import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './harness.js';
import { freePort } from './node-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const nginxAvailable = spawnSync('nginx', ['-v']).status === 0;

/**
 * deploy/nginx.conf with Docker's parts swapped for local ones: the given upstream servers instead of the
 * `app` service name that Docker's DNS resolves, and a free port instead of 80. Everything else (WebSocket
 * upgrade, timeouts, failover, the typed 503) is the file as deployed.
 */
function localNginxConfig(upstreams: string[], port: number, directory: string): string {
  const deployed = fs.readFileSync(path.join(repoRoot, 'deploy', 'nginx.conf'), 'utf8');
  const local = deployed
    .replace(/^\s*zone .*;\n/m, '')
    .replace(/^resolver .*;\n/m, '')
    .replace(/^\s*server app:4000 resolve (.*);$/gm, (_line, options: string) =>
      upstreams.map((upstream) => `    server ${upstream} ${options};`).join('\n'),
    )
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  if (/^\s*server app:4000/m.test(local) || !local.includes(upstreams[0]!)) throw new Error('deploy/nginx.conf changed shape');
  return `pid ${directory}/nginx.pid;\nerror_log ${directory}/error.log warn;\nevents {}\nhttp {\naccess_log off;\nclient_body_temp_path ${directory};\nproxy_temp_path ${directory};\n${local}\n}\n`;
}

/** A real nginx running deploy/nginx.conf in front of `upstreams` (host:port); resolves once /healthz passes through. */
export interface RunningNginx {
  url: string;
  stop: () => void;
  /** What nginx said about the upstreams (refused, marked down, none left): the first thing to read when a test through it fails. */
  errorLog: () => string;
}

export async function startNginx(upstreams: string[]): Promise<RunningNginx> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-nginx-'));
  const port = await freePort();
  fs.writeFileSync(path.join(directory, 'nginx.conf'), localNginxConfig(upstreams, port, directory));
  const nginx = spawn('nginx', ['-c', path.join(directory, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    nginx.kill();
    fs.rmSync(directory, { recursive: true, force: true });
  };
  try {
    await until(
      async () =>
        (await fetch(`${url}/healthz`).then(
          (response) => response.status,
          () => 0,
        )) === 200,
      'nginx is up',
      10_000,
    );
  } catch (error) {
    stop();
    throw error;
  }
  const errorLog = () => fs.readFileSync(path.join(directory, 'error.log'), 'utf8');
  return { url, stop, errorLog };
}
