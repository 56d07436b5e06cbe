import type { DataSource, EntityManager } from 'typeorm';
import { assertMayWaitFor, hasBookingQuota, waitingListScope } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { normalizeDraft, offeredSlots } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { draftToJson, type BookingDraft } from '../bookings/booking-shape.js';
import { BookingWrite } from '../bookings/booking-write.js';
import type { BookingService } from '../bookings/booking.service.js';
import { checkNotInPast, checkWithinHorizon } from '../bookings/booking.rules.js';
import { findBookingRecord, findBookingRecords, findOverlappingMany } from '../bookings/booking.repository.js';
import type { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { BookingSeries } from '../series/booking-series.entity.js';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { OPEN_WAITING_STATUSES, WaitingListEntry } from './waiting-list.entity.js';

/** How many slots one MO's members may have it wait for at once, so nobody floods the list. */
export const WAITING_LIST_MAX_PER_ORGANIZATION = 10;

/** What an MO joins the list with: the booking it tried to make, and for a date of a series the series and date. */
export interface WaitingListJoin {
  draft: BookingDraft;
  seriesId: string | null;
  occurrenceStart: Date | null;
}

/** An entry as its MO reads it: where, for whom, the offer while there is one, and how many wait before it. */
export interface WaitingListView {
  entry: WaitingListEntry;
  room: Room & { location: Location };
  organization: Organization;
  offer: BookingRecord | null;
  /** Entries of the same room waiting for an overlapping slot that joined earlier. */
  ahead: number;
}

/**
 * The waiting list (issue 29): joining, leaving, and the MO's answer to an offer. The offers themselves are made
 * by every write that frees a slot (`waiting-list-offers.ts`); confirming and declining change the HELD booking
 * through the same write unit, so screens, notices and the audit see them like any booking change.
 */
export class WaitingListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly clock: Clock,
  ) {}

  /** The entries still in line (waiting or offered) of the viewer's MO, staff every MO's; offers first. */
  async list(viewer: Viewer): Promise<WaitingListView[]> {
    const scope = waitingListScope(viewer);
    const now = this.clock().getTime();
    const entries = (
      await this.dataSource.getRepository(WaitingListEntry).find({
        where: OPEN_WAITING_STATUSES.map((status) => ({ status, ...(scope === 'all' ? {} : { organizationId: scope.organizationId }) })),
        // the list's bound (graphql/list-cost.ts): ten open entries per MO for members, staff's beside them
        order: { start: 'ASC' },
        take: 2000,
      })
    ).filter((entry) => entry.end.getTime() > now); // a slot that has passed is waited for no more
    entries.sort((a, b) => Number(b.status === 'OFFERED') - Number(a.status === 'OFFERED') || a.start.getTime() - b.start.getTime());
    return this.views(this.dataSource.manager, entries);
  }

  async join(viewer: Viewer, join: WaitingListJoin): Promise<WaitingListView> {
    assertUuid('organizationId', join.draft.organizationId);
    assertMayWaitFor(viewer, join.draft.organizationId);
    const draft = normalizeDraft(join.draft);
    const now = this.clock();
    // nobody waits for what is over, not even staff; nor further ahead than one may book
    checkNotInPast(draft.start, now);
    checkWithinHorizon(draft.start, now, this.bookings.timeLimits().horizonDays);
    const series = await this.seriesDate(join, draft.organizationId);
    const id = await this.dataSource.transaction(async (manager) => {
      // the room's turn, as every booking write takes it: the slot is seen taken or free as it is committed
      await new BookingWrite(manager, viewer, null).lockRooms([draft.roomId]);
      // an unknown room or MO, a room too small, or a slot the house does not offer is refused as for a booking
      await offeredSlots(manager, viewer, [draft]);
      const [inTheWay] = await findOverlappingMany(manager, [draft]);
      if (!inTheWay?.length) throw badInput('start', 'SLOT_IS_FREE');
      // the MO's entries take turns, so two joins at once cannot both pass the limit
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADVISORY_LOCK.ORGANIZATION_QUOTA, draft.organizationId]);
      const open = (
        await manager
          .getRepository(WaitingListEntry)
          .findBy(OPEN_WAITING_STATUSES.map((status) => ({ status, organizationId: draft.organizationId })))
      ).filter((entry) => entry.end.getTime() > now.getTime()); // past slots count against nothing
      if (open.some((entry) => entry.roomId === draft.roomId && sameTime(entry, draft))) throw badInput('start', 'ALREADY_WAITING');
      // members are held to the limit as to the booking quota; staff wait for an MO at its request
      if (hasBookingQuota(viewer) && open.length >= WAITING_LIST_MAX_PER_ORGANIZATION)
        throw badInput('organizationId', 'WAITING_LIST_FULL', WAITING_LIST_MAX_PER_ORGANIZATION);
      const inserted = await manager.getRepository(WaitingListEntry).insert({
        organizationId: draft.organizationId,
        personId: viewerUserId(viewer),
        roomId: draft.roomId,
        start: draft.start,
        end: draft.end,
        seriesId: series?.id ?? null,
        occurrenceStart: series?.occurrenceStart ?? null,
        draft: draftToJson(draft),
        status: 'WAITING',
        offerBookingId: null,
        createdAt: now,
        updatedAt: now,
      });
      return String(inserted.identifiers[0]!.id);
    });
    return this.viewOf(viewer, id);
  }

  /** Leaves the list; an entry with an offer declines it first, so the next in line is offered the slot. */
  leave(viewer: Viewer, id: string): Promise<WaitingListView> {
    return this.answer(viewer, id, ['WAITING', 'OFFERED'], async (write, entry, offer) => {
      if (offer) await write.setStatus(offer, { status: 'CANCELLED' }, this.clock());
      await write.manager.getRepository(WaitingListEntry).update({ id: entry.id }, { status: 'LEFT', updatedAt: this.clock() });
    });
  }

  /**
   * Takes the offer up while the hold lasts: its HELD booking becomes the MO's CONFIRMED booking, or REQUESTED where
   * staff's approval rules ask for it as they would for the same booking made now.
   */
  confirm(viewer: Viewer, id: string): Promise<WaitingListView> {
    return this.answer(viewer, id, ['OFFERED'], async (write, entry, offer) => {
      const now = this.clock();
      if (!offer || offer.status !== 'HELD') throw badInput('id', 'WRONG_STATUS', entry.status);
      if (offer.expiresAt !== null && offer.expiresAt.getTime() <= now.getTime()) throw badInput('id', 'OFFER_EXPIRED');
      // taken up, it is a new booking of the MO's: where staff's approval rules ask for it, a request
      const [initial] = await this.bookings.initialStatuses(write.manager, viewer, [offer], null);
      await write.setStatus(offer, initial ?? { status: 'CONFIRMED', expiresAt: null }, now);
      await write.manager.getRepository(WaitingListEntry).update({ id: entry.id }, { status: 'BOOKED', updatedAt: now });
    });
  }

  /** Says no to the offer: its booking is cancelled, the entry DECLINED, and the next in line is offered the slot. */
  decline(viewer: Viewer, id: string): Promise<WaitingListView> {
    return this.answer(viewer, id, ['OFFERED'], async (write, entry, offer) => {
      if (!offer || offer.status !== 'HELD') throw badInput('id', 'WRONG_STATUS', entry.status);
      // the write's hook settles the entry (DECLINED) and offers the slot on
      await write.setStatus(offer, { status: 'CANCELLED' }, this.clock());
    });
  }

  /**
   * One answer to an entry in one unit of work: the offer's booking is locked before the entry, the order of the
   * writes that free it (the expiry timer, a cancellation), so the two cannot deadlock.
   */
  private async answer(
    viewer: Viewer,
    id: string,
    allowed: readonly WaitingListEntry['status'][],
    work: (write: BookingWrite, entry: WaitingListEntry, offer: BookingRecord | null) => Promise<void>,
  ): Promise<WaitingListView> {
    const scope = waitingListScope(viewer);
    const seen = await this.readable(this.dataSource.manager, scope, id);
    await this.bookings.write(viewer, async (write) => {
      if (seen.offerBookingId) await write.manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [seen.offerBookingId]);
      await write.manager.query('SELECT id FROM waiting_list_entry WHERE id = $1 FOR UPDATE', [id]);
      const entry = await this.readable(write.manager, scope, id);
      if (!allowed.includes(entry.status) || entry.offerBookingId !== seen.offerBookingId)
        throw badInput('id', 'WRONG_STATUS', entry.status);
      const offer =
        entry.status === 'OFFERED' && entry.offerBookingId ? await findBookingRecord(write.manager, entry.offerBookingId) : null;
      await work(write, entry, offer);
    });
    return this.viewOf(viewer, id);
  }

  /** The entry if the viewer's scope holds it; another MO's is NOT_FOUND, as if it did not exist. */
  private async readable(manager: EntityManager, scope: ReturnType<typeof waitingListScope>, id: string): Promise<WaitingListEntry> {
    const entry = isUuid(id) ? await manager.getRepository(WaitingListEntry).findOneBy({ id }) : null;
    if (!entry || (scope !== 'all' && entry.organizationId !== scope.organizationId)) throw notFound('WaitingListEntry', id);
    return entry;
  }

  private async viewOf(viewer: Viewer, id: string): Promise<WaitingListView> {
    const entry = await this.readable(this.dataSource.manager, waitingListScope(viewer), id);
    return (await this.views(this.dataSource.manager, [entry]))[0]!;
  }

  /** A date of a series the MO waits for: the series must be the MO's. */
  private async seriesDate(join: WaitingListJoin, organizationId: string): Promise<{ id: string; occurrenceStart: Date } | null> {
    if (join.seriesId === null) return null;
    assertUuid('seriesId', join.seriesId);
    const series = await this.dataSource.getRepository(BookingSeries).findOneBy({ id: join.seriesId });
    if (!series || series.organizationId !== organizationId) throw badInput('seriesId', 'NOT_IN_SERIES');
    if (join.occurrenceStart === null || Number.isNaN(join.occurrenceStart.getTime())) throw badInput('occurrenceStart', 'REQUIRED');
    return { id: series.id, occurrenceStart: join.occurrenceStart };
  }

  private async views(manager: EntityManager, entries: readonly WaitingListEntry[]): Promise<WaitingListView[]> {
    if (entries.length === 0) return [];
    const ids = entries.map((entry) => entry.id);
    const [rooms, organizations, offers, ahead] = await Promise.all([
      manager.getRepository(Room).find({ where: entries.map((entry) => ({ id: entry.roomId })), relations: { location: true } }),
      manager.getRepository(Organization).find({ where: entries.map((entry) => ({ id: entry.organizationId })) }),
      findBookingRecords(
        manager,
        entries.flatMap((entry) => (entry.status === 'OFFERED' && entry.offerBookingId ? [entry.offerBookingId] : [])),
      ),
      manager.query<Array<{ id: string; ahead: number }>>(
        `SELECT e.id, (SELECT count(*)::int FROM waiting_list_entry o
                        WHERE o.status = 'WAITING' AND o.room_id = e.room_id AND o.position < e.position
                          AND o.starts_at < e.ends_at AND e.starts_at < o.ends_at) AS ahead
           FROM waiting_list_entry e WHERE e.id = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    const roomById = new Map(rooms.map((room) => [room.id, room as Room & { location: Location }]));
    const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
    const offerById = new Map(offers.map((offer) => [offer.id, offer]));
    const aheadOf = new Map(ahead.map((row) => [row.id, row.ahead]));
    return entries.map((entry) => ({
      entry,
      room: roomById.get(entry.roomId)!,
      organization: organizationById.get(entry.organizationId)!,
      offer: entry.status === 'OFFERED' && entry.offerBookingId ? (offerById.get(entry.offerBookingId) ?? null) : null,
      ahead: entry.status === 'WAITING' ? (aheadOf.get(entry.id) ?? 0) : 0,
    }));
  }
}

function sameTime(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}
