import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /healthz', () => {
  it('answers 200 while the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers 503 when the database does not', async () => {
    const database = app.services.database;
    const original = database.ping;
    database.ping = async () => false;
    try {
      const response = await fetch(`${app.url}/healthz`);
      expect(response.status).toBe(503);
    } finally {
      database.ping = original;
    }
  });
});
