import { DateTime } from 'luxon';
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

  it('has coaching requests in each state, the demo coach seeing only those assigned to them', async () => {
    const query = `{ coachingRequests { status coach { name } messages { staffOnly } } }`;
    const staff = await app.client().login('staff@kollektiv.example', DEMO_PASSWORD);
    const all = (await staff.data(query)).coachingRequests as Array<{ status: string; coach: { name: string } | null }>;
    expect(new Set(all.map((request) => request.status))).toEqual(new Set(['REQUESTED', 'ASSIGNED', 'SCHEDULED', 'CLOSED', 'DECLINED']));
    const coach = await app.client().login('coach@kollektiv.example', DEMO_PASSWORD);
    expect((await coach.data(`{ me { role } }`)).me.role).toBe('COACH');
    const assigned = (await coach.data(query)).coachingRequests as Array<{ coach: { name: string } }>;
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((request) => request.coach.name === 'Amira Haddad')).toBe(true);
    expect(assigned.length).toBeLessThan(all.length);
  });

  it('has a network meeting held with minutes, the next one with answers and agenda, and proposals in each state', async () => {
    const member = await app.client().login('member2@kollektiv.example', DEMO_PASSWORD);
    const { networkMeetings } = await member.data<{
      networkMeetings: Array<{
        state: string;
        minutes: string | null;
        decisions: Array<{ state: string }>;
        agenda: Array<{ status: string }>;
        attendingCount: number;
        myResponse: { attending: boolean } | null;
      }>;
    }>(
      `query ($from: DateTime!, $to: DateTime!) {
        networkMeetings(from: $from, to: $to) { state minutes decisions { state } agenda { status } attendingCount myResponse { attending } }
      }`,
      { from: '2026-04-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
    );
    expect(networkMeetings.map((meeting) => meeting.state)).toEqual(['HELD', 'COMING']);
    const [held, coming] = networkMeetings;
    expect(held?.minutes).toContain('Sommerfest');
    expect(new Set(held?.decisions.map((decision) => decision.state))).toEqual(new Set(['OPEN', 'DONE']));
    expect(coming?.minutes).toBeNull();
    expect(coming?.attendingCount).toBe(4);
    expect(coming?.myResponse).toEqual({ attending: true });
    expect(new Set(coming?.agenda.map((item) => item.status))).toEqual(new Set(['ACCEPTED', 'PROPOSED']));
    const { proposals } = await member.data<{ proposals: Array<{ status: string; supportCount: number }> }>(
      '{ proposals { status supportCount } }',
    );
    expect(proposals.map((proposal) => proposal.status)).toEqual(['PLANNED', 'OPEN', 'DONE', 'DECLINED']);
    expect(proposals.map((proposal) => proposal.supportCount)).toEqual([5, 3, 2, 0]);
  });

  it("has a coming session in a room, booked as the MO's private booking, and a past one online", async () => {
    const staff = await app.client().login('staff@kollektiv.example', DEMO_PASSWORD);
    const { coachingRequests } = await staff.data(
      `{ coachingRequests(status: [SCHEDULED, CLOSED]) { status sessions { start end onlineUrl status room { id } } } }`,
    );
    const sessions = (
      coachingRequests as Array<{
        status: string;
        sessions: Array<{ start: string; onlineUrl: string | null; room: { id: string } | null }>;
      }>
    ).flatMap((request) => request.sessions.map((session) => ({ ...session, request: request.status })));
    const inRoom = sessions.find((session) => session.request === 'SCHEDULED');
    expect(inRoom?.room).not.toBeNull();
    expect(new Date(inRoom!.start).getTime()).toBeGreaterThan(Date.parse('2026-06-03T10:00:00Z'));
    const { bookings } = await staff.data(
      `{ bookings(from: "2026-06-08T00:00:00+02:00", to: "2026-06-15T00:00:00+02:00") { start category visibility room { id } } }`,
    );
    expect(bookings).toContainEqual({ start: inRoom!.start, category: 'COACHING', visibility: 'PRIVATE', room: inRoom!.room });
    const online = sessions.find((session) => session.request === 'CLOSED');
    expect(online?.onlineUrl).toMatch(/^https:\/\//);
    expect(new Date(online!.start).getTime()).toBeLessThan(Date.parse('2026-06-03T10:00:00Z'));
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

describe('the demo looks alive on any day it is started', () => {
  const BOOKINGS_AND_HOLIDAYS = `query ($from: DateTime!, $to: DateTime!) {
    bookings(from: $from, to: $to) { start room { locationId } }
    holidays(from: $from, to: $to) { date }
  }`;

  it.each([
    ['a Sunday in December', '2026-12-06T15:00:00+01:00'],
    ['Christmas Eve at 23:30', '2026-12-24T23:30:00+01:00'],
    ['New Year’s Eve, a minute to midnight', '2026-12-31T23:59:00+01:00'],
    ['Easter Sunday, the day the clocks go forward', '2027-03-28T03:30:00+02:00'],
    ['the day the clocks go back, in the repeated hour', '2027-10-31T02:30:00+01:00'],
    ['29 February', '2028-02-29T12:00:00+01:00'],
  ])('%s: the current week and the seven days ahead are full, holidays stay free, the Monday choir is regular', async (_day, now) => {
    const demo = await createTestApp({ now, seedDemo: true });
    try {
      const staff = await demo.client().login('staff@kollektiv.example', DEMO_PASSWORD);
      const today = DateTime.fromISO(now).setZone('Europe/Berlin').startOf('day');
      const week = { from: today.startOf('week').toISO(), to: today.startOf('week').plus({ weeks: 1 }).toISO() };
      const ahead = { from: today.toISO(), to: today.plus({ days: 7 }).toISO() };
      for (const range of [week, ahead]) {
        const { bookings, holidays } = await staff.data<{
          bookings: Array<{ start: string }>;
          holidays: Array<{ date: string }>;
        }>(BOOKINGS_AND_HOLIDAYS, range);
        // a week of demo bookings has 35; Christmas week keeps more than half of them
        expect(bookings.length).toBeGreaterThanOrEqual(18);
        const closedDates = new Set(holidays.map((holiday) => holiday.date));
        const onHolidays = bookings.filter((booking) =>
          closedDates.has(DateTime.fromISO(booking.start).setZone('Europe/Berlin').toISODate()!),
        );
        expect(onHolidays).toEqual([]);
      }
      const { publicOrganizations } = await demo.client().data<{
        publicOrganizations: Array<{ shortName: string; regularMeetings: Array<{ weekday: number; startTime: string }> }>;
      }>(`{ publicOrganizations { shortName regularMeetings { weekday startTime } } }`);
      const kalyna = publicOrganizations.find((organization) => organization.shortName === 'Kalyna');
      expect(kalyna?.regularMeetings).toContainEqual({ weekday: 1, startTime: '18:00' });
    } finally {
      await demo.stop();
    }
  });
});
