import { In, type DataSource } from 'typeorm';
import {
  assertSignedIn,
  mayBookInThePast,
  mayCancelCoachingSession,
  mayMoveCoachingSession,
  mayReadCoachingRequest,
  mayScheduleCoachingSession,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { checkWhen, normalizeDraft } from '../bookings/booking-checks.js';
import { checkTimeRange } from '../bookings/booking.rules.js';
import { draftOf } from '../bookings/booking-shape.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import type { BookingService } from '../bookings/booking.service.js';
import { newBooking, type BookingWrite } from '../bookings/booking-write.js';
import type { Clock } from '../shared/clock.js';
import { badInput, forbidden, isUuid, notFound } from '../shared/errors.js';
import { cleanCoachingText, DECLINE_REASON_MAX } from './coaching-input.js';
import { CoachingRequest, CoachingSession } from './coaching.entities.js';
import { assertStepAllowed } from './coaching.enums.js';
import { lockReadableRequest } from './coaching.service.js';
import {
  lockBookings,
  lockRequest,
  lockSessions,
  SessionBookingChanged,
  sessionEntry,
  setRequestStatus,
  untilSessionBookingsSettle,
} from './session-booking.js';

/** The most scheduled sessions one request holds at a time; cancelled ones do not count. */
export const MAX_SESSIONS = 50;
/** The most sessions one request holds in all, cancelled ones too, so that its list is never cut short. */
export const MAX_SESSIONS_IN_ALL = 4 * MAX_SESSIONS;
const ONLINE_URL = /^https:\/\/\S+$/;

export interface CoachingSessionDraft {
  start: Date;
  end: Date;
  roomId?: string | null;
  onlineUrl?: string | null;
}

/**
 * Coaching sessions. One in a room is a PRIVATE booking of the MO written through the booking write unit
 * (`placeSlots`, then `insert` or `update`), so opening hours, closures, retired rooms and the exclusion
 * constraint apply as to any booking and a conflict names the taken slot; the session, the booking and the
 * request's new state are one transaction and one change-log batch. The write unit refuses to change a
 * session's booking on its own (`sessionBookings`), and the database refuses a commit that leaves the two
 * apart (the `coaching_session_matches_booking` trigger): this service writes both (and closing a request,
 * which cancels the coming ones). Sessions do not count against the MO's booking quota (`checkQuota` leaves
 * their bookings out): they are the centre's service, booked by its side.
 */
export class CoachingSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  /**
   * The sessions of each request, oldest first, cancelled ones too, in one query however many requests a list
   * shows (`CoachingRequest.sessions` asks through a loader, after the policy let the viewer read the request).
   */
  async sessionsOfRequests(requestIds: readonly string[]): Promise<CoachingSession[][]> {
    const sessions = await this.dataSource.getRepository(CoachingSession).find({
      where: { requestId: In([...new Set(requestIds)]) },
      order: { start: 'ASC', id: 'ASC' },
    });
    // a request holds at most MAX_SESSIONS_IN_ALL (the write refuses more): the cut only guards the answer's size
    return requestIds.map((id) => sessions.filter((session) => session.requestId === id).slice(0, MAX_SESSIONS_IN_ALL));
  }

  /** The request's coach or staff book a session in a room or online; the request is SCHEDULED then. */
  async schedule(viewer: Viewer, requestId: string, draft: CoachingSessionDraft): Promise<CoachingSession> {
    assertSignedIn(viewer);
    const onlineUrl = this.checkDraft(viewer, draft);
    const id = await this.bookings.write(viewer, async (write) => {
      write.sessionBookings = 'session';
      // the room before the request, in the order of every coaching write (`session-booking.ts`)
      if (draft.roomId) await write.lockRooms([draft.roomId]);
      const request = await lockReadableRequest(write.manager, viewer, requestId);
      if (!mayScheduleCoachingSession(viewer, request)) throw forbidden();
      assertStepAllowed('schedule', request.status);
      const sessions = write.manager.getRepository(CoachingSession);
      if ((await sessions.countBy({ requestId: request.id, status: 'SCHEDULED' })) >= MAX_SESSIONS)
        throw badInput('requestId', 'OUT_OF_RANGE', MAX_SESSIONS);
      if ((await sessions.countBy({ requestId: request.id })) >= MAX_SESSIONS_IN_ALL)
        throw badInput('requestId', 'OUT_OF_RANGE', MAX_SESSIONS_IN_ALL);
      const bookingId = draft.roomId ? await this.bookRoom(write, viewer, request, { ...draft, roomId: draft.roomId }) : null;
      const saved = await write.manager.getRepository(CoachingSession).save({
        requestId: request.id,
        bookingId,
        roomId: bookingId ? draft.roomId! : null,
        onlineUrl: bookingId ? null : onlineUrl,
        start: draft.start,
        end: draft.end,
        status: 'SCHEDULED' as const,
        cancelReason: null,
        createdById: viewerUserId(viewer),
      });
      const session = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: saved.id });
      // the booking's change now names its session (and so its coach, who reads it in full)
      if (bookingId) await write.reread([bookingId]);
      write.note(sessionEntry(viewerUserId(viewer), 'CREATED', null, session, request.organizationId));
      await this.setStatus(write, viewer, request, 'SCHEDULED');
      return session.id;
    });
    return this.dataSource.getRepository(CoachingSession).findOneByOrFail({ id });
  }

  /**
   * The MO, the request's coach or staff move a session: to another time, another room, or between a room
   * and online. A room is placed through the write unit like any booking move; a room given up is cancelled,
   * a room taken on booked. The change log gets one COACHING_SESSION UPDATED entry (a SESSION_MOVED notice).
   */
  async move(viewer: Viewer, sessionId: string, draft: CoachingSessionDraft): Promise<CoachingSession> {
    assertSignedIn(viewer);
    const onlineUrl = this.checkDraft(viewer, draft);
    await this.changeSession(viewer, sessionId, mayMoveCoachingSession, draft.roomId ?? null, async (write, request, before) => {
      if (before.status === 'CANCELLED') throw badInput('id', 'ALREADY_CANCELLED');
      assertStepAllowed('schedule', request.status);
      const now = this.clock();
      if (!mayBookInThePast(viewer) && before.end.getTime() <= now.getTime()) throw badInput('id', 'PAST_BOOKING');
      const booking = before.bookingId ? await findBookingRecord(write.manager, before.bookingId) : null;
      let bookingId: string | null = null;
      if (draft.roomId && booking) {
        const moved = normalizeDraft({ ...draftOf(booking), roomId: draft.roomId, start: draft.start, end: draft.end });
        const [slot] = await write.placeSlots([{ ...moved, before: booking }], { when: this.bookings.timeLimits() });
        bookingId = (await write.update(slot!, { ...moved, status: 'CONFIRMED' }, 'UPDATED', now)).id;
      } else if (draft.roomId) {
        bookingId = await this.bookRoom(write, viewer, request, { ...draft, roomId: draft.roomId });
      } else if (booking) {
        await write.cancel(booking, now);
      }
      await write.manager.getRepository(CoachingSession).update(
        { id: before.id },
        {
          bookingId,
          roomId: bookingId ? draft.roomId! : null,
          onlineUrl: bookingId ? null : onlineUrl,
          start: draft.start,
          end: draft.end,
        },
      );
      const after = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: before.id });
      if (bookingId) await write.reread([bookingId]);
      write.note(sessionEntry(viewerUserId(viewer), 'UPDATED', before, after, request.organizationId));
    });
    return this.dataSource.getRepository(CoachingSession).findOneByOrFail({ id: sessionId });
  }

  /** Either side cancels a session; its room is free again, and a request without coming sessions is ASSIGNED again. */
  async cancel(viewer: Viewer, sessionId: string, reason: string | null): Promise<CoachingSession> {
    assertSignedIn(viewer);
    const why = reason ? cleanCoachingText('reason', reason, DECLINE_REASON_MAX) : null;
    await this.changeSession(viewer, sessionId, mayCancelCoachingSession, null, async (write, request, before) => {
      if (before.status === 'CANCELLED') throw badInput('id', 'ALREADY_CANCELLED');
      assertStepAllowed('cancelSession', request.status);
      // a session that took place stays in the record, as a booking in the past does
      if (!mayBookInThePast(viewer) && before.end.getTime() <= this.clock().getTime()) throw badInput('id', 'PAST_BOOKING');
      if (before.bookingId) {
        const booking = await findBookingRecord(write.manager, before.bookingId);
        write.reason = why;
        if (booking && booking.status !== 'CANCELLED') await write.cancel(booking, this.clock());
      }
      await write.manager.getRepository(CoachingSession).update({ id: before.id }, { status: 'CANCELLED', cancelReason: why });
      const after = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: before.id });
      write.note(sessionEntry(viewerUserId(viewer), 'CANCELLED', before, after, request.organizationId));
      const left = await write.manager.getRepository(CoachingSession).countBy({ requestId: request.id, status: 'SCHEDULED' });
      if (left === 0) await this.setStatus(write, viewer, request, 'ASSIGNED');
    });
    return this.dataSource.getRepository(CoachingSession).findOneByOrFail({ id: sessionId });
  }

  /** Exactly one of a room and an https link, a time range as a booking's, a start the viewer may book; the link, trimmed. */
  private checkDraft(viewer: Viewer, draft: CoachingSessionDraft): string | null {
    const onlineUrl = draft.onlineUrl?.trim() || null;
    if (!draft.roomId === (onlineUrl === null)) throw badInput('roomId', 'REQUIRED');
    if (onlineUrl !== null && (!ONLINE_URL.test(onlineUrl) || onlineUrl.length > 500)) throw badInput('onlineUrl', 'INVALID');
    // online too: the same grid and longest span as a room, so no session runs until the year 9999
    checkTimeRange(draft.start, draft.end);
    checkWhen(viewer, draft.start, this.bookings.timeLimits());
    return onlineUrl;
  }

  /** Books the room for the request's MO as a PRIVATE COACHING booking: others see the room taken, never the topic. */
  private async bookRoom(
    write: BookingWrite,
    viewer: Viewer,
    request: CoachingRequest,
    draft: CoachingSessionDraft & { roomId: string },
  ): Promise<string> {
    const booking = normalizeDraft({
      roomId: draft.roomId,
      organizationId: request.organizationId,
      // A stored word, not a translation: the Booking type does not say which session it holds, so every
      // reader (calendar, lists, search, notices, mails, feeds) shows the title as it is; translating it means
      // exposing the session on Booking and labelling it in each of those views, a change of its own.
      title: 'Coaching',
      category: 'COACHING',
      start: draft.start,
      end: draft.end,
      visibility: 'PRIVATE',
      expectedAttendees: null,
      notes: null,
    });
    const [slot] = await write.placeSlots([booking], { when: this.bookings.timeLimits() });
    const [created] = await write.insert([newBooking(booking, slot!, viewer, this.clock())]);
    return created!.id;
  }

  /**
   * The shared path of changing a session, in the lock order of every coaching write (`session-booking.ts`):
   * its booking's row, the rooms a move may take, the request, the session. The booking is read inside the transaction; a
   * session that another write gave another booking before these locks makes the unit start again, rather
   * than take a booking's lock after the request's. A session the viewer may not read is NOT_FOUND as itself.
   */
  private async changeSession(
    viewer: Viewer,
    sessionId: string,
    may: (viewer: Viewer, request: CoachingRequest) => boolean,
    newRoomId: string | null,
    change: (write: BookingWrite, request: CoachingRequest, before: CoachingSession) => Promise<void>,
  ): Promise<void> {
    if (!isUuid(sessionId)) throw notFound('CoachingSession', sessionId);
    await untilSessionBookingsSettle(() =>
      this.bookings.write(viewer, async (write) => {
        write.sessionBookings = 'session';
        const found = await write.manager.getRepository(CoachingSession).findOneBy({ id: sessionId });
        if (!found) throw notFound('CoachingSession', sessionId);
        await lockBookings(write.manager, found.bookingId ? [found.bookingId] : []);
        if (newRoomId !== null) {
          // the rooms a move may place in, before the request: a closure moving bookings holds them first too
          const held = await write.manager.getRepository(CoachingSession).findOneBy({ id: sessionId });
          await write.lockRooms([newRoomId, held?.roomId].filter((id): id is string => !!id));
        }
        const request = await lockRequest(write.manager, found.requestId);
        if (!request || !mayReadCoachingRequest(viewer, request)) throw notFound('CoachingSession', sessionId);
        if (!may(viewer, request)) throw forbidden();
        const [before] = await lockSessions(write.manager, [sessionId]);
        if (!before || before.bookingId !== found.bookingId) throw new SessionBookingChanged();
        await change(write, request, before);
      }),
    );
  }

  private async setStatus(write: BookingWrite, viewer: Viewer, before: CoachingRequest, status: 'SCHEDULED' | 'ASSIGNED') {
    const entry = await setRequestStatus(write.manager, viewerUserId(viewer), before, status, this.clock());
    if (entry) write.note(entry);
  }
}
