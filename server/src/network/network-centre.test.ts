import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory, WEEKDAYS_8_TO_22 } from '../../test/factories.js';
import { PROPOSE_AGENDA_ITEM } from '../../test/agenda-documents.js';
import {
  CREATE_PROPOSAL,
  INVITE_USER,
  MOVE_BOOKING,
  REQUEST_COACHING,
  SUPPORT_PROPOSAL,
  UPDATE_BOOKING,
  UPDATE_ORGANIZATION,
  UPDATE_USER,
} from '../../test/documents.js';
import { CREATE_NETWORK_MEETING, NETWORK_MEETING } from '../../test/meeting-documents.js';

/** The centre's own organisation (kind CENTRE) holds the meetings' bookings: it is nobody's MO (issue 25 review). */
let app: TestApp;
let factory: Factory;
let roomId: string;
let otherRoomId: string;
let organizationId: string;
let staff: ApiClient;
let member: ApiClient;
let centreId: string;
let meetingId: string;
let bookingId: string;

// Monday 1 June 2026, 10:00 in Leipzig; the house opens on weekdays 8–22
const NOW = '2026-06-01T08:00:00Z';
const query = <T>(sql: string, parameters: unknown[] = []) => app.services.database.dataSource.query<T[]>(sql, parameters);

let week = 0;
function nextMeeting() {
  const start = new Date(Date.parse('2026-06-09T18:00:00+02:00') + week++ * 7 * 86_400_000);
  return {
    roomId,
    title: 'Netzwerktreffen',
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    agendaDeadline: new Date(start.getTime() - 3 * 86_400_000).toISOString(),
  };
}

beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  factory = new Factory(app);
  const locationId = (await factory.location({ openingHours: WEEKDAYS_8_TO_22 })).id;
  roomId = (await factory.room({ locationId, capacity: 60 })).id;
  otherRoomId = (await factory.room({ locationId, capacity: 60 })).id;
  // an MO already called like the centre: its UNIQUE name must not stop the first meeting
  organizationId = (await factory.organization({ name: 'KolLEktiv', shortName: 'KolLEktiv' })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, { input: nextMeeting() });
  meetingId = createNetworkMeeting.id as string;
  [{ id: centreId }] = (await query<{ id: string }>(`SELECT id FROM organization WHERE kind = 'CENTRE'`)) as [{ id: string }];
  [{ id: bookingId }] = (await query<{ id: string }>('SELECT booking_id AS id FROM network_meeting WHERE id = $1', [meetingId])) as [
    { id: string },
  ];
});

afterAll(async () => {
  await app?.stop();
});

const bookingVersion = async () => (await query<{ version: number }>('SELECT version FROM booking WHERE id = $1', [bookingId]))[0]!.version;

