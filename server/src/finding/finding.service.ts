import { In, type DataSource } from 'typeorm';
import { can, ownBookingsScope, readableLocationIds, readsPublicBookingsOnly, scopeBookingRead } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { slotVerdict, startOfCurrentSlot } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findBookingRecords, findOverlappingMany } from '../bookings/booking.repository.js';
import { MAX_DURATION_HOURS } from '../bookings/booking.rules.js';
import { findClosedPeriods, type ClosedPeriod } from '../closures/closed-periods.js';
import type { Location } from '../locations/location.entity.js';
import { minutesOfDay, spansOf } from '../locations/opening-hours.js';
import { ROOM_FEATURES, Room, type RoomFeature } from '../locations/room.entity.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid, badInput } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { zonedTimeToInstant } from '../shared/zoned-time.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

type PlacedRoom = Room & { location: Location };

export interface FreeSlot {
  roomId: string;
  start: Date;
  end: Date;
}

/** The longest range one search over bookings may cover. */
export const MAX_SEARCH_DAYS = 400;
export const MAX_SEARCH_RESULTS = 200;
export const MAX_OWN_BOOKINGS = 200;

/**
 * Finding: rooms free for a whole span (by capacity, features and house, open then, not closed, no
 * booking in the way), the free spans of a day, one's own MO's coming bookings, and bookings by title or MO.
 * Everything respects what the viewer may read (`auth/policy.ts`).
 */
