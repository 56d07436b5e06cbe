import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, processStartTime } from './data-dir-lock.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const folders: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-lock-'));
  folders.push(dir);
  return dir;
};

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a second lock while the first is held, and allows it after release', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kollektiv.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kollektiv.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });

  it.runIf(processStartTime(process.pid) !== null)('takes over a lock whose process id now belongs to another program', () => {
    const dir = tempDir();
    // the parent process runs, but it is not the one that wrote this lock: it started at another time
    fs.writeFileSync(path.join(dir, 'kollektiv.lock'), JSON.stringify({ pid: process.ppid, started: '1' }));
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kollektiv.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });

  it('keeps refusing while the recorded process, started when recorded, still runs', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kollektiv.lock'), JSON.stringify({ pid: process.ppid, started: processStartTime(process.ppid) }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });
});

/** Starts the real server as `npm start` does, on a port of the OS's choice. */
function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', SEED_DEMO: 'false', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/is running on/.test(output)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited: ${output}`));
    });
  });
  ready.catch(() => undefined); // awaited only for servers expected to start
  return { child, exited, ready, output: () => output };
}

describe('two servers on one embedded database folder', () => {
  it('refuses to start the second with a clear message', async () => {
    const dir = tempDir();
    const first = startServer(dir);
    await first.ready;
    try {
      const second = startServer(dir);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/already in use by process \d+/);
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }
    expect(fs.existsSync(path.join(dir, 'kollektiv.lock'))).toBe(false);
  }, 90_000);
});