describe('the centre’s organisation', () => {
  it('is made under a name of its own when an MO is already called KolLEktiv', async () => {
    const rows = await query<{ name: string; kind: string }>('SELECT name, kind FROM organization ORDER BY kind');
    expect(rows).toEqual([
      { name: 'KolLEktiv (Zentrum)', kind: 'CENTRE' },
      { name: 'KolLEktiv', kind: 'MO' },
    ]);
  });

  it('refuses invitations, people and coaching requests for it as an unknown organisation', async () => {
    const unknown = { code: 'BAD_USER_INPUT', extensions: { field: 'organizationId', reason: 'UNKNOWN_ORGANIZATION' } };
    expect(
      await staff.errorCode(INVITE_USER, { input: { email: 'x@centre.example', role: 'MEMBER', organizationId: centreId } }),
    ).toMatchObject(unknown);
    const other = await factory.user('MEMBER', organizationId);
    expect(await staff.errorCode(UPDATE_USER, { id: other.id, input: { organizationId: centreId } })).toMatchObject(unknown);
    const coaching = { organizationId: centreId, topic: 'FUNDING', text: 'Hilfe beim Antrag', languages: ['de'] };
    expect(await staff.errorCode(REQUEST_COACHING, { input: coaching })).toMatchObject(unknown);
  });

  it('is refused as anyone’s organisation by the database, and an MO with members cannot become it', async () => {
    const someone = await factory.user('MEMBER', organizationId);
    await expect(query('UPDATE app_user SET organization_id = $1 WHERE id = $2', [centreId, someone.id])).rejects.toThrow(/centre/);
    // the one-centre index would refuse first: free it inside a transaction that never commits
    const becomeCentre = app.services.database.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE organization SET kind = 'MO' WHERE id = $1`, [centreId]);
      await manager.query(`UPDATE organization SET kind = 'CENTRE' WHERE id = $1`, [organizationId]);
    });
    await expect(becomeCentre).rejects.toThrow(/centre/);
    expect((await query<{ kind: string }>('SELECT kind FROM organization WHERE id = $1', [centreId]))[0]!.kind).toBe('CENTRE');
  });

  it('stays active and private, and is in no list of MOs', async () => {
    const refused = (field: string) => ({ code: 'BAD_USER_INPUT', extensions: { field, reason: 'CENTRE_ORGANIZATION' } });
    expect(await staff.errorCode(UPDATE_ORGANIZATION, { id: centreId, input: { active: false } })).toMatchObject(refused('active'));
    expect(await staff.errorCode(UPDATE_ORGANIZATION, { id: centreId, input: { profilePublic: true } })).toMatchObject(
      refused('profilePublic'),
    );
    const { organizations } = await staff.data(`{ organizations(includeInactive: true) { id } }`);
    expect(organizations).toEqual([{ id: organizationId }]);
  });
});

describe('a meeting’s booking on the calendar', () => {
  it('keeps its organisation, category and visibility: BAD_USER_INPUT NETWORK_MEETING', async () => {
    for (const input of [{ organizationId }, { category: 'EVENT' }, { visibility: 'PUBLIC' }]) {
      expect(await staff.errorCode(UPDATE_BOOKING, { id: bookingId, expectedVersion: await bookingVersion(), input })).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'id', reason: 'NETWORK_MEETING' },
      });
    }
    const [booking] = await query<Record<string, unknown>>('SELECT organization_id, category, visibility FROM booking WHERE id = $1', [
      bookingId,
    ]);
    expect(booking).toEqual({ organization_id: centreId, category: 'NETWORK_MEETING', visibility: 'MEMBERS' });
  });

  it('is not the members’ to manage', async () => {
    expect(
      (await member.errorCode(UPDATE_BOOKING, { id: bookingId, expectedVersion: await bookingVersion(), input: { title: 'X' } })).code,
    ).toBe('FORBIDDEN');
  });

  it('moved before the agenda deadline takes the deadline along to the new start', async () => {
    const start = new Date(Date.parse(NOW) + 86_400_000 + 8 * 3600_000).toISOString();
    const end = new Date(Date.parse(start) + 2 * 3600_000).toISOString();
    await staff.data(MOVE_BOOKING, { id: bookingId, expectedVersion: await bookingVersion(), roomId: otherRoomId, start, end });
    const { networkMeeting } = await staff.data(NETWORK_MEETING, { id: meetingId });
    expect(networkMeeting).toMatchObject({ start, agendaDeadline: start, room: { id: otherRoomId } });
  });
});

describe('a member of an MO since deactivated', () => {
  it('proposes no topic and supports no proposal: FORBIDDEN', async () => {
    const other = (await factory.organization()).id;
    const otherMember = (await factory.memberClient(other)).client;
    const { createProposal } = await member.data(CREATE_PROPOSAL, { input: { title: 'Sommerfest', language: 'de' } });
    const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, { input: nextMeeting() });
    await query('UPDATE organization SET active = false WHERE id = $1', [other]);
    expect((await otherMember.errorCode(SUPPORT_PROPOSAL, { id: createProposal.id, support: true })).code).toBe('FORBIDDEN');
    const topic = { title: 'Räume', language: 'de' };
    expect((await otherMember.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: createNetworkMeeting.id, input: topic })).code).toBe('FORBIDDEN');
  });
});
