import type { DataSource } from 'typeorm';
import {
  assertMayCheckIn,
  assertMayCheckInAtAll,
  assertMaySetCheckInSettings,
  checkInSettingsScope,
  mayReadBooking,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { writeBookings, type WriteOptions } from '../bookings/booking-write.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import { recordChange } from '../changes/change-log.js';
import { Location } from '../locations/location.entity.js';
import { locationSnapshot } from '../locations/directory-admin.service.js';
import { badInput, isUuid, notFound } from '../shared/errors.js';
import { GRACE_MINUTES, checkInRefusal } from './check-in-window.js';

/** A house's check-in rule: whether bookings there are released when nobody checks in, and after how long. */
export interface CheckInSettings {
  locationId: string;
  required: boolean;
  graceMinutes: number;
}

/**
 * Check-in (issue 29, point 3): the MO's members, staff or the house's wall display say someone came. It goes
 * through the booking write unit like every change, so open screens, other nodes and the audit see it (UPDATED).
 */
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writing: WriteOptions,
  ) {}

  async checkIn(viewer: Viewer, bookingId: string): Promise<BookingRecord> {
    assertMayCheckInAtAll(viewer);
    if (!isUuid(bookingId)) throw notFound('Booking', bookingId);
    return writeBookings(
      this.dataSource,
      viewer,
      viewerUserId(viewer),
      async (write) => {
        // checking in changes nothing a coaching session or a network meeting keeps: neither follows nor refuses
        write.sessionBookings = 'session';
        write.meetingBookings = 'meeting';
        const now = this.writing.clock();
        const locked: unknown[] = await write.manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [bookingId]);
        const before = locked.length ? await findBookingRecord(write.manager, bookingId) : null;
        if (!before || !mayReadBooking(viewer, before, now)) throw notFound('Booking', bookingId);
        assertMayCheckIn(viewer, before, now);
        const refusal = checkInRefusal(before, now);
        if (refusal) throw badInput('bookingId', refusal);
        return write.setStatus(before, { checkedInAt: now }, now);
      },
      this.writing,
    );
  }

  /** Every active house's check-in rule (a wall display: its own house's). */
  async settings(viewer: Viewer): Promise<CheckInSettings[]> {
    const scope = checkInSettingsScope(viewer);
    const houses = await this.dataSource
      .getRepository(Location)
      .find({ where: { active: true }, order: { sortOrder: 'ASC', name: 'ASC' } });
    return houses.filter((house) => scope === null || scope.includes(house.id)).map(settingsOf);
  }

  /** Staff set a house's rule; it applies to bookings not yet due, also those made before. */
  async setSettings(viewer: Viewer, locationId: string, input: { required: boolean; graceMinutes: number }): Promise<CheckInSettings> {
    assertMaySetCheckInSettings(viewer);
    if (!isUuid(locationId)) throw notFound('Location', locationId);
    const grace = input.graceMinutes;
    if (!Number.isInteger(grace) || grace < GRACE_MINUTES.min || grace > GRACE_MINUTES.max)
      throw badInput('graceMinutes', 'OUT_OF_RANGE', `${GRACE_MINUTES.min}–${GRACE_MINUTES.max}`);
    return this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query('SELECT id FROM location WHERE id = $1 FOR UPDATE', [locationId]);
      const before = locked.length ? await manager.getRepository(Location).findOneBy({ id: locationId }) : null;
      if (!before) throw notFound('Location', locationId);
      await manager.getRepository(Location).update({ id: locationId }, { checkInRequired: input.required, checkInGraceMinutes: grace });
      const after = await manager.getRepository(Location).findOneByOrFail({ id: locationId });
      // in the audit log and to open admin pages like any change of a house
      await recordChange(manager, {
        entity: 'LOCATION',
        entityId: locationId,
        action: 'UPDATED',
        actorId: viewerUserId(viewer),
        before: { ...locationSnapshot(before), ...checkInSnapshot(before) },
        after: { ...locationSnapshot(after), ...checkInSnapshot(after) },
        locationIds: [locationId],
        roomIds: [],
        organizationId: null,
      });
      return settingsOf(after);
    });
  }
}

function settingsOf(house: Location): CheckInSettings {
  return { locationId: house.id, required: house.checkInRequired, graceMinutes: house.checkInGraceMinutes };
}

function checkInSnapshot(house: Location) {
  return { checkInRequired: house.checkInRequired, checkInGraceMinutes: house.checkInGraceMinutes };
}
