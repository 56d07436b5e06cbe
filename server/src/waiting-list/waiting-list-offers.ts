import type { EntityManager } from 'typeorm';
import { personMayWaitFor, viewerOfPerson, type PersonFacts } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { draftFromJson, type BookingDraft } from '../bookings/booking-shape.js';
import { AppError } from '../shared/errors.js';
import { WaitingListEntry } from './waiting-list.entity.js';

/** How long an offer holds its slot for the first in line before it lapses and the next is offered it. */
export const WAITING_LIST_HOLD_MINUTES = 30;

/**
 * What the waiting list needs of the write unit (`BookingWrite`, which calls it): its transaction, the rooms'
 * locks, and an offer placed and inserted like any booking. Named here so this folder does not import the unit.
 */
export interface OfferingWrite {
  readonly manager: EntityManager;
  lockRooms(roomIds: readonly string[]): Promise<void>;
  /**
   * Places the draft (the house's hours and closures, nothing in the way) and inserts it HELD until `expiresAt`
   * as made by `person`, as a date of `series` when given; null when the slot cannot be had.
   */
  offer(
    draft: BookingDraft,
    person: Viewer,
    expiresAt: Date,
    now: Date,
    series: { id: string; occurrenceStart: Date } | null,
  ): Promise<BookingRecord | null>;
}

/**
 * The waiting list's part of every write that frees slots (issue 29), called once from `BookingWrite.log()`
 * before its changes are recorded, in the same transaction:
 * 1. an entry whose offer was freed is settled: a lapsed offer EXPIRED, one cancelled by its MO DECLINED;
 * 2. in join order, each waiting entry overlapping a freed slot whose wanted slot is now entirely free (and
 *    that its person may still book: their rights, the house's hours and closures) gets a HELD booking, placed
 *    and inserted through the same write, so the exclusion constraint, the change log, open screens and the
 *    OFFERED notice and e-mail see it like any new booking. Later entries find the offered slot taken.
 * The freed rooms are locked first, in order: two frees at once in one room take turns, and the second sees
 * the first's offer, so no slot is offered twice.
 */
export async function offerFreedSlots(write: OfferingWrite, freed: readonly BookingRecord[], now: Date): Promise<void> {
  if (freed.length === 0) return;
  const { manager } = write;
  await manager.query(
    `UPDATE waiting_list_entry e
        SET status = CASE WHEN b.status = 'LAPSED' THEN 'EXPIRED' ELSE 'DECLINED' END, updated_at = $2
       FROM booking b
      WHERE b.id = e.offer_booking_id AND e.status = 'OFFERED' AND b.id = ANY($1::uuid[])`,
    [freed.map((booking) => booking.id), now.toISOString()],
  );
  await write.lockRooms(freed.map((booking) => booking.roomId));
  for (const entry of await waitingFor(manager, freed)) {
    const draft: BookingDraft = {
      ...draftFromJson(entry.draft),
      roomId: entry.roomId,
      organizationId: entry.organizationId,
      start: entry.start,
      end: entry.end,
    };
    const person = entry.start.getTime() > now.getTime() ? await personOf(manager, entry.personId) : null;
    if (!person || !personMayWaitFor(person, entry.organizationId)) {
      await settle(manager, entry, 'EXPIRED', null, now);
      continue;
    }
    const holdEnds = Math.min(now.getTime() + WAITING_LIST_HOLD_MINUTES * 60_000, entry.start.getTime());
    let offer: BookingRecord | null;
    try {
      offer = await write.offer(draft, viewerOfPerson(person), new Date(holdEnds), now, await seriesDateOf(manager, entry));
    } catch (error) {
      // the room was retired, the MO deactivated, or the room is now too small: this wish cannot come true
      if (!(error instanceof AppError)) throw error;
      await settle(manager, entry, 'EXPIRED', null, now);
      continue;
    }
    // still partly taken, or the house does not offer it (closed, outside its hours): the entry keeps waiting
    if (!offer) continue;
    await settle(manager, entry, 'OFFERED', offer.id, now);
  }
}

/** The waiting entries of the freed slots' rooms that overlap one of them, first in line first, locked. */
async function waitingFor(manager: EntityManager, freed: readonly BookingRecord[]): Promise<WaitingListEntry[]> {
  const rows = await manager.query<Array<{ id: string }>>(
    `SELECT e.id FROM waiting_list_entry e
      WHERE e.status = 'WAITING'
        AND EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS f(room_id, starts_at, ends_at)
                     WHERE f.room_id = e.room_id AND f.starts_at < e.ends_at AND e.starts_at < f.ends_at)
      ORDER BY e.position
      FOR UPDATE`,
    [
      freed.map((booking) => booking.roomId),
      freed.map((booking) => booking.start.toISOString()),
      freed.map((booking) => booking.end.toISOString()),
    ],
  );
  if (rows.length === 0) return [];
  const entries = await manager.getRepository(WaitingListEntry).findBy(rows.map((row) => ({ id: row.id })));
  const order = new Map(rows.map((row, index) => [row.id, index]));
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

async function personOf(manager: EntityManager, personId: string | null): Promise<PersonFacts | null> {
  if (personId === null) return null;
  const [row] = await manager.query<Array<{ id: string; role: PersonFacts['role']; organization_id: string | null; active: boolean }>>(
    `SELECT id, role, organization_id, active FROM app_user WHERE id = $1`,
    [personId],
  );
  return row ? { id: row.id, role: row.role, organizationId: row.organization_id, active: row.active } : null;
}

/**
 * The series date an offer becomes: the entry's, unless that date has a booking row already (a date the MO
 * cancelled earlier keeps its place in the series), when the offer is a single booking.
 */
async function seriesDateOf(manager: EntityManager, entry: WaitingListEntry): Promise<{ id: string; occurrenceStart: Date } | null> {
  if (entry.seriesId === null || entry.occurrenceStart === null) return null;
  const taken: unknown[] = await manager.query(`SELECT 1 FROM booking WHERE series_id = $1 AND occurrence_start = $2`, [
    entry.seriesId,
    entry.occurrenceStart.toISOString(),
  ]);
  return taken.length > 0 ? null : { id: entry.seriesId, occurrenceStart: entry.occurrenceStart };
}

async function settle(
  manager: EntityManager,
  entry: WaitingListEntry,
  status: WaitingListEntry['status'],
  offerBookingId: string | null,
  now: Date,
): Promise<void> {
  await manager
    .getRepository(WaitingListEntry)
    .update({ id: entry.id }, { status, updatedAt: now, ...(offerBookingId === null ? {} : { offerBookingId }) });
}
