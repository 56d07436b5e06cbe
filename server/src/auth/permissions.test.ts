import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKINGS, CANCEL_BOOKING, CREATE_BOOKING, MOVE_BOOKING, UPDATE_BOOKING } from '../../test/documents.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { can, pageCarriesFirstAnswers, type BookingAction } from './policy.js';
import type { Viewer } from './viewer.js';

describe('can(viewer, action, booking)', () => {
  const anonymous: Viewer = { kind: 'anonymous' };
  const ownMember: Viewer = { kind: 'member', userId: 'u1', organizationId: 'mo-a', sessionId: 's1' };
  const otherMember: Viewer = { kind: 'member', userId: 'u2', organizationId: 'mo-b', sessionId: 's2' };
  const staff: Viewer = { kind: 'staff', userId: 'u3', sessionId: 's3' };
  const display: Viewer = { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' };
  const actions: BookingAction[] = ['view', 'viewDetails', 'viewNotes', 'manage'];

  // rows: viewer × visibility of a booking of MO a; columns: view, viewDetails, viewNotes, manage
  it.each([
    ['anonymous', anonymous, 'PUBLIC', [true, true, false, false]],
    ['anonymous', anonymous, 'MEMBERS', [false, false, false, false]],
    ['anonymous', anonymous, 'PRIVATE', [false, false, false, false]],
    ['member of the MO', ownMember, 'PUBLIC', [true, true, true, true]],
    ['member of the MO', ownMember, 'MEMBERS', [true, true, true, true]],
    ['member of the MO', ownMember, 'PRIVATE', [true, true, true, true]],
    ['member of another MO', otherMember, 'PUBLIC', [true, true, false, false]],
    ['member of another MO', otherMember, 'MEMBERS', [true, true, false, false]],
    ['member of another MO', otherMember, 'PRIVATE', [true, false, false, false]],
    ['a wall display', display, 'PUBLIC', [true, true, false, false]],
    ['a wall display', display, 'MEMBERS', [true, true, false, false]],
    ['a wall display', display, 'PRIVATE', [true, false, false, false]],
    ['staff', staff, 'PUBLIC', [true, true, true, true]],
    ['staff', staff, 'MEMBERS', [true, true, true, true]],
    ['staff', staff, 'PRIVATE', [true, true, true, true]],
  ] as const)('%s on a %s booking', (_who, viewer, visibility, expected) => {
    const booking = { organizationId: 'mo-a', visibility };
    expect(actions.map((action) => can(viewer, action, booking))).toEqual(expected);
  });
});

describe('pageCarriesFirstAnswers(viewer)', () => {
  it('lets a calendar page carry its first answers for people signed in, not for strangers or wall displays', () => {
    const viewers: Viewer[] = [
      { kind: 'anonymous' },
      { kind: 'member', userId: 'u1', organizationId: 'mo-a', sessionId: 's1' },
      { kind: 'coach', userId: 'u4', coachId: 'c1', sessionId: 's4' },
      { kind: 'staff', userId: 'u3', sessionId: 's3' },
      { kind: 'display', locationId: 'l1', displayLinkId: 'd1', timeZone: 'Europe/Berlin' },
    ];
    expect(viewers.map(pageCarriesFirstAnswers)).toEqual([false, true, true, true, false]);
  });
});

describe('permissions through the API', () => {
  let app: TestApp;
  let factory: Factory;
  let anonymous: ApiClient;
  let memberA: ApiClient;
  let memberB: ApiClient;
  let staff: ApiClient;
  let roomId: string;
  let organizationA: string;
  let organizationB: string;
  const bookings: Record<'PUBLIC' | 'MEMBERS' | 'PRIVATE', BookingRecord> = {} as never;
  const day = { from: '2026-06-02T00:00:00+02:00', to: '2026-06-03T00:00:00+02:00' };

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
    factory = new Factory(app);
    roomId = (await factory.room()).id;
    organizationA = (await factory.organization({ name: 'MO Alpha' })).id;
    organizationB = (await factory.organization({ name: 'MO Beta' })).id;
    anonymous = app.client();
    memberA = (await factory.memberClient(organizationA)).client;
    memberB = (await factory.memberClient(organizationB)).client;
    staff = (await factory.staffClient()).client;
    let hour = 8;
    for (const visibility of ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const) {
      bookings[visibility] = await factory.booking({
        roomId,
        organizationId: organizationA,
        visibility,
        title: `Titel ${visibility}`,
        notes: `Notiz ${visibility}`,
        start: `2026-06-02T${String(hour).padStart(2, '0')}:00:00+02:00`,
        end: `2026-06-02T${String(hour + 1).padStart(2, '0')}:00:00+02:00`,
      });
      hour += 2;
    }
  });

  afterAll(async () => {
    await app?.stop();
  });

  type Seen = {
    id: string;
    title: string | null;
    notes: string | null;
    organization: { id: string } | null;
    redacted: boolean;
    canManage: boolean;
  };
  const seenBy = async (client: ApiClient) => {
    const { bookings: list } = await client.data<{ bookings: Seen[] }>(BOOKINGS, day);
    return Object.fromEntries(list.map((booking) => [booking.id, booking]));
  };

  it('shows anonymous visitors only PUBLIC bookings, without notes', async () => {
    const seen = await seenBy(anonymous);
    expect(Object.keys(seen)).toEqual([bookings.PUBLIC.id]);
    expect(seen[bookings.PUBLIC.id]).toMatchObject({ title: 'Titel PUBLIC', notes: null, canManage: false });
  });

  it('shows members of another MO every booking, but no notes and no title of a PRIVATE one', async () => {
    const seen = await seenBy(memberB);
    expect(seen[bookings.PUBLIC.id]).toMatchObject({ title: 'Titel PUBLIC', notes: null, redacted: false });
    expect(seen[bookings.MEMBERS.id]).toMatchObject({ title: 'Titel MEMBERS', notes: null, redacted: false });
    expect(seen[bookings.PRIVATE.id]).toMatchObject({ title: null, notes: null, organization: null, redacted: true, canManage: false });
  });

  it('shows members of the booking MO and staff everything, notes included', async () => {
    for (const client of [memberA, staff]) {
      const seen = await seenBy(client);
      expect(seen[bookings.PRIVATE.id]).toMatchObject({ title: 'Titel PRIVATE', notes: 'Notiz PRIVATE', redacted: false, canManage: true });
      expect(seen[bookings.MEMBERS.id]).toMatchObject({ notes: 'Notiz MEMBERS' });
    }
  });

  it('answers a single MEMBERS booking asked for anonymously with NOT_FOUND', async () => {
    const error = await anonymous.errorCode(`query ($id: ID!) { booking(id: $id) { id } }`, { id: bookings.MEMBERS.id });
    expect(error.code).toBe('NOT_FOUND');
  });

  const createFor = (organizationId: string, hour: number) => ({
    input: {
      roomId,
      organizationId,
      title: 'Neu',
      category: 'MEETING',
      start: `2026-06-03T${String(hour).padStart(2, '0')}:00:00+02:00`,
      end: `2026-06-03T${String(hour + 1).padStart(2, '0')}:00:00+02:00`,
    },
  });

  it('lets members book only for their own MO; anonymous visitors not at all', async () => {
    expect((await anonymous.errorCode(CREATE_BOOKING, createFor(organizationA, 8))).code).toBe('UNAUTHENTICATED');
    expect((await memberB.errorCode(CREATE_BOOKING, createFor(organizationA, 9))).code).toBe('FORBIDDEN');
    expect((await memberA.data(CREATE_BOOKING, createFor(organizationA, 10))).createBooking.organization.id).toBe(organizationA);
    expect((await staff.data(CREATE_BOOKING, createFor(organizationB, 11))).createBooking.organization.id).toBe(organizationB);
  });

  it('lets only the own MO and staff move, change or cancel a booking', async () => {
    const booking = await factory.booking({
      roomId,
      organizationId: organizationA,
      start: '2026-06-04T10:00:00+02:00',
      end: '2026-06-04T11:00:00+02:00',
    });
    const move = (version: number, hour: number) => ({
      id: booking.id,
      expectedVersion: version,
      roomId,
      start: `2026-06-04T${hour}:00:00+02:00`,
      end: `2026-06-04T${hour + 1}:00:00+02:00`,
    });
    expect((await anonymous.errorCode(MOVE_BOOKING, move(1, 12))).code).toBe('UNAUTHENTICATED');
    expect((await memberB.errorCode(MOVE_BOOKING, move(1, 12))).code).toBe('FORBIDDEN');
    expect((await memberB.errorCode(CANCEL_BOOKING, { id: booking.id, expectedVersion: 1 })).code).toBe('FORBIDDEN');
    expect((await memberB.errorCode(UPDATE_BOOKING, { id: booking.id, expectedVersion: 1, input: { title: 'x' } })).code).toBe('FORBIDDEN');
    expect((await memberA.data(MOVE_BOOKING, move(1, 12))).moveBooking.version).toBe(2);
    expect((await staff.data(MOVE_BOOKING, move(2, 14))).moveBooking.version).toBe(3);
    // a member cannot hand the booking to another MO
    expect(
      (await memberA.errorCode(UPDATE_BOOKING, { id: booking.id, expectedVersion: 3, input: { organizationId: organizationB } })).code,
    ).toBe('FORBIDDEN');
    expect((await memberA.data(CANCEL_BOOKING, { id: booking.id, expectedVersion: 3 })).cancelBooking.status).toBe('CANCELLED');
  });

  it('does not reveal the title of another MO’s PRIVATE booking in a conflict', async () => {
    const error = await memberB.errorCode(CREATE_BOOKING, {
      input: { ...createFor(organizationB, 12).input, start: '2026-06-02T12:00:00+02:00', end: '2026-06-02T13:00:00+02:00' },
    });
    expect(error.code).toBe('BOOKING_CONFLICT');
    expect(error.extensions.conflicts).toEqual([expect.objectContaining({ id: bookings.PRIVATE.id, title: null, organizationName: null })]);
  });

  it('keeps account management to staff', async () => {
    const someone = await factory.user('MEMBER', organizationB);
    const mutation = `mutation ($userId: ID!) { setUserActive(userId: $userId, active: false) { id active } }`;
    expect((await anonymous.errorCode(mutation, { userId: someone.id })).code).toBe('UNAUTHENTICATED');
    expect((await memberA.errorCode(mutation, { userId: someone.id })).code).toBe('FORBIDDEN');
    expect((await staff.data(mutation, { userId: someone.id })).setUserActive.active).toBe(false);
  });

  it('shows organisation contacts only to signed-in users and private profiles not to anonymous visitors', async () => {
    await factory.organization({ name: 'MO Verborgen', profilePublic: false });
    const query = `{ organizations { name contactEmail } }`;
    const anonymousList = (await anonymous.data(query)).organizations as Array<{ name: string; contactEmail: string | null }>;
    expect(anonymousList.map((organization) => organization.name)).not.toContain('MO Verborgen');
    expect(anonymousList.every((organization) => organization.contactEmail === null)).toBe(true);
    const memberList = (await memberA.data(query)).organizations as Array<{ name: string; contactEmail: string | null }>;
    expect(memberList.map((organization) => organization.name)).toContain('MO Verborgen');
    expect(memberList.find((organization) => organization.name === 'MO Alpha')?.contactEmail).toBe('kontakt@mo.example');
  });
});
