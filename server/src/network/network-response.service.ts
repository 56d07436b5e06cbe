import type { DataSource } from 'typeorm';
import { answeringOrganizationOf, assertMayReadNetwork, assertOrganizationTakesPart } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { WriteOptions } from '../bookings/booking-write.js';
import { recordChanges } from '../changes/change-log.js';
import { COACHING_MAIL_DELAY_MS } from '../notifications/telling.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, forbidden, isUuid, notFound } from '../shared/errors.js';
import { meetingStateOf } from './meeting-state.js';
import { cleanResponse } from './network-input.js';
import { responseEntry } from './network-log.js';
import { findMeetingView, invitedOrganizations, lockMeeting, organizationsByIds, responsesOfMeetings } from './network-meetings.js';
import { tellNetworkChanges } from './network-notices.js';
import { MeetingResponse } from './network.entities.js';

/**
 * The MOs' answers to meetings: one per MO and meeting, given or changed by any of its members until the
 * meeting starts. The database keeps it to one (UNIQUE (meeting_id, organization_id), written with
 * INSERT … ON CONFLICT DO UPDATE); the meeting's row is locked first, so an answer and a move or cancellation
 * of the meeting take turns and the log's `before` is the answer that was replaced.
 */
export class NetworkResponseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly writing: Pick<WriteOptions, 'mailChanges' | 'mailDelayMs'>,
  ) {}

  async respond(
    viewer: Viewer,
    meetingId: string,
    input: { attending: boolean; people?: number | null; interpretation?: string[] | null },
  ): Promise<MeetingResponse> {
    assertMayReadNetwork(viewer);
    const organizationId = answeringOrganizationOf(viewer);
    if (organizationId === null) throw forbidden();
    const answer = cleanResponse(input);
    if (!isUuid(meetingId)) throw notFound('NetworkMeeting', meetingId);
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await lockMeeting(manager, meetingId))) throw notFound('NetworkMeeting', meetingId);
      const meeting = await findMeetingView(manager, meetingId);
      if (!meeting) throw notFound('NetworkMeeting', meetingId);
      const now = this.clock();
      const state = meetingStateOf(meeting, now);
      if (state !== 'COMING') throw new AppError(ErrorCode.MeetingOver, { state });
      // the invited are the active MOs: a member of an MO since deactivated answers for nobody
      const organization = await manager.getRepository(Organization).findOneBy({ id: organizationId });
      assertOrganizationTakesPart(organization);
      const before = await manager
        .getRepository(MeetingResponse)
        .createQueryBuilder('response')
        .setLock('pessimistic_write')
        .where('response.meeting_id = :meetingId AND response.organization_id = :organizationId', { meetingId, organizationId })
        .getOne();
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO meeting_response (meeting_id, organization_id, attending, people, interpretation, responded_by_id, updated_at)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7)
         ON CONFLICT (meeting_id, organization_id) DO UPDATE
            SET attending = EXCLUDED.attending, people = EXCLUDED.people, interpretation = EXCLUDED.interpretation,
                responded_by_id = EXCLUDED.responded_by_id, updated_at = EXCLUDED.updated_at
         RETURNING id`,
        [meetingId, organizationId, answer.attending, answer.people, answer.interpretation, viewerUserId(viewer), now],
      );
      const after = await manager.getRepository(MeetingResponse).findOneByOrFail({ id: row!.id });
      const entry = responseEntry(viewerUserId(viewer), before, after);
      const [cursor] = await recordChanges(manager, [entry]);
      await tellNetworkChanges(manager, [{ entry, cursor: cursor! }], {
        now,
        mail: this.writing.mailChanges,
        delayMs: this.writing.mailDelayMs ?? COACHING_MAIL_DELAY_MS,
      });
      return after.id;
    });
    return this.dataSource.getRepository(MeetingResponse).findOneByOrFail({ id });
  }

  /** The answers of each meeting; who may read which is asked before (`NetworkMeeting.responses`, `myResponse`). */
  responsesOfMeetings(meetingIds: readonly string[]): Promise<MeetingResponse[][]> {
    return responsesOfMeetings(this.dataSource.manager, meetingIds);
  }

  invitedOrganizations(): Promise<Organization[]> {
    return invitedOrganizations(this.dataSource.manager);
  }

  organizationsByIds(ids: readonly string[]): Promise<Organization[]> {
    return organizationsByIds(this.dataSource.manager, ids);
  }
}
