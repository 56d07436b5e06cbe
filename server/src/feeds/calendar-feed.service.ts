import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus, type ICalEvent } from 'ical-generator';
import { DateTime } from 'luxon';
import { In, type DataSource } from 'typeorm';
import { ownBookingsScope, can, personFeedSessionsOf, privateFeedKinds, readsPublicBookingsOnly, viewerOfPerson } from '../auth/policy.js';
import { hashToken } from '../auth/session.service.js';
import { ANONYMOUS, viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import { Location } from '../locations/location.entity.js';
import { BookingSeries } from '../series/booking-series.entity.js';
import type { Clock } from '../shared/clock.js';
import { badInput, isUuid } from '../shared/errors.js';
import { berlinVTimezone } from './berlin-vtimezone.js';
import { planSeries, type SeriesPlan } from './series-events.js';
import { holdsSlot, type BookingStatus } from '../bookings/booking.enums.js';

export const PRIVATE_FEED_KINDS = ['ORGANIZATION', 'PERSON', 'EVERYTHING'] as const;
export type PrivateFeedKind = (typeof PRIVATE_FEED_KINDS)[number];
export type FeedKind = 'HOUSE' | 'ROOM' | PrivateFeedKind;

export interface CalendarFeed {
  kind: FeedKind;
  /** The house's or room's name, the MO's name, or empty for one's own and everything (the client words those). */
  label: string;
  /**
   * The path under the site's address, e.g. /ical/house/<id>.ics; null for a private feed made earlier, whose
   * address is kept only as a hash: it is shown when made or renewed, never again.
   */
  path: string | null;
}

/** How far back and ahead a feed reaches: calendar apps keep what they fetched. */
const PAST_DAYS = 31;
const AHEAD_DAYS = 400;
/** Rendered feeds kept, the least recently made dropped first. */
const KEPT_FEEDS = 200;

/** A feed as served: its text, and what lets a calendar app ask "has it changed?" (ETag, Last-Modified). */
export interface RenderedFeed {
  body: string;
  etag: string;
  lastModified: Date;
}

interface FeedScope {
  kind: FeedKind;
  name: string;
  /** SQL condition on booking b / room r: which bookings the feed is about; its parameters are numbered from `first` on. */
  where: (first: number) => string;
  parameters: unknown[];
  /**
   * Who reads the feed: a stranger for a public one, its owner as they are now for a private one. What of
   * each booking shows is the policy's answer for them, as in the app.
   */
  reader: Viewer;
  /** Identifies the reader in the render cache; the reader's MO or role is part of the feed's row. */
  readerKey: string;
}

/**
 * Calendar feeds (iCalendar, RFC 5545) for phones and desktop calendars: public ones per house and room
 * (PUBLIC bookings, title and MO only), private ones at a long random address per MO, per person and, for
 * staff, of everything, with all details. Renewing a private feed replaces its address.
 */
export class CalendarFeedService {
  /** Feeds rendered (or being rendered) at `renderedCursor`; a newer cursor retires them all at once. */
  private rendered = new Map<string, Promise<RenderedFeed>>();
  private renderedCursor: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The feeds this viewer may subscribe to; private ones are made on first asking. */
  async feedsFor(viewer: Viewer): Promise<CalendarFeed[]> {
    const locations = await this.dataSource.getRepository(Location).find({
      where: { active: true },
      relations: { rooms: true },
      order: { sortOrder: 'ASC', name: 'ASC' },
    });
    const feeds: CalendarFeed[] = locations.flatMap((location) => [
      { kind: 'HOUSE' as const, label: location.name, path: `/ical/house/${location.id}.ics` },
      ...(location.rooms ?? [])
        .filter((room) => room.active)
        .map((room) => ({ kind: 'ROOM' as const, label: `${room.name} (${location.name})`, path: `/ical/room/${room.id}.ics` })),
    ]);
    const userId = viewerUserId(viewer);
    if (!userId) return feeds;
    for (const kind of privateFeedKinds(viewer)) feeds.push(await this.privateFeed(viewer, userId, kind, false));
    return feeds;
  }

  /** A new address for one's private feed; the old one stops working at once. */
  async renew(viewer: Viewer, kind: string): Promise<CalendarFeed> {
    const userId = viewerUserId(viewer);
    if (!userId) return this.privateFeed(viewer, '', 'PERSON', true); // refuses: not signed in
    if (!(privateFeedKinds(viewer) as string[]).includes(kind)) throw badInput('kind', 'INVALID');
    return this.privateFeed(viewer, userId, kind as PrivateFeedKind, true);
  }

  /** The iCalendar text of a public feed (house or room), or null when there is no such house or room. */
  async publicFeed(kind: 'house' | 'room', id: string): Promise<RenderedFeed | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ name: string }> = await this.dataSource.query(
      kind === 'house'
        ? `SELECT name FROM location WHERE id = $1 AND active`
        : `SELECT r.name || ' (' || l.name || ')' AS name FROM room r JOIN location l ON l.id = r.location_id WHERE r.id = $1 AND r.active`,
      [id],
    );
    if (!rows[0]) return null;
    return this.render({
      kind: kind === 'house' ? 'HOUSE' : 'ROOM',
      name: rows[0].name,
      where: (first) => (kind === 'house' ? `r.location_id = $${first}` : `b.room_id = $${first}`),
      parameters: [id],
      reader: ANONYMOUS,
      readerKey: 'anonymous',
    });
  }

  /** The iCalendar text of a private feed by its token, or null for an unknown or renewed one. */
  async privateFeedByToken(token: string): Promise<RenderedFeed | null> {
    if (!/^[A-Za-z0-9_-]{40,100}$/.test(token)) return null;
    const rows: Array<{
      kind: PrivateFeedKind;
      user_id: string;
      organization_id: string | null;
      role: 'STAFF' | 'MEMBER' | 'COACH';
      coach_id: string | null;
      coach_active: boolean | null;
      name: string;
      org_name: string | null;
    }> = await this.dataSource.query(
      `SELECT f.kind, f.user_id, u.organization_id, u.role, c.id AS coach_id, c.active AS coach_active, u.name, o.name AS org_name
           FROM calendar_feed f JOIN app_user u ON u.id = f.user_id AND u.active
           LEFT JOIN organization o ON o.id = u.organization_id
           LEFT JOIN coach c ON c.user_id = u.id
          WHERE f.token_hash = $1`,
      [hashToken(token)],
    );
    const feed = rows[0];
    if (!feed) return null;
    const reader = viewerOfPerson({
      id: feed.user_id,
      role: feed.role,
      organizationId: feed.organization_id,
      coachId: feed.coach_id,
      coachActive: feed.coach_active === true,
      active: true,
    });
    if (!privateFeedKinds(reader).includes(feed.kind)) return null;
    const readerKey = `${feed.user_id}|${feed.role}|${feed.organization_id ?? ''}|${feed.coach_id ?? ''}`;
    const scope: FeedScope =
      feed.kind === 'EVERYTHING'
        ? { kind: 'EVERYTHING', name: 'KolLEktiv', where: () => 'true', parameters: [], reader, readerKey }
        : feed.kind === 'ORGANIZATION'
          ? {
              kind: 'ORGANIZATION',
              name: feed.org_name ?? '',
              where: (first) => `b.organization_id = $${first}`,
              parameters: [feed.organization_id],
              reader,
              readerKey,
            }
          : {
              kind: 'PERSON',
              name: feed.name,
              // what they booked, and a coach's sessions whoever booked them
              where: (first) =>
                `(b.created_by_id = $${first} OR b.id IN (SELECT s.booking_id FROM coaching_session s
                   JOIN coaching_request q ON q.id = s.request_id
                  WHERE q.coach_id = $${first + 1}::uuid AND s.booking_id IS NOT NULL))`,
              parameters: [feed.user_id, personFeedSessionsOf(reader)?.coachId ?? null],
              reader,
              readerKey,
            };
    return this.render(scope);
  }

  private async privateFeed(viewer: Viewer, userId: string, kind: PrivateFeedKind, renew: boolean): Promise<CalendarFeed> {
    const scope = ownBookingsScope(viewer); // refuses the anonymous and displays
    const token = randomBytes(36).toString('base64url');
    // only the hash is kept: the address is shown now, when it is made, and never again
    const made: unknown[] = await this.dataSource.query(
      renew
        ? `INSERT INTO calendar_feed (user_id, kind, token_hash) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now() RETURNING id`
        : `INSERT INTO calendar_feed (user_id, kind, token_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO NOTHING RETURNING id`,
      [userId, kind, hashToken(token)],
    );
    const label = kind === 'ORGANIZATION' && scope !== 'all' && scope !== 'none' ? await this.organizationName(scope.organizationId) : '';
    return { kind, label, path: made.length > 0 ? `/ical/feed/${token}.ics` : null };
  }

  private async organizationName(id: string): Promise<string> {
    const rows: Array<{ name: string }> = await this.dataSource.query('SELECT name FROM organization WHERE id = $1', [id]);
    return rows[0]?.name ?? '';
  }

  /**
   * The feed's text, rendered once per change of the change log and per day (its window moves daily): calendar
   * apps poll, and a feed of thousands of dates takes seconds to make. Every write that changes a booking, a
   * room, a house, an MO or a person's name appends to the log in its transaction, so a kept text is exactly
   * what rendering again would give while the log's newest cursor stays.
   */
  private async render(scope: FeedScope): Promise<RenderedFeed> {
    const rows: Array<{ cursor: string; occurred_at: Date | string }> = await this.dataSource.query(
      // ordered by the bigint column itself (c.cursor), not by the text it is read as: cursors are numbers
      `SELECT c.cursor::text AS cursor, c.occurred_at FROM change_log c ORDER BY c.cursor DESC LIMIT 1`,
    );
    const cursor = rows[0]?.cursor ?? '0';
    if (cursor !== this.renderedCursor) {
      this.rendered = new Map();
      this.renderedCursor = cursor;
    }
    // the window starts at the day, not the moment: every node renders the same text all day
    const day = DateTime.fromJSDate(this.clock(), { zone: 'Europe/Berlin' }).startOf('day');
    const key = JSON.stringify([scope.kind, scope.parameters, scope.readerKey, day.toISODate()]);
    const kept = this.rendered.get(key);
    if (kept) return kept;
    const changedAt = rows[0] ? new Date(rows[0].occurred_at) : new Date(0);
    // the feed last changed with the newest change, or when its window moved at the start of the day
    const lastModified = new Date(Math.floor(Math.max(changedAt.getTime(), day.toMillis()) / 1000) * 1000);
    const feed = this.renderText(scope, day.toJSDate(), lastModified).then((body) => ({
      body,
      etag: `"${createHash('sha256').update(`${cursor}|${key}`).digest('base64url').slice(0, 27)}"`,
      lastModified,
    }));
    // requests for the same feed at once share one rendering
    this.rendered.set(key, feed);
    feed.catch(() => this.rendered.delete(key));
    for (const oldest of this.rendered.keys()) {
      if (this.rendered.size <= KEPT_FEEDS) break;
      this.rendered.delete(oldest);
    }
    return feed;
  }

  /** The feed's text for the window around `day`, every event stamped `stamp` (the feed's last change). */
  private async renderText(scope: FeedScope, day: Date, stamp: Date): Promise<string> {
    const now = stamp;
    const from = new Date(day.getTime() - PAST_DAYS * 86_400_000);
    const to = new Date(day.getTime() + AHEAD_DAYS * 86_400_000);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT b.id FROM booking b JOIN room r ON r.id = b.room_id
        WHERE tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')
          AND ${scope.where(3)} ${publicOnly(scope)}
        ORDER BY b.starts_at, b.id`,
      [from.toISOString(), to.toISOString(), ...scope.parameters],
    );
    const bookings = (
      await findBookingRecords(
        this.dataSource.manager,
        rows.map((row) => row.id),
      )
    ).filter((booking) => can(scope.reader, 'viewDetails', booking));
    const calendar = ical({
      name: `KolLEktiv – ${scope.name}`,
      prodId: { company: 'KolLEktiv Leipzig', product: 'Raumbuchung', language: 'DE' },
      timezone: { name: 'Europe/Berlin', generator: berlinVTimezone },
      ttl: 60 * 60,
    });
    const seriesIds = [...new Set(bookings.flatMap((booking) => (booking.seriesId ? [booking.seriesId] : [])))];
    for (const booking of bookings) if (!booking.seriesId) this.addEvent(calendar, booking, scope.reader, now);
    for (const plan of await this.seriesPlans(seriesIds, scope)) {
      if (plan.kind === 'SINGLES') {
        const inWindow = plan.singles.filter((booking) => booking.end > from && booking.start < to);
        for (const booking of inWindow) this.addEvent(calendar, booking, scope.reader, now);
        continue;
      }
      const master = this.addEvent(calendar, { ...plan.typical, start: plan.start, end: plan.end }, scope.reader, now, {
        id: `series-${plan.typical.seriesId}@kollektiv-leipzig`,
      });
      const timeZone = plan.typical.room.location.timeZone;
      const wall = (instant: Date) => DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyyMMdd'T'HHmmss");
      master.repeating(
        [`RRULE:${plan.rrule}`, ...(plan.excluded.length ? [`EXDATE;TZID=${timeZone}:${plan.excluded.map(wall).join(',')}`] : [])].join(
          '\r\n',
        ),
      );
      for (const exception of plan.exceptions)
        this.addEvent(calendar, exception, scope.reader, now, {
          id: master.id(),
          recurrenceId: DateTime.fromJSDate(exception.occurrenceStart ?? exception.start, { zone: timeZone }),
        });
      for (const booking of plan.singles) this.addEvent(calendar, booking, scope.reader, now);
    }
    return calendar.toString();
  }

  /**
   * How each series touching the feed appears in it: all of a series' dates are read (not only those in the
   * feed's window), as a recurring event speaks for every date its rule makes.
   */
  private async seriesPlans(seriesIds: readonly string[], scope: FeedScope): Promise<SeriesPlan[]> {
    if (seriesIds.length === 0) return [];
    const seriesList = await this.dataSource.getRepository(BookingSeries).findBy({ id: In([...seriesIds]) });
    const rows: Array<{ id: string; in_scope: boolean }> = await this.dataSource.query(
      `SELECT b.id, (${scope.where(2)} ${publicOnly(scope)}) AS in_scope
         FROM booking b JOIN room r ON r.id = b.room_id
        WHERE b.series_id = ANY($1::uuid[])`,
      [seriesIds, ...scope.parameters],
    );
    const records = new Map(
      (
        await findBookingRecords(
          this.dataSource.manager,
          rows.map((row) => row.id),
        )
      ).map((record) => [record.id, record]),
    );
    return seriesList.map((series) => {
      const dates = rows.flatMap((row) => {
        const booking = records.get(row.id);
        return booking?.seriesId === series.id ? [{ booking, inScope: row.in_scope && can(scope.reader, 'viewDetails', booking) }] : [];
      });
      return planSeries(
        series,
        dates,
        dates.some((date) => date.inScope && can(scope.reader, 'viewNotes', date.booking)),
      );
    });
  }

  private addEvent(
    calendar: ReturnType<typeof ical>,
    booking: BookingRecord,
    reader: Viewer,
    now: Date,
    recurrence: { id: string; recurrenceId?: DateTime } | null = null,
  ): ICalEvent {
    const where = `${booking.room.name}, ${booking.room.location.name}${booking.room.location.address ? `, ${booking.room.location.address}` : ''}`;
    // notes as in the app: for the MO's members and staff, never in a public feed
    return calendar.createEvent({
      id: recurrence?.id ?? `${booking.id}@kollektiv-leipzig`,
      recurrenceId: recurrence?.recurrenceId ?? null,
      // in the house's wall time with its TZID: 18:00 stays 18:00 in every calendar app, whatever the season
      start: DateTime.fromJSDate(booking.start, { zone: booking.room.location.timeZone }),
      end: DateTime.fromJSDate(booking.end, { zone: booking.room.location.timeZone }),
      timezone: booking.room.location.timeZone,
      stamp: now,
      lastModified: booking.updatedAt,
      sequence: booking.version,
      status: feedStatus(booking.status),
      summary: `${booking.title} – ${booking.organization.name}`,
      location: where,
      description: can(reader, 'viewNotes', booking) && booking.notes ? booking.notes : null,
    });
  }
}

/**
 * Narrows the read to PUBLIC bookings when the policy says the reader sees no others, so a public feed does not
 * load what it would drop; each booking still passes `can` before it is shown.
 */
function publicOnly(scope: FeedScope): string {
  return readsPublicBookingsOnly(scope.reader) ? `AND b.visibility = 'PUBLIC'` : '';
}

/** A request or an offer is TENTATIVE in the reader's calendar app until staff or the MO confirm it (issue 29). */
function feedStatus(status: BookingStatus): ICalEventStatus {
  if (status === 'CONFIRMED') return ICalEventStatus.CONFIRMED;
  return holdsSlot(status) ? ICalEventStatus.TENTATIVE : ICalEventStatus.CANCELLED;
}
