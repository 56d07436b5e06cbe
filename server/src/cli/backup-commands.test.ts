import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, freshPostgresDatabase, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';

/**
 * `npm run backup -- --out FILE` while the server runs, and `npm run restore -- FILE` into an empty database,
 * as an operator types them (the commands in their own processes), on this suite's engine.
 */
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-commands-'));
const cleanUp: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const step of cleanUp.reverse()) await step();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Runs a command without blocking this process, whose server the command may have to ask. */
function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: serverRoot,
      env: { ...process.env, INIT_CWD: folder, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

async function storage(name: string): Promise<{ DATABASE_URL: string; DATA_DIR: string }> {
  const dataDir = path.join(folder, name);
  if (!process.env.DATABASE_URL) return { DATABASE_URL: '', DATA_DIR: dataDir };
  const database = await freshPostgresDatabase(process.env.DATABASE_URL);
  cleanUp.push(database.drop);
  return { DATABASE_URL: database.url, DATA_DIR: dataDir };
}

const startOn = (env: { DATABASE_URL: string; DATA_DIR: string }) =>
  createTestApp(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { embedded: { dataDir: env.DATA_DIR } });

describe('npm run backup and npm run restore', () => {
  it('backs up a running server, refuses to restore under it, and restores into an empty database', async () => {
    const source = await storage('source');
    let app: TestApp = await startOn(source);
    cleanUp.push(() => app.stop());
    await new Factory(app).organization({ name: 'Chor Kalyna' });

    const backup = await run('backup', ['--out', 'nightly.jsonl.gz'], source);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/written to .*nightly\.jsonl\.gz/);
    expect(fs.existsSync(path.join(folder, 'nightly.jsonl.gz'))).toBe(true);
    expect((await app.services.backups.lastBackup())?.file).toBe('nightly.jsonl.gz');

    if (!source.DATABASE_URL) {
      const underServer = await run('restore', ['nightly.jsonl.gz', '--replace'], source);
      expect(underServer.status).toBe(1);
      expect(underServer.stderr).toContain('the server must be stopped first (its data folder is locked while it runs)');
    }

    const target = await storage('target');
    const restored = await run('restore', ['nightly.jsonl.gz'], target);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('Restored the backup of');
    await app.stop();
    app = await startOn(target);
    const names: Array<{ name: string }> = await app.services.database.dataSource.query(`SELECT name FROM organization`);
    expect(names.map((row) => row.name)).toContain('Chor Kalyna');

    if (target.DATABASE_URL) {
      const again = await run('restore', ['nightly.jsonl.gz'], target);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('Refused: The target database is not empty.');
    }
  }, 300_000);
});
