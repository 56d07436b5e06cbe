import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemoData } from './seed-demo.js';

let app: TestApp;

beforeAll(async () => {
  // Wednesday 3 June 2026
  app = await createTestApp({ now: '2026-06-03T10:00:00Z', seedDemo: true });
});

afterAll(async () => {
  await app?.stop();
});

describe('demo data', () => {
  it('has three locations, one at Zschochersche Str. 50, each with three to five rooms', async () => {
    const { locations } = await app.client().data(`{ locations { name address timeZone rooms { name } } }`);
    expect(locations).toHaveLength(3);
    expect(locations.map((location: { address: string }) => location.address)).toContain('Zschochersche Str. 50, 04229 Leipzig');
    for (const location of locations) {
      expect(location.timeZone).toBe('Europe/Berlin');
      expect(location.rooms.length).toBeGreaterThanOrEqual(3);
      expect(location.rooms.length).toBeLessThanOrEqual(5);
    }
  });

  it('has about twenty MOs and the three demo accounts', async () => {
    const staff = await app.client().login('staff@kollektiv.example', DEMO_PASSWORD);
    const { organizations } = await staff.data(`{ organizations { id } }`);
    expect(organizations.length).toBeGreaterThanOrEqual(20);
    const member1 = await app.client().login('member1@kollektiv.example', DEMO_PASSWORD);
    const member2 = await app.client().login('member2@kollektiv.example', DEMO_PASSWORD);
    const me1 = (await member1.data(`{ me { role organization { id } } }`)).me;
    const me2 = (await member2.data(`{ me { role organization { id } } }`)).me;
    expect((await staff.data(`{ me { role } }`)).me.role).toBe('STAFF');
    expect(me1.role).toBe('MEMBER');
    expect(me2.role).toBe('MEMBER');
    expect(me1.organization.id).not.toBe(me2.organization.id);
  });

  it('fills the current week, and is idempotent', async () => {
    const staff = await app.client().login('staff@kollektiv.example', DEMO_PASSWORD);
    const week = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-08T00:00:00+02:00' };
    const { bookings } = await staff.data(
      `query ($from: DateTime!, $to: DateTime!) { bookings(from: $from, to: $to) { id category visibility } }`,
      week,
    );
    expect(bookings.length).toBeGreaterThanOrEqual(25);
    expect(new Set(bookings.map((booking: { category: string }) => booking.category)).size).toBeGreaterThanOrEqual(6);
    const again = await seedDemoData(app.services.database.dataSource, app.clock());
    expect(again).toEqual({ organizations: 0, bookings: 0 });
  });
});
