import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Booking } from './booking.entity.js';
import type { BookingRecord } from './booking-record.js';

/** Queries that load bookings with room, location and organisation in one statement. */
export function bookingsWithRelations(manager: EntityManager): SelectQueryBuilder<Booking> {
  return manager
    .getRepository(Booking)
    .createQueryBuilder('booking')
    .innerJoinAndSelect('booking.room', 'room')
    .innerJoinAndSelect('room.location', 'location')
    .innerJoinAndSelect('booking.organization', 'organization');
}

export async function findBookingRecord(manager: EntityManager, id: string): Promise<BookingRecord | null> {
  const booking = await bookingsWithRelations(manager).where('booking.id = :id', { id }).getOne();
  return booking as BookingRecord | null;
}

export interface OverlapQuery {
  roomId: string;
  start: Date;
  end: Date;
  excludeBookingId?: string;
}

/** Active bookings in the room that overlap [start, end) — the same test the exclusion constraint applies. */
export async function findOverlapping(manager: EntityManager, query: OverlapQuery): Promise<BookingRecord[]> {
  const builder = bookingsWithRelations(manager)
    .where('booking.room_id = :roomId', { roomId: query.roomId })
    .andWhere("booking.status <> 'CANCELLED'")
    .andWhere(
      "tstzrange(booking.starts_at, booking.ends_at, '[)') && tstzrange(CAST(:start AS timestamptz), CAST(:end AS timestamptz), '[)')",
      {
        start: query.start.toISOString(),
        end: query.end.toISOString(),
      },
    )
    .orderBy('booking.starts_at');
  if (query.excludeBookingId) builder.andWhere('booking.id <> :excludeId', { excludeId: query.excludeBookingId });
  return (await builder.getMany()) as BookingRecord[];
}

export interface RangeFilter {
  from: Date;
  to: Date;
  locationIds: string[] | null;
  roomIds: string[] | null;
  publicOnly: boolean;
}

interface RangeRow {
  id: string;
  room_id: string;
  organization_id: string;
  title: string;
  category: BookingRecord['category'];
  starts_at: Date;
  ends_at: Date;
  status: BookingRecord['status'];
  visibility: BookingRecord['visibility'];
  expected_attendees: number | null;
  notes: string | null;
  series_id: string | null;
  created_by_id: string | null;
  version: number;
  updated_at: Date;
  r_location_id: string;
  r_name: string;
  r_capacity: number;
  r_features: Room['features'];
  r_colour: string;
  r_sort_order: number;
  r_active: boolean;
  l_name: string;
  l_address: string;
  l_time_zone: string;
  l_opening_hours: Location['openingHours'];
  l_sort_order: number;
  l_created_at: Date;
  o_name: string;
  o_short_name: string;
  o_description: string;
  o_languages: string[];
  o_contact_email: string | null;
  o_contact_phone: string | null;
  o_profile_public: boolean;
  o_active: boolean;
}

/**
 * The calendar's hottest read: active bookings overlapping [$1, $2) with room, location and organisation,
 * optionally only in locations $3, rooms $4, or PUBLIC ones ($5). The read benchmark's floor runs it too.
 */
export const BOOKINGS_IN_RANGE_SQL = `SELECT b.id, b.room_id, b.organization_id, b.title, b.category, b.starts_at, b.ends_at, b.status, b.visibility,
            b.expected_attendees, b.notes, b.series_id, b.created_by_id, b.version, b.updated_at,
            r.location_id AS r_location_id, r.name AS r_name, r.capacity AS r_capacity, r.features AS r_features,
            r.colour AS r_colour, r.sort_order AS r_sort_order, r.active AS r_active,
            l.name AS l_name, l.address AS l_address, l.time_zone AS l_time_zone, l.opening_hours AS l_opening_hours,
            l.sort_order AS l_sort_order, l.created_at AS l_created_at,
            o.name AS o_name, o.short_name AS o_short_name, o.description AS o_description, o.languages AS o_languages,
            o.contact_email AS o_contact_email, o.contact_phone AS o_contact_phone,
            o.profile_public AS o_profile_public, o.active AS o_active
       FROM booking b
       JOIN room r ON r.id = b.room_id
       JOIN location l ON l.id = r.location_id
       JOIN organization o ON o.id = b.organization_id
      WHERE b.status <> 'CANCELLED'
        -- the range operator, so a GiST index on the period serves it (comparing the columns scans every booking)
        AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')
        AND ($3::uuid[] IS NULL OR r.location_id = ANY($3::uuid[]))
        AND ($4::uuid[] IS NULL OR b.room_id = ANY($4::uuid[]))
        AND (NOT $5::boolean OR b.visibility = 'PUBLIC')
      ORDER BY b.starts_at, b.id`;

/**
 * Active bookings overlapping [from, to) with room, location and organisation, in one statement and
 * without ORM hydration: the calendar's hottest read. Rooms, houses and MOs are shared between records.
 */
export async function findBookingsInRange(manager: EntityManager, filter: RangeFilter): Promise<BookingRecord[]> {
  const rows: RangeRow[] = await manager.query(BOOKINGS_IN_RANGE_SQL, [
    filter.from.toISOString(),
    filter.to.toISOString(),
    filter.locationIds?.length ? filter.locationIds : null,
    filter.roomIds?.length ? filter.roomIds : null,
    filter.publicOnly,
  ]);
  const rooms = new Map<string, Room & { location: Location }>();
  const organizations = new Map<string, Organization>();
  return rows.map((row) => {
    let room = rooms.get(row.room_id);
    if (!room) {
      const location = Object.assign(new Location(), {
        id: row.r_location_id,
        name: row.l_name,
        address: row.l_address,
        timeZone: row.l_time_zone,
        openingHours: row.l_opening_hours,
        sortOrder: row.l_sort_order,
        createdAt: row.l_created_at,
      });
      room = Object.assign(new Room(), {
        id: row.room_id,
        locationId: row.r_location_id,
        name: row.r_name,
        capacity: row.r_capacity,
        features: row.r_features,
        colour: row.r_colour,
        sortOrder: row.r_sort_order,
        active: row.r_active,
        location,
      });
      rooms.set(row.room_id, room);
    }
    let organization = organizations.get(row.organization_id);
    if (!organization) {
      organization = Object.assign(new Organization(), {
        id: row.organization_id,
        name: row.o_name,
        shortName: row.o_short_name,
        description: row.o_description,
        languages: row.o_languages,
        contactEmail: row.o_contact_email,
        contactPhone: row.o_contact_phone,
        profilePublic: row.o_profile_public,
        active: row.o_active,
      });
      organizations.set(row.organization_id, organization);
    }
    return {
      id: row.id,
      roomId: row.room_id,
      organizationId: row.organization_id,
      title: row.title,
      category: row.category,
      start: new Date(row.starts_at),
      end: new Date(row.ends_at),
      status: row.status,
      visibility: row.visibility,
      expectedAttendees: row.expected_attendees,
      notes: row.notes,
      seriesId: row.series_id,
      createdById: row.created_by_id,
      version: row.version,
      updatedAt: new Date(row.updated_at),
      room,
      organization,
    };
  });
}
