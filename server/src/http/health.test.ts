import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CREATE_BOOKING } from '../../test/documents.js';
import { folderTakesWrites } from '../db/database.js';

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

  it('answers 503 and not ready when the database answers but cannot take writes (read-only or full)', async () => {
    const database = app.services.database;
    const original = database.writable;
    database.writable = async () => false;
    try {
      const response = await fetch(`${app.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'database read-only or full', ready: false });
    } finally {
      database.writable = original;
    }
  });

  it('a write the storage refuses (disk full, read-only) answers SERVICE_UNAVAILABLE with 503, not an internal error', async () => {
    const factory = new Factory(app);
    const { client } = await factory.staffClient();
    const room = await factory.room();
    const organization = await factory.organization();
    const bookings = app.services.bookings;
    const original = bookings.createBooking;
    for (const code of ['53100', '58030', '25006', 'EROFS', 'ENOSPC']) {
      bookings.createBooking = async () => {
        throw Object.assign(new Error('could not extend file'), { code });
      };
      try {
        const response = await client.request(CREATE_BOOKING, {
          input: {
            roomId: room.id,
            organizationId: organization.id,
            title: 'Probe',
            category: 'MEETING',
            start: '2026-06-02T10:00:00+02:00',
            end: '2026-06-02T11:00:00+02:00',
          },
        });
        expect(response.status, code).toBe(503);
        expect(response.errors?.[0]?.extensions?.code, code).toBe('SERVICE_UNAVAILABLE');
      } finally {
        bookings.createBooking = original;
      }
    }
  });
});

describe('folderTakesWrites', () => {
  it('says yes for a writable folder with room, no for a full one or one that is not there', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-writable-'));
    try {
      expect(await folderTakesWrites(folder)).toBe(true);
      expect(await folderTakesWrites(folder, async () => ({ bavail: 10, bsize: 4096 }))).toBe(false);
      expect(await folderTakesWrites(path.join(folder, 'gone'))).toBe(false);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
