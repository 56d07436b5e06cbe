import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINE, type TestApp } from '../../test/harness.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.stop();
});

async function ready(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.url}/readyz`);
  return { status: response.status, body: await response.json() };
}

describe(`GET /readyz on ${ENGINE}`, () => {
  it('answers 200 while the database answers, every migration ran and the change listener is connected', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ok', ready: true } });
  });

  it('answers 503 when the database does not answer', async () => {
    const database = app.services.database;
    const original = database.ping;
    database.ping = async () => false;
    try {
      expect(await ready()).toEqual({ status: 503, body: { status: 'database unavailable', ready: false } });
    } finally {
      database.ping = original;
    }
  });

  it('answers 503 while a migration the code knows has not run', async () => {
    const { dataSource } = app.services.database;
    const [last] = await dataSource.query<Array<{ id: number; timestamp: string; name: string }>>(
      'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    await dataSource.query('DELETE FROM migrations WHERE id = $1', [last!.id]);
    try {
      expect(await ready()).toEqual({ status: 503, body: { status: 'migrations pending', ready: false } });
    } finally {
      await dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last!.id, last!.timestamp, last!.name]);
    }
    expect((await ready()).status).toBe(200);
  });

  it('answers 503 while the change listener is disconnected', async () => {
    const database = app.services.database;
    const original = database.listening;
    database.listening = () => false;
    try {
      expect(await ready()).toEqual({ status: 503, body: { status: 'change listener disconnected', ready: false } });
    } finally {
      database.listening = original;
    }
  });

  it('answers 503 once the node drains, while /healthz still answers 200', async () => {
    const draining = await createTestApp();
    try {
      draining.services.readiness.startDraining();
      const response = await fetch(`${draining.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'draining', ready: false });
      expect((await fetch(`${draining.url}/healthz`)).status).toBe(200);
    } finally {
      await draining.stop();
    }
  });
});
