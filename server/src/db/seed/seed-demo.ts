import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { User } from '../../auth/user.entity.js';
import { Booking } from '../../bookings/booking.entity.js';
import { findBookingRecord } from '../../bookings/booking.repository.js';
import { Location } from '../../locations/location.entity.js';
import { Room } from '../../locations/room.entity.js';
import { Organization } from '../../organizations/organization.entity.js';
import { closedPeriodFor, findClosedPeriods } from '../../closures/closed-periods.js';
import { recordBookingChange } from '../../bookings/booking-log.js';
import { zonedParts, zonedTimeToInstant } from '../../shared/zoned-time.js';
import { seedNetwork } from './demo-network.js';
import { Coach, CoachingMessage, CoachingRequest, CoachingSession } from '../../coaching/coaching.entities.js';
import {
  DEMO_COACHES,
  DEMO_COACHING_REQUESTS,
  DEMO_LOCATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_WEEK,
  type DemoCoachingSession,
} from './demo-data.js';

const TIME_ZONE = 'Europe/Berlin';

export interface SeedResult {
  organizations: number;
  bookings: number;
}

/**
 * The weeks that get demo bookings, from the one containing "now": a first visitor sees a full week on any
 * day (on a Sunday the coming week is there too), and the public page finds weekly meetings in the weeks ahead.
 */
export const DEMO_WEEKS_AHEAD = 3;

/**
 * Seeds locations, rooms, MOs and demo accounts into an empty database, and makes sure the current week
 * and the `DEMO_WEEKS_AHEAD` after it have demo bookings (none on a public holiday a house closes for), so the
 * demo always looks alive. Safe to run repeatedly.
 */
export async function seedDemoData(dataSource: DataSource, now: Date): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    let organizations = 0;
    const empty = (await manager.getRepository(Location).count()) === 0;
    if (empty) organizations = await seedDirectory(manager);
    let bookings = 0;
    for (let offset = 0; offset <= DEMO_WEEKS_AHEAD; offset++) bookings += await seedWeek(manager, weekStart(now, offset), now);
    // after the weeks: a week that already holds a booking (a session's room) gets no weekly demo bookings
    if (empty) await seedCoaching(manager, now);
    if (empty) await seedNetwork(manager, now, (offset) => weekStart(now, offset));
    return { organizations, bookings };
  });
}

async function seedDirectory(manager: EntityManager): Promise<number> {
  for (const [index, demo] of DEMO_LOCATIONS.entries()) {
    const location = await manager.getRepository(Location).save({
      name: demo.name,
      address: demo.address,
      timeZone: TIME_ZONE,
      openingHours: demo.openingHours,
      sortOrder: index,
    });
    await manager.getRepository(Room).save(
      demo.rooms.map((room, roomIndex) => ({
        locationId: location.id,
        name: room.name,
        capacity: room.capacity,
        features: room.features,
        colour: room.colour,
        sortOrder: roomIndex,
        active: true,
      })),
    );
  }
  const organizations = await manager.getRepository(Organization).save(
    DEMO_ORGANIZATIONS.map((organization) => ({
      name: organization.name,
      shortName: organization.shortName,
      description: organization.description,
      languages: organization.languages,
      contactEmail: `${organization.key}@mo.example`,
      contactPhone: null,
      profilePublic: organization.profilePublic,
      // the demo's public MOs also chose to publish their contact
      publicContact: organization.profilePublic,
      active: true,
    })),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const organization = user.organizationKey
      ? organizations[DEMO_ORGANIZATIONS.findIndex((demo) => demo.key === user.organizationKey)]
      : undefined;
    await manager.getRepository(User).insert({
      email: user.email,
      name: user.name,
      role: user.role,
      organizationId: organization?.id ?? null,
      passwordHash,
      active: true,
    });
  }
  return organizations.length;
}

