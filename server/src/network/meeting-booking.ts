import type { EntityManager } from 'typeorm';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { ChangeEntry } from '../changes/change-log.js';
import { meetingEntry } from './network-log.js';
import { NetworkMeeting } from './network.entities.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * What a write of a meeting's booking does to its meeting: the meeting service writes both itself (`meeting`);
 * any other write (staff moving or cancelling it on the calendar, a closure) makes the meeting `follow`.
 */
export type MeetingBookings = 'follow' | 'meeting';

/**
 * A meeting whose booking another write moved, renamed or cancelled: its version goes up and it is logged as
 * the meeting's own change, so open screens and the MOs hear of it as of a change staff made to the meeting.
 * Null when the booking holds no meeting. Called after the booking's row and rooms are locked (the order of
 * the meeting service's own writes), inside the same unit.
 */
export async function followMeetingBooking(
  manager: EntityManager,
  before: BookingRecord,
  after: BookingRecord,
  actorId: string | null,
  reason: string | null,
  updatedAt: Date,
): Promise<ChangeEntry | null> {
  const locked = await manager.query<Array<{ id: string }>>('SELECT id FROM network_meeting WHERE booking_id = $1 FOR UPDATE', [before.id]);
  const id = locked[0]?.id;
  if (!id) return null;
  const meeting = await manager.getRepository(NetworkMeeting).findOneByOrFail({ id });
  // the meeting's title is its booking's
  const changed = { title: after.title, version: meeting.version + 1, updatedAt };
  await manager.getRepository(NetworkMeeting).update({ id }, changed);
  const view = (row: NetworkMeeting, booking: BookingRecord): NetworkMeetingView => ({
    ...row,
    start: booking.start,
    end: booking.end,
    roomId: booking.roomId,
    cancelled: booking.status === 'CANCELLED',
  });
  const action = after.status === 'CANCELLED' && before.status !== 'CANCELLED' ? 'CANCELLED' : 'UPDATED';
  const locationIds = [...new Set([before.room.locationId, after.room.locationId])];
  return meetingEntry(actorId, action, view(meeting, before), view({ ...meeting, ...changed }, after), locationIds, reason);
}
