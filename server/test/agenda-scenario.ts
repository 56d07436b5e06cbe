import type { ApiClient, TestApp } from './harness.js';
import { ALWAYS_OPEN, Factory } from './factories.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The people and places of the agenda's and minutes' tests: a house open around the clock, the centre, two MOs
 * with a member each, a coach, staff, a wall display and a stranger. Meetings are written straight into the
 * database (a booking of the centre and its meeting row), so these tests stand on their own.
 */
export async function agendaScenario(app: TestApp) {
  const factory = new Factory(app);
  const locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  const roomId = (await factory.room({ locationId, capacity: 100 })).id;
  const centreId = (await factory.organization({ name: 'KolLEktiv', profilePublic: false })).id;
  // the entity leaves `kind` to the database (one CENTRE at most); the centre is made as the first meeting makes it
  await app.services.database.dataSource.query(`UPDATE organization SET kind = 'CENTRE' WHERE id = $1`, [centreId]);
  const organizationId = (await factory.organization()).id;
  const otherOrganizationId = (await factory.organization()).id;
  const staff = (await factory.staffClient()).client;
  const display = app.client();
  const link = await staff.data<{ createDisplayLink: { token: string } }>(
    `mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`,
    { l: locationId },
  );
  display.displayToken = link.createDisplayLink.token;
  const clients: Record<'anonymous' | 'member' | 'otherMember' | 'coach' | 'staff' | 'display', ApiClient> = {
    anonymous: app.client(),
    member: (await factory.memberClient(organizationId)).client,
    otherMember: (await factory.memberClient(otherOrganizationId)).client,
    coach: (await factory.coachClient()).client,
    staff,
    display,
  };
  const sql = <T>(query: string, parameters: unknown[] = []) => app.services.database.dataSource.query<T>(query, parameters);

  let slot = 0;
  const starts: number[] = [];
  /** The next of the day's twenty hours from `dayAt` that no meeting of this scenario holds yet (they share one room). */
  function freeStart(dayAt: number): Date {
    for (let tries = 0; tries < 20; tries++) {
      const start = dayAt + (slot++ % 20) * HOUR;
      if (starts.every((other) => Math.abs(other - start) >= HOUR)) {
        starts.push(start);
        return new Date(start);
      }
    }
    throw new Error('agendaScenario: twenty meetings on one day already');
  }
  /**
   * A meeting of two hours starting `inDays` after the clock's now (a fresh hour of that day each time, so no two
   * meet), its agenda deadline `deadlineHoursBefore` hours before its start.
   */
  async function meeting(
    inDays: number,
    deadlineHoursBefore = 48,
  ): Promise<{ id: string; start: Date; deadline: Date; bookingId: string }> {
    const start = freeStart(app.clock().getTime() + inDays * DAY);
    const booking = await factory.booking({
      roomId,
      organizationId: centreId,
      start: start.toISOString(),
      end: new Date(start.getTime() + HOUR).toISOString(),
      title: 'Netzwerktreffen',
      category: 'NETWORK_MEETING',
      visibility: 'MEMBERS',
    });
    const deadline = new Date(start.getTime() - deadlineHoursBefore * HOUR);
    const [row] = await sql<Array<{ id: string }>>(
      `INSERT INTO network_meeting (booking_id, title, agenda_deadline) VALUES ($1, 'Netzwerktreffen', $2) RETURNING id`,
      [booking.id, deadline],
    );
    return { id: row!.id, start, deadline, bookingId: booking.id };
  }

  /** Calls a meeting off the way the calendar does: its booking is cancelled. */
  async function callOff(meetingId: string): Promise<void> {
    await sql(`UPDATE booking SET status = 'CANCELLED' FROM network_meeting m WHERE m.id = $1 AND booking.id = m.booking_id`, [meetingId]);
  }

  /** An MO's proposal between meetings, written straight into the database. */
  async function proposal(ofOrganizationId: string): Promise<string> {
    const [row] = await sql<Array<{ id: string }>>(
      `INSERT INTO proposal (organization_id, title, language) VALUES ($1, 'Ein Klavier am Samstag', 'de') RETURNING id`,
      [ofOrganizationId],
    );
    return row!.id;
  }

  async function changeCount(entity: string): Promise<number> {
    const [row] = await sql<Array<{ n: number }>>('SELECT count(*)::int AS n FROM change_log WHERE entity = $1', [entity]);
    return row?.n ?? 0;
  }

  return {
    factory,
    locationId,
    roomId,
    centreId,
    organizationId,
    otherOrganizationId,
    clients,
    sql,
    meeting,
    callOff,
    proposal,
    changeCount,
  };
}

export const FIFTY_KB = 'x'.repeat(50 * 1024);
