import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import {
  assertMayRequestCoaching,
  assertSignedIn,
  assertStaff,
  coachingRequestScope,
  mayCloseCoachingRequest,
  mayReadCoachingRequest,
  mayUseStaffOnlyNotes,
  readableCoachingMessages,
} from '../auth/policy.js';
import { User } from '../auth/user.entity.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import type { BookingService } from '../bookings/booking.service.js';
import { recordChange, type ChangeAction, type ChangeEntity, type ChangeEntry, type Snapshot } from '../changes/change-log.js';
import { Organization } from '../organizations/organization.entity.js';
import { COACHING_MAIL_DELAY_MS, type TellOptions } from '../notifications/telling.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid, badInput, forbidden, isUuid, notFound } from '../shared/errors.js';
import { cleanAvailability, cleanCoachingText, cleanLanguages, DECLINE_REASON_MAX } from './coaching-input.js';
import { messageSnapshot, requestSnapshot } from './coaching-log.js';
import { tellCoachingChanges } from './coaching-notices.js';
import { Coach, CoachingMessage, CoachingRequest, CoachingSession } from './coaching.entities.js';
import { lockBookings, lockSessions, SessionBookingChanged, sessionEntry, untilSessionBookingsSettle } from './session-booking.js';
import { assertStepAllowed, type Availability, type CoachingStatus, type CoachingTopic } from './coaching.enums.js';

/** The most requests one list holds (newest first) and the most notes one request takes. */
export const MAX_LISTED_REQUESTS = 200;
export const MAX_MESSAGES = 100;

export interface CoachingRequestDraft {
  organizationId: string;
  topic: CoachingTopic;
  text: string;
  languages: string[];
  availability?: Availability[] | null;
  deadline?: Date | null;
}

/** A note with its author's name, as a reader sees it. */
export interface CoachingMessageView extends CoachingMessage {
  authorName: string | null;
}

/**
 * Coaching requests from MOs and the notes on them (the coaches are `coaches.service.ts`). Who may do what is
 * `auth/policy.ts`; every write is one transaction with its change-log entry.
 */
