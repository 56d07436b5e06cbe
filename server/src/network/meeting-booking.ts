import type { EntityManager } from 'typeorm';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingFields } from '../bookings/booking-shape.js';
import type { ChangeEntry } from '../changes/change-log.js';
import { badInput } from '../shared/errors.js';
import { meetingEntry } from './network-log.js';
import { NetworkMeeting } from './network.entities.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * What a write of a meeting's booking does to its meeting: the meeting service writes both itself (`meeting`);
 * any other write (staff moving or cancelling it on the calendar, a closure) makes the meeting `follow`.
 */
export type MeetingBookings = 'follow' | 'meeting';

/** What a meeting's booking keeps whoever else writes it: it is the centre's, a network meeting, seen by members. */
const MEETING_OWN_FIELDS = ['organizationId', 'category', 'visibility'] as const;

/**
 * The meeting a booking holds, its row locked for the caller's transaction; null when it holds none. Whether a
 * booking holds a meeting is its row, not the booking's category, which a write could have changed.
 * Refuses (BAD_USER_INPUT NETWORK_MEETING) a change of what the meeting service alone decides.
 */
export async function lockMeetingOfBooking(
  manager: EntityManager,
  before: BookingRecord,
  values: Partial<BookingFields>,
): Promise<string | null> {
  const locked = await manager.query<Array<{ id: string }>>('SELECT id FROM network_meeting WHERE booking_id = $1 FOR UPDATE', [before.id]);
  const id = locked[0]?.id ?? null;
  if (id && MEETING_OWN_FIELDS.some((field) => values[field] !== undefined && values[field] !== before[field]))
    throw badInput('id', 'NETWORK_MEETING');
  return id;
}

/**
 * A meeting whose booking another write moved, renamed or cancelled: its version goes up and it is logged as
 * the meeting's own change, so open screens and the MOs hear of it as of a change staff made to the meeting.
 * Called with the meeting `lockMeetingOfBooking` locked, after the booking's row and rooms (the order of the
 * meeting service's own writes), inside the same unit.
 */
export async function followMeetingBooking(
  manager: EntityManager,
  id: string,
  before: BookingRecord,
  after: BookingRecord,
  actorId: string | null,
  reason: string | null,
  updatedAt: Date,
): Promise<ChangeEntry> {
  const meeting = await manager.getRepository(NetworkMeeting).findOneByOrFail({ id });
  // the meeting's title is its booking's; topics cannot be proposed after it started, wherever it was moved
  const agendaDeadline = meeting.agendaDeadline.getTime() > after.start.getTime() ? after.start : meeting.agendaDeadline;
  const changed = { title: after.title, agendaDeadline, version: meeting.version + 1, updatedAt };
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