/** Coaches, the demo coach's account linked to the first, and a request in each state with a few notes. */
async function seedCoaching(manager: EntityManager, now: Date): Promise<void> {
  const coaches: Coach[] = [];
  for (const demo of DEMO_COACHES) {
    const user = demo.userEmail ? await manager.getRepository(User).findOneBy({ email: demo.userEmail }) : null;
    coaches.push(
      await manager.getRepository(Coach).save({
        name: demo.name,
        topics: [...demo.topics],
        languages: [...demo.languages],
        contact: demo.contact,
        active: true,
        userId: user?.id ?? null,
      }),
    );
  }
  const organizations = await manager.getRepository(Organization).find();
  for (const demo of DEMO_COACHING_REQUESTS) {
    const name = DEMO_ORGANIZATIONS.find((organization) => organization.key === demo.organizationKey)?.name;
    const organization = organizations.find((candidate) => candidate.name === name);
    if (!organization) continue;
    const request = await manager.getRepository(CoachingRequest).save({
      createdAt: new Date(now.getTime() - demo.askedDaysAgo * 86_400_000),
      organizationId: organization.id,
      topic: demo.topic,
      text: demo.text,
      languages: [...demo.languages],
      availability: [{ weekday: 2, from: '17:00', to: '20:00' }],
      deadline: demo.deadlineInDays === null ? null : new Date(now.getTime() + demo.deadlineInDays * 86_400_000),
      status: demo.status,
      coachId: demo.coachIndex === null ? null : (coaches[demo.coachIndex]?.id ?? null),
      declineReason: demo.status === 'DECLINED' ? 'Dafür vermitteln wir an das Ehrenamtsnetzwerk der Stadt.' : null,
      outcome: demo.status === 'CLOSED' ? 'Die Satzung ist beschlossen, die Eintragung beantragt.' : null,
      closedAt: demo.status === 'CLOSED' ? new Date(now.getTime() - 7 * 86_400_000) : null,
      createdById: null,
      updatedAt: now,
    });
    await manager.getRepository(CoachingMessage).save(
      demo.messages.map((message, index) => ({
        requestId: request.id,
        authorId: null,
        text: message.text,
        staffOnly: message.staffOnly,
        // a day after the request, an hour apart, so the thread reads in order on any demo day
        createdAt: new Date(request.createdAt.getTime() + 86_400_000 + index * 3_600_000),
      })),
    );
    for (const session of demo.sessions) await seedCoachingSession(manager, now, request, session);
  }
}

/**
 * A session online, or in a room as the MO's PRIVATE booking (written as the weekly demo bookings are); a room
 * closed that day (a holiday) holds no booking, so the session is then online, as staff would arrange it.
 */
async function seedCoachingSession(manager: EntityManager, now: Date, request: CoachingRequest, demo: DemoCoachingSession): Promise<void> {
  const base = { requestId: request.id, status: 'SCHEDULED' as const, cancelReason: null, createdById: null };
  const online = (start: Date, end: Date, onlineUrl: string) =>
    manager.getRepository(CoachingSession).save({ ...base, bookingId: null, roomId: null, onlineUrl, start, end });
  if ('onlineUrl' in demo) {
    const start = new Date(now.getTime() - demo.daysAgo * 86_400_000);
    await online(start, new Date(start.getTime() + demo.hours * 3_600_000), demo.onlineUrl);
    return;
  }
  const monday = weekStart(now, demo.weeksFromNow);
  const day = { ...monday, day: monday.day + demo.weekday - 1 };
  const [fromHour = 0, fromMinute = 0] = demo.from.split(':').map(Number);
  const [toHour = 0, toMinute = 0] = demo.to.split(':').map(Number);
  const start = zonedTimeToInstant({ ...day, hour: fromHour, minute: fromMinute }, TIME_ZONE);
  const end = zonedTimeToInstant({ ...day, hour: toHour, minute: toMinute }, TIME_ZONE);
  const roomName = DEMO_LOCATIONS.flatMap((location) => location.rooms).find((room) => room.key === demo.roomKey)?.name;
  const room = await manager.getRepository(Room).findOneBy({ name: roomName ?? '' });
  const closed = room ? closedPeriodFor({ roomId: room.id, start, end }, await findClosedPeriods(manager, null, start, end)) : true;
  if (!room || closed) {
    await online(start, end, 'https://meet.example/kollektiv-coaching');
    return;
  }
  const inserted = await manager.getRepository(Booking).insert({
    roomId: room.id,
    organizationId: request.organizationId,
    title: 'Coaching',
    category: 'COACHING',
    start,
    end,
    status: 'CONFIRMED',
    // others see the room taken, never the topic
    visibility: 'PRIVATE',
    expectedAttendees: null,
    notes: null,
    seriesId: null,
    createdById: null,
    version: 1,
    updatedAt: now,
  });
  const bookingId = String(inserted.identifiers[0]?.id);
  await manager.getRepository(CoachingSession).save({ ...base, bookingId, roomId: room.id, onlineUrl: null, start, end });
  // logged once the session exists, so the booking's snapshot names its coach (who reads it in full)
  const record = await findBookingRecord(manager, bookingId);
  if (record) await recordBookingChange(manager, { kind: 'CREATED', actorId: null, before: null, after: record });
}

