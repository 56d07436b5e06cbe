import type { DataSource, EntityManager } from 'typeorm';
import { assertSignedIn, mayCancelCoachingSession, mayReadCoachingRequest, mayScheduleCoachingSession } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { checkWhen, normalizeDraft } from '../bookings/booking-checks.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import type { BookingService } from '../bookings/booking.service.js';
import { newBooking, type BookingWrite } from '../bookings/booking-write.js';
import type { ChangeAction, ChangeEntry } from '../changes/change-log.js';
import { Room } from '../locations/room.entity.js';
import type { Clock } from '../shared/clock.js';
import { badInput, forbidden, isUuid, notFound } from '../shared/errors.js';
import { cleanCoachingText, DECLINE_REASON_MAX } from './coaching-input.js';
import { requestSnapshot, sessionSnapshot } from './coaching-log.js';
import { CoachingRequest, CoachingSession } from './coaching.entities.js';
import { assertStepAllowed } from './coaching.enums.js';
import { lockReadableRequest } from './coaching.service.js';

/** The most sessions one request holds. */
export const MAX_SESSIONS = 50;
const ONLINE_URL = /^https:\/\/\S+$/;

export interface CoachingSessionDraft {
  start: Date;
  end: Date;
  roomId?: string | null;
  onlineUrl?: string | null;
}

/**
 * Coaching sessions. One in a room is a PRIVATE booking of the MO written through the booking write unit
 * (`placeSlots`, then `insert`), so opening hours, closures and the exclusion constraint apply as to any
 * booking and a conflict names the taken slot; the session, the booking and the request's new state are one
 * transaction and one change-log batch.
 */
export class CoachingSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  async sessionsFor(viewer: Viewer, request: CoachingRequest): Promise<CoachingSession[]> {
    if (!mayReadCoachingRequest(viewer, request)) return [];
    return this.dataSource.getRepository(CoachingSession).find({
      where: { requestId: request.id },
      order: { start: 'ASC', id: 'ASC' },
      take: MAX_SESSIONS,
    });
  }

  roomOf(session: CoachingSession): Promise<Room | null> {
    return session.roomId ? this.dataSource.getRepository(Room).findOneBy({ id: session.roomId }) : Promise.resolve(null);
  }

  /** The request's coach or staff book a session in a room or online; the request is SCHEDULED then. */
  async schedule(viewer: Viewer, requestId: string, draft: CoachingSessionDraft): Promise<CoachingSession> {
    assertSignedIn(viewer);
    const onlineUrl = draft.onlineUrl?.trim() || null;
    if (!draft.roomId === (onlineUrl === null)) throw badInput('roomId', 'REQUIRED');
    if (onlineUrl !== null && (!ONLINE_URL.test(onlineUrl) || onlineUrl.length > 500)) throw badInput('onlineUrl', 'INVALID');
    if (draft.end.getTime() <= draft.start.getTime()) throw badInput('end', 'END_BEFORE_START');
    checkWhen(viewer, draft.start, this.bookings.timeLimits());
    const id = await this.bookings.write(viewer, async (write) => {
      const request = await lockReadableRequest(write.manager, viewer, requestId);
      if (!mayScheduleCoachingSession(viewer, request)) throw forbidden();
      assertStepAllowed('schedule', request.status);
      const held = await write.manager.getRepository(CoachingSession).countBy({ requestId: request.id });
      if (held >= MAX_SESSIONS) throw badInput('requestId', 'OUT_OF_RANGE', MAX_SESSIONS);
      const now = this.clock();
      let bookingId: string | null = null;
      if (draft.roomId) {
        const booking = normalizeDraft({
          roomId: draft.roomId,
          organizationId: request.organizationId,
          title: 'Coaching',
          category: 'COACHING',
          start: draft.start,
          end: draft.end,
          // others see the room taken, never the topic
          visibility: 'PRIVATE',
          expectedAttendees: null,
          notes: null,
        });
        const [slot] = await write.placeSlots([booking], { when: this.bookings.timeLimits() });
        const [created] = await write.insert([newBooking(booking, slot!, viewer, now)]);
        bookingId = created!.id;
      }
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
      write.note(this.entry(viewer, 'CREATED', null, session, request));
      await this.setStatus(write, viewer, request, 'SCHEDULED');
      return session.id;
    });
    return this.dataSource.getRepository(CoachingSession).findOneByOrFail({ id });
  }

  /** Either side cancels a session; its room is free again, and a request without coming sessions is ASSIGNED again. */
  async cancel(viewer: Viewer, sessionId: string, reason: string | null): Promise<CoachingSession> {
    assertSignedIn(viewer);
    if (!isUuid(sessionId)) throw notFound('CoachingSession', sessionId);
    const why = reason ? cleanCoachingText('reason', reason, DECLINE_REASON_MAX) : null;
    const found = await this.dataSource.getRepository(CoachingSession).findOneBy({ id: sessionId });
    if (!found) throw notFound('CoachingSession', sessionId);
    await this.bookings.write(viewer, async (write) => {
      // the request first, as scheduling does, so the two never wait for each other
      const request = await lockReadableRequest(write.manager, viewer, found.requestId);
      if (!mayCancelCoachingSession(viewer, request)) throw forbidden();
      await write.manager.query('SELECT id FROM coaching_session WHERE id = $1 FOR UPDATE', [sessionId]);
      const before = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: sessionId });
      if (before.status === 'CANCELLED') throw badInput('id', 'ALREADY_CANCELLED');
      if (before.bookingId) {
        const booking = await findBookingRecord(write.manager, before.bookingId);
        write.reason = why;
        if (booking && booking.status !== 'CANCELLED') await write.cancel(booking, this.clock());
      }
      await write.manager.getRepository(CoachingSession).update({ id: sessionId }, { status: 'CANCELLED', cancelReason: why });
      const after = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: sessionId });
      write.note(this.entry(viewer, 'CANCELLED', before, after, request));
      const left = await write.manager.getRepository(CoachingSession).countBy({ requestId: request.id, status: 'SCHEDULED' });
      if (left === 0 && request.status === 'SCHEDULED') await this.setStatus(write, viewer, request, 'ASSIGNED');
    });
    return this.dataSource.getRepository(CoachingSession).findOneByOrFail({ id: sessionId });
  }

  private async setStatus(write: BookingWrite, viewer: Viewer, before: CoachingRequest, status: 'SCHEDULED' | 'ASSIGNED') {
    if (before.status === status) return;
    const manager: EntityManager = write.manager;
    await manager.getRepository(CoachingRequest).update({ id: before.id }, { status, updatedAt: this.clock() });
    const after = await manager.getRepository(CoachingRequest).findOneByOrFail({ id: before.id });
    write.note({
      entity: 'COACHING_REQUEST',
      entityId: after.id,
      action: 'UPDATED',
      actorId: viewerUserId(viewer),
      before: requestSnapshot(before),
      after: requestSnapshot(after),
      locationIds: [],
      roomIds: [],
      organizationId: after.organizationId,
    });
  }

  private entry(
    viewer: Viewer,
    action: ChangeAction,
    before: CoachingSession | null,
    after: CoachingSession,
    request: CoachingRequest,
  ): ChangeEntry {
    return {
      entity: 'COACHING_SESSION',
      entityId: after.id,
      action,
      actorId: viewerUserId(viewer),
      before: before ? sessionSnapshot(before) : null,
      after: sessionSnapshot(after),
      locationIds: [],
      roomIds: after.roomId ? [after.roomId] : [],
      organizationId: request.organizationId,
    };
  }
}
