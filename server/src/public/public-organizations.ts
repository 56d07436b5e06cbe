import type { DataSource } from 'typeorm';
import { contactIsPublic } from '../auth/policy.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import type { Clock } from '../shared/clock.js';
import { wallClock, zonedParts } from '../shared/zoned-time.js';

/** A weekly meeting seen in an MO's public bookings: the same weekday, times and room several weeks running. */
export interface RegularMeeting {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  startTime: string;
  endTime: string;
  roomName: string;
  houseName: string;
  address: string;
}

/** A house where an MO's public bookings take place: for "meets in …" and the list of houses on the public page. */
export interface PublicHouse {
  id: string;
  name: string;
  address: string;
}

export interface PublicOrganization {
  id: string;
  shortName: string;
  name: string;
  description: string;
  descriptionTranslations: Record<string, string>;
  languages: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  /** What they do: the kinds of their public bookings. */
  categories: string[];
  regularMeetings: RegularMeeting[];
  nextEvents: BookingRecord[];
  /** Where its PUBLIC bookings take place in the coming half year, in the houses' display order. */
  houses: PublicHouse[];
}

/** The listed MOs all have a public profile (the query asks only for those). */
const published = (organization: { public_contact: boolean }) => ({ profilePublic: true, publicContact: organization.public_contact });

/** How far ahead the page looks for regular meetings and next events. */
const AHEAD_DAYS = 56;
/** A weekly slot counts as regular from this many dates within the window. */
const REGULAR_FROM = 2;
const NEXT_EVENTS = 5;
/**
 * How far ahead the page looks for where an MO meets: further than for its meetings, so a quiet week, a
 * holiday break or a single event next season still tells a neighbour which house to go to.
 */
const HOUSES_AHEAD_DAYS = 182;

/** Weekly slots that come back: "every Tuesday 18:00–20:30, Großer Saal, KolLEktiv Zschochersche Straße". */
export function regularMeetings(bookings: readonly BookingRecord[]): RegularMeeting[] {
  const slots = new Map<string, { meeting: RegularMeeting; dates: number }>();
  for (const booking of bookings) {
    const zone = booking.room.location.timeZone;
    const meeting: RegularMeeting = {
      weekday: zonedParts(booking.start, zone).weekday,
      startTime: wallClock(booking.start, zone),
      endTime: wallClock(booking.end, zone),
      roomName: booking.room.name,
      houseName: booking.room.location.name,
      address: booking.room.location.address,
    };
    const key = `${meeting.weekday}|${meeting.startTime}|${meeting.endTime}|${booking.roomId}`;
    const entry = slots.get(key) ?? { meeting, dates: 0 };
    entry.dates++;
    slots.set(key, entry);
  }
  return [...slots.values()]
    .filter((slot) => slot.dates >= REGULAR_FROM)
    .map((slot) => slot.meeting)
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
}

/**
 * The public face of the MOs (no login): only MOs with a public profile, and of their bookings only PUBLIC
 * ones — never MEMBERS or PRIVATE bookings, whose existence a stranger must not learn from this page.
 */
export class PublicOrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<PublicOrganization[]> {
    return this.load(null);
  }

  async byShortName(shortName: string): Promise<PublicOrganization | null> {
    if (shortName.length === 0 || shortName.length > 60) return null;
    return (await this.load(shortName))[0] ?? null;
  }

  private async load(shortName: string | null): Promise<PublicOrganization[]> {
    const organizations: Array<{
      id: string;
      short_name: string;
      name: string;
      description: string;
      description_translations: Record<string, string>;
      languages: string[];
      contact_email: string | null;
      contact_phone: string | null;
      public_contact: boolean;
    }> = await this.dataSource.query(
      `SELECT id, short_name, name, description, description_translations, languages, contact_email, contact_phone, public_contact
         FROM organization
        WHERE profile_public AND active AND kind = 'MO' AND ($1::text IS NULL OR lower(short_name) = lower($1))
        ORDER BY name`,
      [shortName],
    );
    if (organizations.length === 0) return [];
    const now = this.clock();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT b.id FROM booking b
        WHERE b.organization_id = ANY($1::uuid[]) AND b.visibility = 'PUBLIC' AND b.status = 'CONFIRMED'
          AND b.ends_at > $2 AND b.starts_at < $3
        ORDER BY b.starts_at, b.id`,
      [
        organizations.map((organization) => organization.id),
        now.toISOString(),
        new Date(now.getTime() + AHEAD_DAYS * 86_400_000).toISOString(),
      ],
    );
    const houses: Array<{ organization_id: string; id: string; name: string; address: string }> = await this.dataSource.query(
      `SELECT DISTINCT b.organization_id, l.id, l.name, l.address, l.sort_order FROM booking b
         JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id
        WHERE b.organization_id = ANY($1::uuid[]) AND b.visibility = 'PUBLIC' AND b.status = 'CONFIRMED' AND l.active
          AND b.ends_at > $2 AND b.starts_at < $3
        ORDER BY l.sort_order, l.name`,
      [
        organizations.map((organization) => organization.id),
        now.toISOString(),
        new Date(now.getTime() + HOUSES_AHEAD_DAYS * 86_400_000).toISOString(),
      ],
    );
    const bookings = await findBookingRecords(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return organizations.map((organization) => {
      const own = bookings.filter((booking) => booking.organizationId === organization.id);
      return {
        id: organization.id,
        shortName: organization.short_name,
        name: organization.name,
        description: organization.description,
        descriptionTranslations: organization.description_translations ?? {},
        languages: organization.languages,
        contactEmail: contactIsPublic(published(organization)) ? organization.contact_email : null,
        contactPhone: contactIsPublic(published(organization)) ? organization.contact_phone : null,
        categories: [...new Set(own.map((booking) => booking.category))].sort(),
        regularMeetings: regularMeetings(own),
        nextEvents: own.slice(0, NEXT_EVENTS),
        houses: houses
          .filter((house) => house.organization_id === organization.id)
          .map((house) => ({ id: house.id, name: house.name, address: house.address })),
      };
    });
  }
}
