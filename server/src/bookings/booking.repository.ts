import type { EntityManager } from 'typeorm';
import { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { BookingRecord } from './booking-record.js';
import { bookingFieldsFromRow, selectBookingColumns, selectShownColumnsAsJson, type ShownFieldName } from './booking-shape.js';
import type { BookingVisibility } from './booking.enums.js';
import { holdsSlotSql } from './booking.enums.js';

export interface RangeFilter {
  from: Date;
  to: Date;
  locationIds: string[] | null;
  roomIds: string[] | null;
  publicOnly: boolean;
  /** At most this many rows are read; the caller refuses the range when it gets them all. */
  limit: number;
}

/** The joined room, house and organisation columns of a range row; the booking's own come from its shape. */
interface JoinedColumns {
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
  l_active: boolean;
  l_open_on_public_holidays: boolean;
  l_created_at: Date;
  o_name: string;
  o_short_name: string;
  o_description: string;
  o_description_translations: Record<string, string>;
  o_languages: string[];
  o_contact_email: string | null;
  o_contact_phone: string | null;
  o_profile_public: boolean;
  o_active: boolean;
  s_id: string | null;
  s_coach_id: string | null;
}

/** A booking with its room, house and organisation: the booking's own columns come from its shape. */
const RECORD_SELECT = `SELECT ${selectBookingColumns('b')},
            r.location_id AS r_location_id, r.name AS r_name, r.capacity AS r_capacity, r.features AS r_features,
            r.colour AS r_colour, r.sort_order AS r_sort_order, r.active AS r_active,
            l.name AS l_name, l.address AS l_address, l.time_zone AS l_time_zone, l.opening_hours AS l_opening_hours,
            l.sort_order AS l_sort_order, l.active AS l_active, l.open_on_public_holidays AS l_open_on_public_holidays,
            l.created_at AS l_created_at,
            o.name AS o_name, o.short_name AS o_short_name, o.description AS o_description,
            o.description_translations AS o_description_translations, o.languages AS o_languages,
            o.contact_email AS o_contact_email, o.contact_phone AS o_contact_phone,
            o.profile_public AS o_profile_public, o.active AS o_active,
            s.id AS s_id, cr.coach_id AS s_coach_id
       FROM booking b
       JOIN room r ON r.id = b.room_id
       JOIN location l ON l.id = r.location_id
       JOIN organization o ON o.id = b.organization_id
       -- the coaching session a booking holds (its coach reads it in full): one row at most, booking_id is unique
       LEFT JOIN coaching_session s ON s.booking_id = b.id
       LEFT JOIN coaching_request cr ON cr.id = s.request_id`;

/** Active bookings overlapping [$1, $2), optionally only in locations $3, rooms $4, or PUBLIC ones ($5); at most $6. */
const RANGE_WHERE = `
      WHERE ${holdsSlotSql('b')}
        -- the range operator, so a GiST index on the period serves it (comparing the columns scans every booking)
        AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')
        AND ($3::uuid[] IS NULL OR r.location_id = ANY($3::uuid[]))
        AND ($4::uuid[] IS NULL OR b.room_id = ANY($4::uuid[]))
        AND (NOT $5::boolean OR b.visibility = 'PUBLIC')
      ORDER BY b.starts_at, b.id
      LIMIT $6`;

/** The range with room, location and organisation in full, for any selection of the `bookings` query. */
export const BOOKINGS_IN_RANGE_SQL = `${RECORD_SELECT}${RANGE_WHERE}`;

/**
 * The same range as the calendar reads it: the shown columns JSON-ready, the names it draws, the series'
 * rule, and the facts the policy decides on. A third of the full record's columns and no dates to parse.
 */
export const BOOKING_ROWS_IN_RANGE_SQL = `SELECT ${selectShownColumnsAsJson('b')}, b.organization_id AS "organizationId",
            b.series_id AS "seriesId", bs.rrule AS "seriesRrule",
            b.room_id AS "roomId", r.name AS "roomName", r.location_id AS "locationId",
            o.name AS "organizationName", o.short_name AS "organizationShortName",
            s.id AS "sessionId", cr.coach_id AS "sessionCoachId"
       FROM booking b
       JOIN room r ON r.id = b.room_id
       JOIN organization o ON o.id = b.organization_id
       LEFT JOIN booking_series bs ON bs.id = b.series_id
       LEFT JOIN coaching_session s ON s.booking_id = b.id
       LEFT JOIN coaching_request cr ON cr.id = s.request_id${RANGE_WHERE}`;

/** One booking of a range as `BOOKING_ROWS_IN_RANGE_SQL` reads it: JSON-ready values, names, policy facts. */
export type BookingRow = { [K in ShownFieldName]: string | number | null } & {
  organizationId: string;
  visibility: BookingVisibility;
  seriesId: string | null;
  seriesRrule: string | null;
  roomId: string;
  roomName: string;
  locationId: string;
  organizationName: string;
  organizationShortName: string;
  sessionId: string | null;
  sessionCoachId: string | null;
};

/** Bookings by id (any status), earliest first. */
export async function findBookingRecords(manager: EntityManager, ids: readonly string[]): Promise<BookingRecord[]> {
  if (ids.length === 0) return [];
  return toRecords(await manager.query(`${RECORD_SELECT} WHERE b.id = ANY($1::uuid[]) ORDER BY b.starts_at, b.id`, [ids]));
}

export async function findBookingRecord(manager: EntityManager, id: string): Promise<BookingRecord | null> {
  return (await findBookingRecords(manager, [id]))[0] ?? null;
}

/** The occurrences of a series (any status), earliest first. */
export async function findSeriesBookings(manager: EntityManager, seriesId: string): Promise<BookingRecord[]> {
  return toRecords(await manager.query(`${RECORD_SELECT} WHERE b.series_id = $1 ORDER BY b.occurrence_start, b.id`, [seriesId]));
}

/**
 * For each slot, the active bookings in its room that overlap it (half-open, the same test the exclusion
 * constraint applies), leaving out the slot's own booking: one statement for any number of slots.
 */
export async function findOverlappingMany(
  manager: EntityManager,
  slots: ReadonlyArray<{ roomId: string; start: Date; end: Date; bookingId?: string }>,
): Promise<BookingRecord[][]> {
  if (slots.length === 0) return [];
  const pairs: Array<{ slot: number; id: string }> = await manager.query(
    `SELECT wanted.position::int - 1 AS slot, b.id
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::uuid[])
              WITH ORDINALITY AS wanted(room_id, starts_at, ends_at, booking_id, position)
       JOIN booking b ON b.room_id = wanted.room_id
                     AND ${holdsSlotSql('b')}
                     AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(wanted.starts_at, wanted.ends_at, '[)')
                     AND b.id IS DISTINCT FROM wanted.booking_id`,
    [
      slots.map((slot) => slot.roomId),
      slots.map((slot) => slot.start.toISOString()),
      slots.map((slot) => slot.end.toISOString()),
      slots.map((slot) => slot.bookingId ?? null),
    ],
  );
  const records = new Map(
    (await findBookingRecords(manager, [...new Set(pairs.map((pair) => pair.id))])).map((record) => [record.id, record]),
  );
  const bySlot: BookingRecord[][] = slots.map(() => []);
  for (const pair of pairs) bySlot[pair.slot]!.push(records.get(pair.id)!);
  for (const list of bySlot) list.sort((a, b) => a.start.getTime() - b.start.getTime());
  return bySlot;
}

/**
 * Active bookings overlapping [from, to) with room, location and organisation, in one statement and
 * without ORM hydration: the calendar's hottest read. Rooms, houses and MOs are shared between records.
 */
export async function findBookingsInRange(manager: EntityManager, filter: RangeFilter): Promise<BookingRecord[]> {
  return toRecords(await manager.query(BOOKINGS_IN_RANGE_SQL, rangeParameters(filter)));
}

/** The range as the calendar reads it (`BOOKING_ROWS_IN_RANGE_SQL`), for the pre-shaped answer. */
export async function findBookingRowsInRange(manager: EntityManager, filter: RangeFilter): Promise<BookingRow[]> {
  return manager.query(BOOKING_ROWS_IN_RANGE_SQL, rangeParameters(filter));
}

function rangeParameters(filter: RangeFilter): unknown[] {
  return [
    filter.from.toISOString(),
    filter.to.toISOString(),
    filter.locationIds?.length ? filter.locationIds : null,
    filter.roomIds?.length ? filter.roomIds : null,
    filter.publicOnly,
    filter.limit,
  ];
}

/** Rows of RECORD_SELECT as records; rooms, houses and MOs are shared between records. */
function toRecords(rows: Array<Record<string, unknown> & JoinedColumns>): BookingRecord[] {
  const rooms = new Map<string, Room & { location: Location }>();
  const organizations = new Map<string, Organization>();
  return rows.map((row) => {
    const fields = bookingFieldsFromRow(row);
    let room = rooms.get(fields.roomId);
    if (!room) {
      const location = Object.assign(new Location(), {
        id: row.r_location_id,
        name: row.l_name,
        address: row.l_address,
        timeZone: row.l_time_zone,
        openingHours: row.l_opening_hours,
        sortOrder: row.l_sort_order,
        active: row.l_active,
        openOnPublicHolidays: row.l_open_on_public_holidays,
        createdAt: row.l_created_at,
      });
      room = Object.assign(new Room(), {
        id: fields.roomId,
        locationId: row.r_location_id,
        name: row.r_name,
        capacity: row.r_capacity,
        features: row.r_features,
        colour: row.r_colour,
        sortOrder: row.r_sort_order,
        active: row.r_active,
        location,
      });
      rooms.set(fields.roomId, room);
    }
    let organization = organizations.get(fields.organizationId);
    if (!organization) {
      organization = Object.assign(new Organization(), {
        id: fields.organizationId,
        name: row.o_name,
        shortName: row.o_short_name,
        description: row.o_description,
        descriptionTranslations: row.o_description_translations,
        languages: row.o_languages,
        contactEmail: row.o_contact_email,
        contactPhone: row.o_contact_phone,
        profilePublic: row.o_profile_public,
        active: row.o_active,
      });
      organizations.set(fields.organizationId, organization);
    }
    return { ...fields, room, organization, sessionId: row.s_id, sessionCoachId: row.s_coach_id };
  });
}
