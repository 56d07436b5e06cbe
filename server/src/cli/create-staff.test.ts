import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, freshPostgresDatabase } from '../../test/harness.js';
import { ACCEPT_INVITATION } from '../../test/documents.js';
import { startApp, type RunningApp } from '../app/start.js';
import { loadConfig } from '../config.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where the deployment's data lives: a fresh PostgreSQL database when DATABASE_URL is set, else a folder for PGlite. */
async function freshStorage(): Promise<{ DATABASE_URL: string; DATA_DIR: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-cli-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (!process.env.DATABASE_URL) return { DATABASE_URL: '', DATA_DIR: dataDir };
  const database = await freshPostgresDatabase(process.env.DATABASE_URL);
  cleanups.push(() => database.drop());
  return { DATABASE_URL: database.url, DATA_DIR: dataDir };
}

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/create-staff.ts', ...args], {
    cwd: serverRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run create-staff', () => {
  it('migrates an empty production database and prints a one-time setup link that makes the first staff account', async () => {
    const storage = await freshStorage();
    const created = run(['--email', 'Leitung@KolLEktiv.example', '--name', 'Ada Leitung'], {
      ...storage,
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://raum.kollektiv.example/',
    });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const link = /https:\/\/raum\.kollektiv\.example\/invite\/([\w-]{43})/.exec(created.stdout);
    expect(link).not.toBeNull();

    const app: RunningApp = await startApp(
      {
        ...loadConfig({ NODE_ENV: 'test' }),
        port: 0,
        host: '127.0.0.1',
        databaseUrl: storage.DATABASE_URL || undefined,
        dataDir: storage.DATA_DIR,
        seedDemo: false,
        clientDist: '/nonexistent',
      },
      { log: () => {} },
    );
    cleanups.push(() => app.stop());
    const client = new ApiClient(app.url);
    const { acceptInvitation } = await client.data(ACCEPT_INVITATION, {
      token: link![1],
      name: 'Ada Leitung',
      password: 'Ein sicheres Startpasswort',
    });
    expect(acceptInvitation).toMatchObject({ email: 'leitung@kollektiv.example', role: 'STAFF', organization: null });
    expect((await client.data(`{ users { email } }`)).users).toEqual([{ email: 'leitung@kollektiv.example' }]);
  });

  it('explains itself without its arguments', () => {
    const missing = run([], { DATABASE_URL: '', DATA_DIR: '/nonexistent' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Usage: npm run create-staff -- --email/);
  });
});