/** Monday 00:00 Berlin time of the week `offset` weeks from the one containing `now`. */
function weekStart(now: Date, offset: number): { year: number; month: number; day: number } {
  const local = zonedParts(now, TIME_ZONE);
  const monday = new Date(Date.UTC(local.year, local.month - 1, local.day - (local.weekday - 1) + offset * 7));
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

async function seedWeek(manager: EntityManager, monday: { year: number; month: number; day: number }, now: Date): Promise<number> {
  const from = zonedTimeToInstant({ ...monday, hour: 0, minute: 0 }, TIME_ZONE);
  const to = zonedTimeToInstant({ ...monday, day: monday.day + 7, hour: 0, minute: 0 }, TIME_ZONE);
  const existing = await manager
    .getRepository(Booking)
    .createQueryBuilder('booking')
    .where('booking.starts_at >= :from AND booking.starts_at < :to', { from: from.toISOString(), to: to.toISOString() })
    .getCount();
  if (existing > 0) return 0;

  const rooms = await manager.getRepository(Room).find({ relations: { location: true } });
  const organizations = await manager.getRepository(Organization).find();
  const roomByKey = new Map<string, Room>();
  for (const demoLocation of DEMO_LOCATIONS)
    for (const demoRoom of demoLocation.rooms) {
      const room = rooms.find((candidate) => candidate.name === demoRoom.name && candidate.location?.name === demoLocation.name);
      if (room) roomByKey.set(demoRoom.key, room);
    }
  const organizationByKey = new Map<string, Organization>();
  for (const demo of DEMO_ORGANIZATIONS) {
    const organization = organizations.find((candidate) => candidate.name === demo.name);
    if (organization) organizationByKey.set(demo.key, organization);
  }

  // a house closed for a holiday (or a closure) has no bookings then, as the booking rules would have it
  const closed = await findClosedPeriods(manager, null, from, to);
  let created = 0;
  for (const demo of DEMO_WEEK) {
    const room = roomByKey.get(demo.roomKey);
    const organization = organizationByKey.get(demo.organizationKey);
    if (!room || !organization) continue;
    const day = { ...monday, day: monday.day + demo.weekday - 1 };
    const [fromHour = 0, fromMinute = 0] = demo.from.split(':').map(Number);
    const [toHour = 0, toMinute = 0] = demo.to.split(':').map(Number);
    const start = zonedTimeToInstant({ ...day, hour: fromHour, minute: fromMinute }, TIME_ZONE);
    const end = zonedTimeToInstant({ ...day, hour: toHour, minute: toMinute }, TIME_ZONE);
    if (closedPeriodFor({ roomId: room.id, start, end }, closed)) continue;
    const inserted = await manager.getRepository(Booking).insert({
      roomId: room.id,
      organizationId: organization.id,
      title: demo.title,
      category: demo.category,
      start,
      end,
      status: 'CONFIRMED',
      visibility: demo.visibility,
      expectedAttendees: demo.expectedAttendees,
      notes: null,
      seriesId: null,
      createdById: null,
      version: 1,
      updatedAt: now,
    });
    const record = await findBookingRecord(manager, String(inserted.identifiers[0]?.id));
    if (record) await recordBookingChange(manager, { kind: 'CREATED', actorId: null, before: null, after: record });
    created++;
  }
  return created;
}
