import type { DataSource, EntityManager } from 'typeorm';
import { assertStaff, readableLocationIds } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import type { BookingService } from '../bookings/booking.service.js';
import { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { recordChange, type ChangeAction } from '../changes/change-log.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { nextOpening, NEXT_OPENING_HORIZON_DAYS, type OpenSpan } from './next-opening.js';
import { findClosedPeriods, type ClosedPeriod } from './closed-periods.js';
import { Closure } from './closure.entity.js';
import { applyDecisions, planDecisions, type ClosureDecision } from './closure-decisions.js';
import { moveSuggestions } from './move-suggestions.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

export interface ClosureInput {
  locationId: string;
  roomId?: string | null;
  start: Date;
  end: Date;
  reason: string;
}

/** The longest span one read of closed periods, or one closure, may cover. */
export const MAX_CLOSED_RANGE_DAYS = 800;

/** A booking a closure would lie over, with the rooms it could move to, best first. */
export interface AffectedBooking {
  booking: BookingRecord;
  suggestions: Room[];
}

export function closurePeriod(closure: Closure): ClosedPeriod {
  return {
    id: closure.id,
    kind: 'CLOSURE',
    name: closure.reason,
    holiday: null,
    date: null,
    start: closure.start,
    end: closure.end,
    locationId: closure.locationId,
    roomId: closure.roomId,
  };
}

/**
 * Holidays and closures: when the houses take no bookings. Staff enter closures; one entered over existing
 * bookings says, for each, whether it moves (to a suggested room), is cancelled with the closure's reason or
 * stays: nothing is removed, and nothing left inside, silently.
 */
export class ClosureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  /**
   * For each house, the span in which it is open at `from` or else the next one (`next-opening.ts`), from one
   * query for all their closures. The caller has read the houses, so this decides nothing about who may see them.
   */
  async nextOpenings(houses: readonly Location[], from: Date): Promise<Array<OpenSpan | null>> {
    const to = new Date(from.getTime() + (NEXT_OPENING_HORIZON_DAYS + 2) * 86_400_000);
    const closed = await findClosedPeriods(
      this.dataSource.manager,
      houses.map((house) => house.id),
      from,
      to,
    );
    return houses.map((house) =>
      nextOpening(
        house,
        from,
        closed.filter((period) => period.locationId === house.id),
      ),
    );
  }

  /** Public holidays and closures touching [from, to), of one house or of every house the viewer may see. */
  async closedPeriods(viewer: Viewer, from: Date, to: Date, locationId: string | null): Promise<ClosedPeriod[]> {
    checkRange(from, to, 'to');
    if (locationId !== null) assertUuid('locationId', locationId);
    const readable = readableLocationIds(viewer);
    const wanted = locationId === null ? readable : readable === null || readable.includes(locationId) ? [locationId] : [];
    if (wanted !== null && wanted.length === 0) return [];
    return findClosedPeriods(this.dataSource.manager, wanted, from, to);
  }

  /**
   * What entering `input` would mean: the bookings it would lie over, each with the rooms it could move to
   * (`move-suggestions.ts`, the first being the suggestion). Nothing is written.
   */
  async preview(viewer: Viewer, input: ClosureInput): Promise<AffectedBooking[]> {
    assertStaff(viewer);
    const proposed = await this.checkInput(this.dataSource.manager, input);
    const affected = await this.affectedBookings(proposed);
    const suggestions = await moveSuggestions(this.dataSource.manager, affected, closurePeriod(proposed));
    return affected.map((booking) => ({ booking, suggestions: suggestions.get(booking.id) ?? [] }));
  }

  /**
   * Enters a closure and, in the same transaction, does what staff decided for each booking it lies over
   * (`closure-decisions.ts`); one left undecided refuses the closure, so none stays inside it unnoticed.
   */
  async create(viewer: Viewer, input: ClosureInput, decisions: readonly ClosureDecision[] = []): Promise<Closure> {
    assertStaff(viewer);
    return this.bookings.write(viewer, async (write) => {
      const proposed = await this.checkInput(write.manager, input);
      const { locationId, roomId, start, end, reason } = proposed;
      // every room it closes and every room a booking moves to, at once and in order: a booking placed meanwhile
      // either committed first (and is asked about below) or waits and then meets the closure
      await write.lockRooms([
        ...(await this.roomsClosed(write.manager, proposed)),
        ...decisions.flatMap((decision) => decision.roomId ?? []),
      ]);
      const inserted = await write.manager
        .getRepository(Closure)
        .insert({ locationId, roomId, start, end, reason, createdById: viewerUserId(viewer) });
      const closure = await write.manager.getRepository(Closure).findOneByOrFail({ id: String(inserted.identifiers[0]?.id) });
      const plan = planDecisions(await this.affectedBookings(closure, write.manager, true), decisions);
      await this.log(write.manager, viewer, 'CREATED', closure, plan.kept);
      await applyDecisions(write, plan, closure.reason, this.bookings.timeLimits());
      return closure;
    });
  }

  /** Does what staff decided for each booking an existing closure lies over (those kept before included). */
  async decide(viewer: Viewer, closureId: string, decisions: readonly ClosureDecision[]): Promise<BookingRecord[]> {
    assertStaff(viewer);
    return this.bookings.write(viewer, async (write) => {
      const closure = await this.lock(write.manager, closureId);
      const plan = planDecisions(await this.affectedBookings(closure, write.manager, true), decisions);
      if (plan.kept.length > 0) await this.log(write.manager, viewer, 'UPDATED', closure, plan.kept);
      return applyDecisions(write, plan, closure.reason, this.bookings.timeLimits());
    });
  }

  /** The rooms a closure shuts: its one room, or every room of its house. */
  private async roomsClosed(manager: EntityManager, closure: Pick<Closure, 'locationId' | 'roomId'>): Promise<string[]> {
    if (closure.roomId) return [closure.roomId];
    const rooms: Array<{ id: string }> = await manager.query(`SELECT id FROM room WHERE location_id = $1`, [closure.locationId]);
    return rooms.map((room) => room.id);
  }

  /** The input checked and its house and room known: a closure not yet saved. */
  private async checkInput(manager: EntityManager, input: ClosureInput): Promise<Closure> {
    assertUuid('locationId', input.locationId);
    if (input.roomId) assertUuid('roomId', input.roomId);
    checkRange(input.start, input.end, 'end');
    const reason = cleanText('reason', input.reason, { maxLength: 200, required: true });
    const location = await manager.getRepository(Location).findOneBy({ id: input.locationId });
    if (!location) throw badInput('locationId', 'UNKNOWN_LOCATION');
    if (input.roomId) {
      const room = await manager.getRepository(Room).findOneBy({ id: input.roomId });
      if (!room || room.locationId !== location.id) throw badInput('roomId', 'UNKNOWN_ROOM');
    }
    return Object.assign(new Closure(), {
      id: 'proposed',
      locationId: location.id,
      roomId: input.roomId ?? null,
      start: input.start,
      end: input.end,
      reason,
    });
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    assertStaff(viewer);
    return this.dataSource.transaction(async (manager) => {
      const closure = await this.lock(manager, id);
      await manager.getRepository(Closure).delete({ id });
      await this.log(manager, viewer, 'DELETED', closure);
      return true;
    });
  }

  async find(viewer: Viewer, id: string): Promise<Closure> {
    assertStaff(viewer);
    const closure = isUuid(id) ? await this.dataSource.getRepository(Closure).findOneBy({ id }) : null;
    if (!closure) throw notFound('Closure', id);
    return closure;
  }

  /**
   * The active bookings a closure lies over, from now on: for staff to cancel or move. A write locks their
   * rows (in id order) before any room's lock, as every booking write does: a coaching session being moved
   * at once holds its booking, then wants the rooms.
   */
  async affectedBookings(closure: Closure, manager: EntityManager = this.dataSource.manager, lock = false): Promise<BookingRecord[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT b.id FROM booking b JOIN room r ON r.id = b.room_id
        WHERE r.location_id = $1 AND ($2::uuid IS NULL OR b.room_id = $2) AND ${holdsSlotSql('b')}
          AND b.ends_at > $5
          AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($3, $4, '[)')
        ORDER BY b.id ${lock ? 'FOR UPDATE OF b' : ''}`,
      [closure.locationId, closure.roomId, closure.start.toISOString(), closure.end.toISOString(), this.clock().toISOString()],
    );
    return findBookingRecords(
      manager,
      rows.map((row) => row.id),
    );
  }

  /** Cancels every booking the closure lies over, in one transaction (each MO hears of it live). */
  async cancelAffected(viewer: Viewer, closureId: string): Promise<BookingRecord[]> {
    assertStaff(viewer);
    return this.bookings.write(viewer, async (write) => {
      const closure = await this.lock(write.manager, closureId);
      const affected = await this.affectedBookings(closure, write.manager, true);
      const now = this.clock();
      // a coaching session in the closed room is cancelled with its booking, and its people are told
      write.sessionBookings = 'follow';
      const cancelled: BookingRecord[] = [];
      for (const booking of affected) cancelled.push(await write.cancel(booking, now));
      return cancelled;
    });
  }

  /**
   * Moves every booking the closure lies over to another room at the same times, all or none: a taken
   * slot fails with BOOKING_CONFLICT naming each one, a closed or shut room with its reason.
   */
  async moveAffected(viewer: Viewer, closureId: string, roomId: string): Promise<BookingRecord[]> {
    assertStaff(viewer);
    assertUuid('roomId', roomId);
    return this.bookings.write(viewer, async (write) => {
      const closure = await this.lock(write.manager, closureId);
      const affected = await this.affectedBookings(closure, write.manager, true);
      // a coaching session moves to the other room with its booking
      write.sessionBookings = 'follow';
      const slots = await write.placeSlots(
        affected.map((booking) => ({
          roomId,
          start: booking.start,
          end: booking.end,
          organizationId: booking.organizationId,
          expectedAttendees: booking.expectedAttendees,
          before: booking,
        })),
        { when: this.bookings.timeLimits() },
      );
      const now = this.clock();
      const moved: BookingRecord[] = [];
      for (const slot of slots) moved.push(await write.update(slot, {}, 'UPDATED', now));
      return moved;
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<Closure> {
    const locked: unknown[] = isUuid(id) ? await manager.query('SELECT id FROM closure WHERE id = $1 FOR UPDATE', [id]) : [];
    const closure = locked.length ? await manager.getRepository(Closure).findOneBy({ id }) : null;
    if (!closure) throw notFound('Closure', id);
    return closure;
  }

  /** `kept`: the bookings staff chose to leave inside the closure, so the audit says who decided that. */
  private log(manager: EntityManager, viewer: Viewer, action: ChangeAction, closure: Closure, kept: readonly BookingRecord[] = []) {
    const base = {
      id: closure.id,
      locationId: closure.locationId,
      roomId: closure.roomId,
      start: closure.start.toISOString(),
      end: closure.end.toISOString(),
      reason: closure.reason,
    };
    // the ids for whoever follows them up, the titles for the audit page, which names no booking by id
    const snapshot =
      kept.length > 0
        ? { ...base, keptBookingIds: kept.map((booking) => booking.id), keptBookings: kept.map((booking) => booking.title) }
        : base;
    return recordChange(manager, {
      entity: 'CLOSURE',
      entityId: closure.id,
      action,
      actorId: viewerUserId(viewer),
      before: action === 'CREATED' ? null : base,
      after: snapshot,
      locationIds: [closure.locationId],
      roomIds: closure.roomId ? [closure.roomId] : [],
      organizationId: null,
    });
  }
}

function checkRange(from: Date, to: Date, field: string): void {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badInput(field, 'INVALID_DATE');
  if (from.getTime() >= to.getTime()) throw badInput(field, 'END_BEFORE_START');
  if (to.getTime() - from.getTime() > MAX_CLOSED_RANGE_DAYS * 86_400_000) throw badInput(field, 'RANGE_TOO_LONG', MAX_CLOSED_RANGE_DAYS);
}
