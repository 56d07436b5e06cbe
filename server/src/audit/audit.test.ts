import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { AUDIT_LOG, CREATE_BOOKING, MOVE_BOOKING, SET_USER_ACTIVE, UPDATE_ROOM } from '../../test/documents.js';

interface Entry {
  cursor: string;
  entity: string;
  entityId: string;
  action: string;
  actor: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let staffId: string;
let member: ApiClient;
let memberId: string;
let organizationId: string;
let otherOrganizationId: string;
let locationId: string;
let roomId: string;
let otherRoomId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  roomId = (await factory.room({ locationId })).id;
  otherRoomId = (await factory.room()).id;
  organizationId = (await factory.organization()).id;
  otherOrganizationId = (await factory.organization()).id;
  const staffLogin = await factory.staffClient();
  staff = staffLogin.client;
  staffId = staffLogin.user.id;
  const memberLogin = await factory.memberClient(organizationId);
  member = memberLogin.client;
  memberId = memberLogin.user.id;

  // the steps the audit page should show
  const { createBooking } = await member.data(CREATE_BOOKING, {
    input: {
      roomId,
      organizationId,
      title: 'Chor',
      category: 'CHOIR',
      start: '2026-06-02T18:00:00+02:00',
      end: '2026-06-02T20:00:00+02:00',
    },
  });
  await staff.data(MOVE_BOOKING, {
    id: createBooking.id,
    expectedVersion: 1,
    roomId,
    start: '2026-06-02T19:00:00+02:00',
    end: '2026-06-02T21:00:00+02:00',
  });
  await staff.data(UPDATE_ROOM, { id: roomId, input: { name: 'Großer Saal' } });
  await factory.booking({
    roomId: otherRoomId,
    organizationId: otherOrganizationId,
    start: '2026-06-03T10:00:00+02:00',
    end: '2026-06-03T11:00:00+02:00',
  });
  await staff.data(SET_USER_ACTIVE, { userId: (await factory.user('MEMBER', otherOrganizationId)).id, active: false });
});

afterAll(async () => {
  await app?.stop();
});

const entries = async (variables: Record<string, unknown>) =>
  (await staff.data(AUDIT_LOG, variables)).auditLog as { entries: Entry[]; hasMore: boolean };

describe('the audit log', () => {
  it('lists every change newest first, with who, what, before and after', async () => {
    const { entries: all } = await entries({ first: 200 });
    const cursors = all.map((entry) => BigInt(entry.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a > b ? -1 : 1)));
    const move = all.find((entry) => entry.entity === 'BOOKING' && entry.action === 'UPDATED')!;
    expect(move).toMatchObject({
      actor: { id: staffId },
      before: { title: 'Chor', start: '2026-06-02T16:00:00.000Z' },
      after: { title: 'Chor', start: '2026-06-02T17:00:00.000Z' },
    });
    const created = all.find((entry) => entry.entity === 'BOOKING' && entry.action === 'CREATED' && entry.entityId === move.entityId)!;
    expect(created.actor).toEqual({ id: memberId, name: 'Test MEMBER' });
    const rename = all.find((entry) => entry.entity === 'ROOM')!;
    expect(rename).toMatchObject({ action: 'UPDATED', before: { name: expect.stringMatching(/^Raum /) }, after: { name: 'Großer Saal' } });
    const deactivation = all.find((entry) => entry.entity === 'USER')!;
    expect(deactivation).toMatchObject({ action: 'DEACTIVATED', before: { active: true }, after: { active: false } });
    expect(JSON.stringify(deactivation)).not.toMatch(/scrypt|password/i);
  });

  it('filters by MO, house, room, person and date range', async () => {
    const byMo = (await entries({ filter: { organizationId } })).entries;
    expect(byMo.map((entry) => [entry.entity, entry.action])).toEqual([
      ['BOOKING', 'UPDATED'],
      ['BOOKING', 'CREATED'],
    ]);
    const byOtherMo = (await entries({ filter: { organizationId: otherOrganizationId } })).entries;
    expect(byOtherMo.map((entry) => [entry.entity, entry.action])).toEqual([
      ['USER', 'DEACTIVATED'],
      ['BOOKING', 'CREATED'],
    ]);
    const byHouse = (await entries({ filter: { locationId } })).entries;
    expect(byHouse.map((entry) => entry.entity)).toEqual(['ROOM', 'BOOKING', 'BOOKING']);
    const byRoom = (await entries({ filter: { roomId: otherRoomId } })).entries;
    expect(byRoom).toHaveLength(1);
    const byPerson = (await entries({ filter: { actorId: memberId } })).entries;
    expect(byPerson.map((entry) => entry.action)).toEqual(['CREATED']);
    const future = (await entries({ filter: { from: new Date(Date.now() + 3600_000).toISOString() } })).entries;
    expect(future).toEqual([]);
    const recent = (
      await entries({ filter: { from: new Date(Date.now() - 3600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() } })
    ).entries;
    expect(recent.length).toBeGreaterThanOrEqual(5);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const { entries: all } = await entries({ first: 200 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { entries: Entry[]; hasMore: boolean } = await entries({ first: 2, after });
      seen.push(...page.entries.map((entry) => entry.cursor));
      if (!page.hasMore) break;
      after = page.entries.at(-1)!.cursor;
    }
    expect(seen).toEqual(all.map((entry) => entry.cursor));
  });

  it('refuses a page size out of range and a malformed cursor', async () => {
    expect((await staff.errorCode(AUDIT_LOG, { first: 1000 })).extensions).toMatchObject({ field: 'first', reason: 'OUT_OF_RANGE' });
    expect((await staff.errorCode(AUDIT_LOG, { after: 'yesterday' })).extensions).toMatchObject({
      field: 'after',
      reason: 'INVALID_CURSOR',
    });
  });
});
