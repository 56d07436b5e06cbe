import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Log } from '../shared/log.js';
import type { BackupRuns } from './backup-runs.js';

/**
 * The embedded database has one session, held by the running server, and its folder is locked: a second
 * process cannot read it. So the server listens on a socket in its data folder, and `npm run backup` asks
 * it there to write the backup. Only processes that may enter the data folder reach it (mode 0600), the same
 * people who could copy the folder.
 */
export const SOCKET_FILE = 'backup.sock';

interface BackupAnswer {
  ok: boolean;
  bytes?: number;
  rows?: Record<string, number>;
  error?: string;
}

/** Serves backup requests until the returned function is called. */
export async function serveBackupSocket(dataDir: string, runs: BackupRuns, log: Log): Promise<() => Promise<void>> {
  const socketPath = path.join(dataDir, SOCKET_FILE);
  // a socket file left by a crashed server: the data folder's lock says it is ours now
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((connection) => {
    let request = '';
    connection.setEncoding('utf8');
    connection.on('data', (chunk: string) => {
      request += chunk;
      if (!request.includes('\n')) return;
      void answer(request).then((reply) => connection.end(`${JSON.stringify(reply)}\n`));
    });
    connection.on('error', () => {});
  });
  async function answer(request: string): Promise<BackupAnswer> {
    let out: unknown;
    try {
      ({ out } = JSON.parse(request) as { out?: unknown });
    } catch {
      return { ok: false, error: 'not a backup request' };
    }
    if (typeof out !== 'string' || !path.isAbsolute(out)) return { ok: false, error: 'the file must be given as an absolute path' };
    try {
      const taken = await runs.take(out);
      return { ok: true, bytes: taken?.bytes ?? 0, rows: taken?.rows ?? {} };
    } catch (error) {
      log('A backup asked for by `npm run backup` failed.', error);
      return { ok: false, error: (error as Error).message };
    }
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(socketPath, { force: true });
    });
}

/** Asks the server running on `dataDir` to write a backup to `out` (absolute); resolves with what it wrote. */
export function requestBackup(dataDir: string, out: string): Promise<{ bytes: number; rows: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(path.join(dataDir, SOCKET_FILE));
    let reply = '';
    connection.setEncoding('utf8');
    connection.on('data', (chunk: string) => (reply += chunk));
    connection.on('error', reject);
    connection.on('end', () => {
      try {
        const answer = JSON.parse(reply) as BackupAnswer;
        if (answer.ok) resolve({ bytes: answer.bytes ?? 0, rows: answer.rows ?? {} });
        else reject(new Error(`the running server could not write the backup: ${answer.error ?? 'no reason given'}`));
      } catch {
        reject(new Error('the running server gave no answer'));
      }
    });
    connection.write(`${JSON.stringify({ out })}\n`);
  });
}
