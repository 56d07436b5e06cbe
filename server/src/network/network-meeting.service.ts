import type { DataSource } from 'typeorm';
import { assertMayManageNetwork, assertMayReadNetwork } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { normalizeDraft } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingDraft } from '../bookings/booking-shape.js';
import { newBooking, type BookingWrite } from '../bookings/booking-write.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import { checkTimeRange } from '../bookings/booking.rules.js';
import type { BookingService } from '../bookings/booking.service.js';
import { Room } from '../locations/room.entity.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { meetingStateOf } from './meeting-state.js';
import {
  checkAgendaDeadline,
  cleanCancelReason,
  cleanDescription,
  cleanLanguageTags,
  cleanMeetingTitle,
  cleanSeries,
  MAX_OFFERED_LANGUAGES,
} from './network-input.js';
import { meetingEntry } from './network-log.js';
import { centreOrganizationId, findMeetingsInRange, findMeetingView, lockMeeting, MAX_MEETING_RANGE_DAYS } from './network-meetings.js';
import { seriesTimes } from './network-series.js';
import { NetworkMeeting } from './network.entities.js';
import type { NetworkMeetingInput, NetworkMeetingView, UpdateNetworkMeetingInput } from './network.types.js';

/**
 * Network meetings (issue 25). Each holds its room with a MEMBERS booking of the centre's own organisation,
 * written through the booking write unit like any booking, so opening hours, closures, retired rooms and the
 * exclusion constraint apply and a conflict names the taken slot; the meeting row, its booking and their
 * change-log entries are one transaction (the write unit's log also tells `tellNetworkChanges`). Staff write
 * them, so no quota applies (`hasBookingQuota`).
 */