export class CoachingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** The booking write unit, through which closing a request frees its coming sessions' rooms. */
    private readonly bookings: BookingService,
    /** Whether the people told of a change also get an e-mail (SMTP configured), and how long it gathers changes. */
    private readonly tell: TellOptions = { mail: false, delayMs: COACHING_MAIL_DELAY_MS },
  ) {}

  async requestCoaching(viewer: Viewer, draft: CoachingRequestDraft): Promise<CoachingRequest> {
    assertSignedIn(viewer);
    assertUuid('organizationId', draft.organizationId);
    assertMayRequestCoaching(viewer, draft.organizationId);
    const values = {
      organizationId: draft.organizationId,
      topic: draft.topic,
      text: cleanCoachingText('text', draft.text),
      languages: cleanLanguages('languages', draft.languages),
      availability: cleanAvailability(draft.availability ?? []),
      deadline: draft.deadline ?? null,
    };
    const id = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(Organization).findOneBy({ id: values.organizationId });
      // the centre's own organisation is no MO to coach
      if (!organization?.active || organization.kind !== 'MO') throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
      const now = this.clock();
      const saved = await manager.getRepository(CoachingRequest).save({
        ...values,
        status: 'REQUESTED' as const,
        coachId: null,
        declineReason: null,
        outcome: null,
        createdById: viewerUserId(viewer),
        createdAt: now,
        updatedAt: now,
      });
      const after = await manager.getRepository(CoachingRequest).findOneByOrFail({ id: saved.id });
      await this.logRequest(manager, viewer, 'CREATED', null, after);
      return saved.id;
    });
    return this.loadRequest(id);
  }

  /** The requests the viewer may read, newest first, optionally by state and MO. */
  async listRequests(
    viewer: Viewer,
    filter: { status?: CoachingStatus[] | null; organizationId?: string | null },
  ): Promise<CoachingRequest[]> {
    const scope = coachingRequestScope(viewer);
    const query = this.dataSource
      .getRepository(CoachingRequest)
      .createQueryBuilder('request')
      .leftJoinAndSelect('request.organization', 'organization')
      .leftJoinAndSelect('request.coach', 'coach')
      .orderBy('request.created_at', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .take(MAX_LISTED_REQUESTS);
    if (scope !== 'all' && 'organizationId' in scope) query.andWhere('request.organization_id = :own', { own: scope.organizationId });
    if (scope !== 'all' && 'coachId' in scope) query.andWhere('request.coach_id = :coach', { coach: scope.coachId });
    if (filter.organizationId) {
      assertUuid('organizationId', filter.organizationId);
      query.andWhere('request.organization_id = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter.status?.length) query.andWhere('request.status IN (:...status)', { status: filter.status });
    return query.getMany();
  }

  /** One request; one the viewer may not read is NOT_FOUND, so its existence is not told either. */
  async findRequest(viewer: Viewer, id: string): Promise<CoachingRequest> {
    assertSignedIn(viewer);
    if (!isUuid(id)) throw notFound('CoachingRequest', id);
    const request = await this.dataSource
      .getRepository(CoachingRequest)
      .findOne({ where: { id }, relations: { organization: true, coach: true } });
    if (!request || !mayReadCoachingRequest(viewer, request)) throw notFound('CoachingRequest', id);
    return request;
  }

  /** A request's notes as this viewer may read them: a member never gets a staff-only note. */
  async messagesFor(viewer: Viewer, request: CoachingRequest): Promise<CoachingMessageView[]> {
    if (!mayReadCoachingRequest(viewer, request)) return [];
    const rows = await this.dataSource
      .getRepository(CoachingMessage)
      .createQueryBuilder('message')
      .leftJoin(User, 'author', 'author.id = message.author_id')
      .addSelect('author.name', 'author_name')
      .where('message.request_id = :id', { id: request.id })
      .orderBy('message.created_at', 'ASC')
      // notes of the same instant in the order they were written
      .addOrderBy('message.written', 'ASC')
      .getRawAndEntities<{ author_name: string | null }>();
    const messages = rows.entities.map((message, index) => Object.assign(message, { authorName: rows.raw[index]?.author_name ?? null }));
    return readableCoachingMessages(viewer, request, messages);
  }

  /** Staff only: hands the request to an active coach (again, to another one, while it is still open). */
  async assignCoach(viewer: Viewer, requestId: string, coachId: string): Promise<CoachingRequest> {
    assertStaff(viewer);
    if (!isUuid(coachId)) throw badInput('coachId', 'UNKNOWN_COACH');
    return this.changeRequest(viewer, requestId, async (manager, before) => {
      assertStepAllowed('assign', before.status);
      // held until commit, so a deactivation cannot slip in between this check and the assignment
      const coach = await manager.getRepository(Coach).findOne({ where: { id: coachId }, lock: { mode: 'pessimistic_read' } });
      if (!coach?.active) throw badInput('coachId', 'UNKNOWN_COACH');
      // a scheduled request keeps its sessions: the new coach takes them over (they read them by the request)
      return { status: before.status === 'SCHEDULED' ? 'SCHEDULED' : 'ASSIGNED', coachId };
    });
  }

  /** Staff only: the MO reads why. */
  async declineRequest(viewer: Viewer, requestId: string, reason: string): Promise<CoachingRequest> {
    assertStaff(viewer);
    const declineReason = cleanCoachingText('reason', reason, DECLINE_REASON_MAX);
    return this.changeRequest(viewer, requestId, (_manager, before) => {
      assertStepAllowed('decline', before.status);
      return Promise.resolve({ status: 'DECLINED', declineReason });
    });
  }

  /**
   * The MO (or staff) closes the request, saying how it went. Its coming sessions (those starting after now)
   * are cancelled in the same unit, their rooms freed through the booking write unit, each logged as a
   * cancelled session (and so told); those that have begun stay, the record of what took place.
   */
  async closeRequest(viewer: Viewer, requestId: string, outcome: string): Promise<CoachingRequest> {
    assertSignedIn(viewer);
    const cleanOutcome = cleanCoachingText('outcome', outcome);
    if (!isUuid(requestId)) throw notFound('CoachingRequest', requestId);
    await untilSessionBookingsSettle(() =>
      this.bookings.write(viewer, async (write) => {
        write.sessionBookings = 'session';
        const now = this.clock();
        const coming = () =>
          write.manager
            .getRepository(CoachingSession)
            .find({ where: { requestId, status: 'SCHEDULED', start: MoreThan(now) }, order: { id: 'ASC' } });
        // the lock order of every coaching write (`session-booking.ts`): the bookings, the request, the sessions
        const bookingIds = (await coming()).flatMap((session) => (session.bookingId ? [session.bookingId] : []));
        await lockBookings(write.manager, bookingIds);
        const before = await lockReadableRequest(write.manager, viewer, requestId);
        if (!mayCloseCoachingRequest(viewer, before)) throw forbidden();
        assertStepAllowed('close', before.status);
        const sessions = await lockSessions(
          write.manager,
          (await coming()).map((session) => session.id),
        );
        if (sessions.some((session) => session.bookingId && !bookingIds.includes(session.bookingId))) throw new SessionBookingChanged();
        for (const session of sessions) {
          if (session.status !== 'SCHEDULED') continue;
          const booking = session.bookingId ? await findBookingRecord(write.manager, session.bookingId) : null;
          if (booking && booking.status !== 'CANCELLED') await write.cancel(booking, now);
          await write.manager.getRepository(CoachingSession).update({ id: session.id }, { status: 'CANCELLED' });
          const after = await write.manager.getRepository(CoachingSession).findOneByOrFail({ id: session.id });
          write.note(sessionEntry(viewerUserId(viewer), 'CANCELLED', session, after, before.organizationId));
        }
        await write.manager
          .getRepository(CoachingRequest)
          .update({ id: before.id }, { status: 'CLOSED', outcome: cleanOutcome, closedAt: now, updatedAt: now });
        const after = await write.manager.getRepository(CoachingRequest).findOneByOrFail({ id: before.id });
        write.note(this.requestEntry(viewer, 'UPDATED', before, after));
      }),
    );
    return this.loadRequest(requestId);
  }

  /** A note on a request by anyone who may read it; staff-only notes only by staff and the request's coach. */
  async addMessage(viewer: Viewer, requestId: string, text: string, staffOnly: boolean): Promise<CoachingMessageView> {
    assertSignedIn(viewer);
    const cleanMessage = cleanCoachingText('text', text);
    const id = await this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequest(manager, viewer, requestId);
      if (staffOnly && !mayUseStaffOnlyNotes(viewer, request)) throw forbidden();
      assertStepAllowed('message', request.status);
      const counted = await manager.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM coaching_message WHERE request_id = $1',
        [request.id],
      );
      if ((counted[0]?.count ?? 0) >= MAX_MESSAGES) throw badInput('text', 'OUT_OF_RANGE', MAX_MESSAGES);
      const saved = await manager
        .getRepository(CoachingMessage)
        .save({ requestId: request.id, authorId: viewerUserId(viewer), text: cleanMessage, staffOnly, createdAt: this.clock() });
      const message = await manager.getRepository(CoachingMessage).findOneByOrFail({ id: saved.id });
      await manager.getRepository(CoachingRequest).update({ id: request.id }, { updatedAt: this.clock() });
      await this.log(manager, viewer, 'COACHING_MESSAGE', message.id, 'CREATED', null, messageSnapshot(message), request.organizationId);
      return message.id;
    });
    const request = await this.findRequest(viewer, requestId);
    const found = (await this.messagesFor(viewer, request)).find((message) => message.id === id);
    if (!found) throw new Error('a note just written is not readable by its author');
    return found;
  }

  /** Locks the request and applies a change of state in one transaction with its change-log entry. */
  private async changeRequest(
    viewer: Viewer,
    requestId: string,
    change: (manager: EntityManager, before: CoachingRequest) => Promise<Partial<CoachingRequest>>,
  ): Promise<CoachingRequest> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockRequest(manager, viewer, requestId);
      const values = await change(manager, before);
      await manager.getRepository(CoachingRequest).update({ id: before.id }, { ...values, updatedAt: this.clock() });
      const after = await manager.getRepository(CoachingRequest).findOneByOrFail({ id: before.id });
      await this.logRequest(manager, viewer, 'UPDATED', before, after);
    });
    return this.loadRequest(requestId);
  }

  private lockRequest(manager: EntityManager, viewer: Viewer, requestId: string): Promise<CoachingRequest> {
    return lockReadableRequest(manager, viewer, requestId);
  }

  private loadRequest(id: string): Promise<CoachingRequest> {
    return this.dataSource.getRepository(CoachingRequest).findOneOrFail({ where: { id }, relations: { organization: true, coach: true } });
  }

  private logRequest(manager: EntityManager, viewer: Viewer, action: ChangeAction, before: CoachingRequest | null, after: CoachingRequest) {
    return this.log(
      manager,
      viewer,
      'COACHING_REQUEST',
      after.id,
      action,
      before ? requestSnapshot(before) : null,
      requestSnapshot(after),
      after.organizationId,
    );
  }

  /** A request's change for a booking write's batch, which logs and tells it with the rest. */
  private requestEntry(viewer: Viewer, action: ChangeAction, before: CoachingRequest | null, after: CoachingRequest): ChangeEntry {
    return {
      entity: 'COACHING_REQUEST',
      entityId: after.id,
      action,
      actorId: viewerUserId(viewer),
      before: before ? requestSnapshot(before) : null,
      after: requestSnapshot(after),
      locationIds: [],
      roomIds: [],
      organizationId: after.organizationId,
    };
  }

  /** Logs the change and tells everyone involved of it, in the same transaction. */
  private async log(
    manager: EntityManager,
    viewer: Viewer,
    entity: ChangeEntity,
    entityId: string,
    action: ChangeAction,
    before: Snapshot | null,
    after: Snapshot,
    organizationId: string | null,
  ): Promise<void> {
    const entry: ChangeEntry = {
      entity,
      entityId,
      action,
      actorId: viewerUserId(viewer),
      before,
      after,
      locationIds: [],
      roomIds: [],
      organizationId,
    };
    const cursor = await recordChange(manager, entry);
    await tellCoachingChanges(manager, [{ entry, cursor }], { ...this.tell, now: this.clock() });
  }
}

/** The request, locked for the caller's transaction; one the viewer may not read is NOT_FOUND. */
export async function lockReadableRequest(manager: EntityManager, viewer: Viewer, requestId: string): Promise<CoachingRequest> {
  if (!isUuid(requestId)) throw notFound('CoachingRequest', requestId);
  const locked: unknown[] = await manager.query('SELECT id FROM coaching_request WHERE id = $1 FOR UPDATE', [requestId]);
  const request = locked.length ? await manager.getRepository(CoachingRequest).findOneBy({ id: requestId }) : null;
  if (!request || !mayReadCoachingRequest(viewer, request)) throw notFound('CoachingRequest', requestId);
  return request;
}