export class FindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async freeRooms(
    viewer: Viewer,
    query: { from: Date; to: Date; minCapacity: number | null; features: readonly string[]; locationIds: readonly string[] | null },
  ): Promise<Room[]> {
    if (query.to.getTime() <= query.from.getTime()) throw badInput('to', 'END_BEFORE_START');
    if (query.to.getTime() - query.from.getTime() > MAX_DURATION_HOURS * 3_600_000)
      throw badInput('to', 'TOO_LONG_DURATION', MAX_DURATION_HOURS);
    if (query.minCapacity !== null && (query.minCapacity < 1 || query.minCapacity > 10_000)) throw badInput('minCapacity', 'OUT_OF_RANGE');
    for (const feature of query.features)
      if (!(ROOM_FEATURES as readonly string[]).includes(feature)) throw badInput('features', 'INVALID');
    const rooms = (await this.candidateRooms(viewer, query.locationIds)).filter(
      (room) =>
        room.capacity >= (query.minCapacity ?? 1) && query.features.every((feature) => room.features.includes(feature as RoomFeature)),
    );
    if (rooms.length === 0) return [];
    const closed = await findClosedPeriods(
      this.dataSource.manager,
      [...new Set(rooms.map((room) => room.locationId))],
      query.from,
      query.to,
    );
    const open = rooms.filter((room) => slotVerdict({ roomId: room.id, start: query.from, end: query.to }, room, closed).status === 'FREE');
    const overlapping = await findOverlappingMany(
      this.dataSource.manager,
      open.map((room) => ({ roomId: room.id, start: query.from, end: query.to })),
    );
    return open.filter((_room, index) => (overlapping[index] ?? []).length === 0);
  }

  /** The free spans of `date` (in each house's time zone) of one room or all, each at least `minMinutes` long. */
  async freeSlots(viewer: Viewer, query: { roomId: string | null; date: string; minMinutes: number | null }): Promise<FreeSlot[]> {
    if (query.roomId !== null) assertUuid('roomId', query.roomId);
    const minMinutes = query.minMinutes ?? 15;
    if (minMinutes < 15 || minMinutes > MAX_DURATION_HOURS * 60) throw badInput('minMinutes', 'OUT_OF_RANGE');
    const rooms = (await this.candidateRooms(viewer, null)).filter((room) => query.roomId === null || room.id === query.roomId);
    if (rooms.length === 0) return [];
    const [year, month, day] = query.date.split('-').map(Number) as [number, number, number];
    const days = new Map<string, { start: Date; end: Date; weekday: number }>();
    for (const room of rooms) {
      const zone = room.location.timeZone;
      if (days.has(zone)) continue;
      const start = zonedTimeToInstant({ year, month, day, hour: 0, minute: 0 }, zone);
      const end = zonedTimeToInstant({ year, month, day: day + 1, hour: 0, minute: 0 }, zone);
      days.set(zone, { start, end, weekday: ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1 });
    }
    const earliest = new Date(Math.min(...[...days.values()].map((span) => span.start.getTime())));
    const latest = new Date(Math.max(...[...days.values()].map((span) => span.end.getTime())));
    const [closed, bookings] = await Promise.all([
      findClosedPeriods(this.dataSource.manager, [...new Set(rooms.map((room) => room.locationId))], earliest, latest),
      findOverlappingMany(
        this.dataSource.manager,
        rooms.map((room) => ({ roomId: room.id, ...days.get(room.location.timeZone)! })),
      ),
    ]);
    const notBefore = startOfCurrentSlot(this.clock()).getTime();
    const minimum = minMinutes * 60_000;
    return rooms.flatMap((room, index) => {
      const dayOf = days.get(room.location.timeZone)!;
      const taken = [
        ...(bookings[index] ?? []).map((booking) => ({ start: booking.start.getTime(), end: booking.end.getTime() })),
        ...closedFor(room, closed).map((period) => ({ start: period.start.getTime(), end: period.end.getTime() })),
        { start: dayOf.start.getTime(), end: notBefore },
      ].sort((a, b) => a.start - b.start);
      return spansOf(room.location.openingHours, dayOf.weekday).flatMap((hours) => {
        const opens = zonedTimeToInstant(
          { year, month, day, hour: 0, minute: minutesOfDay(hours.opens) },
          room.location.timeZone,
        ).getTime();
        const closes = zonedTimeToInstant(
          { year, month, day, hour: 0, minute: minutesOfDay(hours.closes) },
          room.location.timeZone,
        ).getTime();
        const free: FreeSlot[] = [];
        let cursor = opens;
        for (const span of taken) {
          if (span.end <= cursor || span.start >= closes) continue;
          if (span.start - cursor >= minimum) free.push({ roomId: room.id, start: new Date(cursor), end: new Date(span.start) });
          cursor = Math.max(cursor, span.end);
        }
        if (closes - cursor >= minimum) free.push({ roomId: room.id, start: new Date(cursor), end: new Date(closes) });
        return free;
      });
    });
  }

  /** The coming bookings of the viewer's MO (staff: of every MO), soonest first. */
  async myBookings(viewer: Viewer, from: Date | null, first: number | null): Promise<BookingRecord[]> {
    const scope = ownBookingsScope(viewer);
    if (scope === 'none') return [];
    const limit = first ?? 50;
    if (limit < 1 || limit > MAX_OWN_BOOKINGS) throw badInput('first', 'OUT_OF_RANGE', MAX_OWN_BOOKINGS);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM booking
        WHERE ${holdsSlotSql()} AND ends_at > $1 AND ($2::uuid IS NULL OR organization_id = $2)
        ORDER BY starts_at, id LIMIT $3`,
      [(from ?? this.clock()).toISOString(), scope === 'all' ? null : scope.organizationId, limit],
    );
    return findBookingRecords(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
  }

  /** Bookings in [from, to) whose title or MO matches `text`, among those whose details the viewer may see. */
  async searchBookings(viewer: Viewer, query: { text: string; from: Date; to: Date }): Promise<BookingRecord[]> {
    const text = cleanText('text', query.text, { maxLength: 100, required: true });
    if ([...text].length < 2) throw badInput('text', 'TOO_SHORT', 2);
    if (query.to.getTime() <= query.from.getTime()) throw badInput('to', 'END_BEFORE_START');
    if (query.to.getTime() - query.from.getTime() > MAX_SEARCH_DAYS * 86_400_000) throw badInput('to', 'RANGE_TOO_LONG', MAX_SEARCH_DAYS);
    const range = scopeBookingRead(viewer, { from: query.from, to: query.to, locationIds: readableLocationIds(viewer) }, this.clock());
    const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT b.id FROM booking b
         JOIN organization o ON o.id = b.organization_id
         JOIN room r ON r.id = b.room_id
        WHERE ${holdsSlotSql('b')}
          AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($2, $3, '[)')
          AND ($4::uuid[] IS NULL OR r.location_id = ANY($4))
          AND ($5::boolean = false OR b.visibility = 'PUBLIC')
          AND (b.title ILIKE $1 OR o.name ILIKE $1 OR o.short_name ILIKE $1)
        ORDER BY b.starts_at, b.id LIMIT ${MAX_SEARCH_RESULTS * 2}`,
      [pattern, range.from.toISOString(), range.to.toISOString(), range.locationIds ?? null, readsPublicBookingsOnly(viewer)],
    );
    const records = await findBookingRecords(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    // a match on a title the viewer may not read must not reveal the booking
    return records.filter((record) => can(viewer, 'viewDetails', record)).slice(0, MAX_SEARCH_RESULTS);
  }

  private async candidateRooms(viewer: Viewer, locationIds: readonly string[] | null): Promise<PlacedRoom[]> {
    for (const id of locationIds ?? []) assertUuid('locationIds', id);
    const readable = readableLocationIds(viewer);
    const wanted = locationIds?.length ? locationIds.filter((id) => readable === null || readable.includes(id)) : readable;
    const rooms = await this.dataSource.getRepository(Room).find({
      where: { active: true, ...(wanted ? { locationId: In([...wanted]) } : {}) },
      relations: { location: true },
      order: { sortOrder: 'ASC', name: 'ASC' },
    });
    return rooms.filter((room): room is PlacedRoom => room.location?.active === true);
  }
}

function closedFor(room: PlacedRoom, closed: readonly ClosedPeriod[]): ClosedPeriod[] {
  return closed.filter((period) => period.locationId === room.locationId && (period.roomId === null || period.roomId === room.id));
}