export class NetworkMeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  async list(viewer: Viewer, from: Date, to: Date): Promise<NetworkMeetingView[]> {
    assertMayReadNetwork(viewer);
    if (Number.isNaN(from.getTime())) throw badInput('from', 'INVALID_DATE');
    if (Number.isNaN(to.getTime())) throw badInput('to', 'INVALID_DATE');
    if (from.getTime() >= to.getTime()) throw badInput('to', 'END_BEFORE_START');
    if (to.getTime() - from.getTime() > MAX_MEETING_RANGE_DAYS * 86_400_000) throw badInput('to', 'RANGE_TOO_LONG', MAX_MEETING_RANGE_DAYS);
    return findMeetingsInRange(this.dataSource.manager, from, to);
  }

  async find(viewer: Viewer, id: string): Promise<NetworkMeetingView> {
    assertMayReadNetwork(viewer);
    const meeting = isUuid(id) ? await findMeetingView(this.dataSource.manager, id) : null;
    if (!meeting) throw notFound('NetworkMeeting', id);
    return meeting;
  }

  /** One meeting, or a series of them (each its own meeting, all or none booked); the first is returned. */
  async create(viewer: Viewer, input: NetworkMeetingInput): Promise<NetworkMeetingView> {
    assertMayManageNetwork(viewer);
    const title = cleanMeetingTitle(input.title);
    const description = cleanDescription(input.description);
    const interpretationLanguages = cleanLanguageTags('interpretationLanguages', input.interpretationLanguages, MAX_OFFERED_LANGUAGES);
    const series = cleanSeries(input.repeatEveryWeeks, input.repeatCount);
    checkAgendaDeadline(input.agendaDeadline, input.start);
    assertUuid('roomId', input.roomId);
    checkTimeRange(input.start, input.end);
    const id = await this.bookings.write(viewer, async (write) => {
      write.meetingBookings = 'meeting';
      const room = await write.manager.getRepository(Room).findOne({ where: { id: input.roomId }, relations: { location: true } });
      if (!room?.location) throw badInput('roomId', 'UNKNOWN_ROOM');
      const times = seriesTimes(input, series, room.location.timeZone);
      const organizationId = await centreOrganizationId(write.manager);
      const drafts = times.map((when) => normalizeDraft(this.draft(input.roomId, organizationId, title, when)));
      const slots = await write.placeSlots(drafts, { when: this.bookings.timeLimits() });
      const now = this.clock();
      const created = await write.insert(drafts.map((draft, index) => newBooking(draft, slots[index]!, viewer, now)));
      const ids: string[] = [];
      for (const [index, booking] of created.entries()) {
        const saved = await write.manager.getRepository(NetworkMeeting).save({
          bookingId: booking.id,
          title,
          description,
          agendaDeadline: times[index]!.agendaDeadline,
          interpretationLanguages,
          minutes: null,
          minutesPublishedAt: null,
          remindedUnansweredAt: null,
          remindedComingAt: null,
          createdById: viewerUserId(viewer),
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        const after = await findMeetingView(write.manager, saved.id);
        write.note(meetingEntry(viewerUserId(viewer), 'CREATED', null, after!, [room.locationId]));
        ids.push(saved.id);
      }
      return ids[0]!;
    });
    return this.load(id);
  }

  /**
   * Only the fields given change; a new room or time moves the booking through the write unit (a closure,
   * the opening hours or another booking refuse it as they refuse any move). `expectedVersion`, when given,
   * must be the meeting's version, so a change made meanwhile is not overwritten unseen.
   */
  async update(viewer: Viewer, id: string, input: UpdateNetworkMeetingInput, expectedVersion: number | null): Promise<NetworkMeetingView> {
    assertMayManageNetwork(viewer);
    const title = input.title != null ? cleanMeetingTitle(input.title) : null;
    const description = input.description != null ? cleanDescription(input.description) : null;
    const languages =
      input.interpretationLanguages != null
        ? cleanLanguageTags('interpretationLanguages', input.interpretationLanguages, MAX_OFFERED_LANGUAGES)
        : null;
    await this.change(viewer, id, input.roomId ?? null, async (write, before, booking) => {
      if (expectedVersion != null && expectedVersion !== before.version)
        throw new AppError(ErrorCode.StaleVersion, { expectedVersion, currentVersion: before.version });
      const now = this.clock();
      const draft = normalizeDraft(
        this.draft(input.roomId ?? before.roomId, booking.organizationId, title ?? before.title, {
          start: input.start ?? before.start,
          end: input.end ?? before.end,
        }),
      );
      const agendaDeadline = input.agendaDeadline ?? before.agendaDeadline;
      checkAgendaDeadline(agendaDeadline, draft.start);
      const moved =
        draft.roomId !== before.roomId || draft.start.getTime() !== before.start.getTime() || draft.end.getTime() !== before.end.getTime();
      // a meeting that took place keeps its room and time in the record; its words may still be corrected
      if (moved && meetingStateOf(before, now) === 'HELD') throw badInput('id', 'PAST_BOOKING');
      if (moved || draft.title !== booking.title) {
        const [slot] = await write.placeSlots([{ ...draft, before: booking }], {
          when: moved ? this.bookings.timeLimits() : undefined,
          offered: 'refuse-moved',
        });
        await write.update(slot!, { ...draft, status: 'CONFIRMED' }, 'UPDATED', now);
      }
      await write.manager.getRepository(NetworkMeeting).update(
        { id: before.id },
        {
          title: draft.title,
          description: description ?? before.description,
          agendaDeadline,
          interpretationLanguages: languages ?? before.interpretationLanguages,
          version: before.version + 1,
          updatedAt: now,
        },
      );
      return 'UPDATED';
    });
    return this.load(id);
  }

  /** Calls a meeting off: its booking is cancelled (the room is free again) with the reason MOs are told. */
  async cancel(viewer: Viewer, id: string, reason: string | null): Promise<NetworkMeetingView> {
    assertMayManageNetwork(viewer);
    const why = cleanCancelReason(reason);
    await this.change(viewer, id, null, async (write, before, booking) => {
      const now = this.clock();
      if (meetingStateOf(before, now) === 'HELD') throw badInput('id', 'PAST_BOOKING');
      write.reason = why;
      await write.cancel(booking, now);
      await write.manager.getRepository(NetworkMeeting).update({ id: before.id }, { version: before.version + 1, updatedAt: now });
      return 'CANCELLED';
    });
    return this.load(id);
  }

  /**
   * The shared path of changing a meeting, in the lock order of the booking writes: the booking's row, the
   * rooms a move may take (`placeSlots` takes them again, held already), then the meeting's row, which answers
   * and agenda writes lock too. A called-off meeting is changed no more.
   */
  private async change(
    viewer: Viewer,
    id: string,
    newRoomId: string | null,
    change: (write: BookingWrite, before: NetworkMeetingView, booking: BookingRecord) => Promise<'UPDATED' | 'CANCELLED'>,
  ): Promise<void> {
    if (!isUuid(id)) throw notFound('NetworkMeeting', id);
    if (newRoomId !== null && !isUuid(newRoomId)) throw badInput('roomId', 'INVALID_ID');
    await this.bookings.write(viewer, async (write) => {
      write.meetingBookings = 'meeting';
      const found = await findMeetingView(write.manager, id);
      if (!found) throw notFound('NetworkMeeting', id);
      // the booking of a meeting never changes, so reading it before the locks is safe
      await write.manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [found.bookingId]);
      const booking = await findBookingRecord(write.manager, found.bookingId);
      if (!booking) throw notFound('NetworkMeeting', id);
      await write.lockRooms([booking.roomId, ...(newRoomId ? [newRoomId] : [])]);
      await lockMeeting(write.manager, id);
      const before = await findMeetingView(write.manager, id);
      if (!before) throw notFound('NetworkMeeting', id);
      if (before.cancelled) throw badInput('id', 'ALREADY_CANCELLED');
      const action = await change(write, before, booking);
      const after = await findMeetingView(write.manager, id);
      const locations = await write.manager.query<Array<{ location_id: string }>>(
        'SELECT DISTINCT location_id FROM room WHERE id = ANY($1::uuid[])',
        [[before.roomId, after!.roomId]],
      );
      write.note(
        meetingEntry(
          viewerUserId(viewer),
          action,
          before,
          after!,
          locations.map((row) => row.location_id),
          write.reason,
        ),
      );
    });
  }

  private draft(roomId: string, organizationId: string, title: string, when: { start: Date; end: Date }): BookingDraft {
    return {
      roomId,
      organizationId,
      title,
      category: 'NETWORK_MEETING',
      start: when.start,
      end: when.end,
      // members of every MO see the meeting in the calendar; strangers see the room taken
      visibility: 'MEMBERS',
      expectedAttendees: null,
      notes: null,
    };
  }

  private async load(id: string): Promise<NetworkMeetingView> {
    const meeting = await findMeetingView(this.dataSource.manager, id);
    if (!meeting) throw notFound('NetworkMeeting', id);
    return meeting;
  }
}
