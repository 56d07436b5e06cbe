import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { Factory } from '../../../test/factories.js';
import { hashPassword } from '../../auth/password.js';
import { User } from '../../auth/user.entity.js';
import { ConfigError, loadConfig } from '../../config.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { DemoAccountsInProductionError, refuseDemoPasswords } from './demo-guard.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const repoRoot = path.resolve(serverRoot, '..');

describe('production and the published demo password', () => {
  it('refuses SEED_DEMO=true with NODE_ENV=production unless this is a public demo instance', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', DATABASE_URL: 'postgres://x@h/db' })).toThrow(ConfigError);
    expect(
      loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', ALLOW_DEMO_IN_PRODUCTION: 'true', DATABASE_URL: 'postgres://x@h/db' })
        .seedDemo,
    ).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
  });

  it('refuses `npm run seed` in production with a clear message', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-seed-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/db/seed/run-seed.ts'], {
        cwd: serverRoot,
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Refusing to add demo data in production/);
      expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('leaves no default database password in docker-compose.yml', () => {
    const compose = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/POSTGRES_PASSWORD:-/);
    expect(compose).toMatch(/POSTGRES_PASSWORD:\?/);
  });

  describe('at start', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await createTestApp({ seedDemo: true });
    });

    afterAll(async () => {
      await app?.stop();
    });

    it('finds the demo accounts', async () => {
      await expect(refuseDemoPasswords(app.services.database.dataSource)).rejects.toThrow(DemoAccountsInProductionError);
    });

    it('finds a staff account someone gave the demo password, and nothing once it is changed', async () => {
      const { dataSource } = app.services.database;
      await dataSource.query(`UPDATE app_user SET active = false WHERE email LIKE '%@kollektiv.example'`);
      await expect(refuseDemoPasswords(dataSource)).resolves.toBeUndefined();
      const staff = await new Factory(app).user('STAFF', null, { passwordHash: await hashPassword(DEMO_PASSWORD) });
      await expect(refuseDemoPasswords(dataSource)).rejects.toThrow(new RegExp(staff.email));
      await dataSource.getRepository(User).update({ id: staff.id }, { passwordHash: await hashPassword('a much better passphrase') });
      await expect(refuseDemoPasswords(dataSource)).resolves.toBeUndefined();
    });
  });

  it('tells the client whether this installation is a demo', async () => {
    // one after the other: embedded test databases of one process share their PGlite instance
    const real = await createTestApp({ config: { nodeEnv: 'production' } });
    try {
      expect((await real.client().data(`{ appInfo { demo } }`)).appInfo.demo).toBe(false);
    } finally {
      await real.stop();
    }
    const demo = await createTestApp({ seedDemo: true });
    try {
      expect((await demo.client().data(`{ appInfo { demo } }`)).appInfo.demo).toBe(true);
    } finally {
      await demo.stop();
    }
  });
});
