import { In, type DataSource } from 'typeorm';
import { assertSignedIn, mayLearnOfCoachingChange, type CoachingRequestFacts } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { Clock } from '../shared/clock.js';
import { isUuid } from '../shared/errors.js';
import { coachingChangeOf, type CoachingChange, type CoachingChangeKind } from './coaching-changes.js';
import { CoachingRequest } from './coaching.entities.js';
import type { ChangeAction, ChangeEntity, Snapshot } from '../changes/change-log.js';

export interface CoachingNoticeRecord {
  id: string;
  occurredAt: Date;
  read: boolean;
  kind: CoachingChangeKind;
  byStaff: boolean;
  request: CoachingRequest;
}

interface Row {
  id: string;
  occurred_at: Date | string;
  read_at: Date | string | null;
  request_id: string;
  actor_role: string | null;
  entity: ChangeEntity;
  entity_id: string;
  action: ChangeAction;
  before: Snapshot | null;
  after: Snapshot;
}

const LIST_LIMIT = 100;
/** Changes whose request is kept for the open screens still checking them. */
const KEPT_CHANGES = 1000;

/** What others did to the coaching requests one takes part in, newest first; kept until read. */
export class CoachingNoticeService {
  private readonly requestsByChange = new Map<string, Promise<CoachingRequestFacts | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, unreadOnly: boolean): Promise<CoachingNoticeRecord[]> {
    assertSignedIn(viewer);
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, c.occurred_at, n.read_at, n.request_id, u.role AS actor_role, c.entity, c.entity_id, c.action, c.before, c.after
         FROM coaching_notice n
         JOIN change_log c ON c.cursor = n.change_cursor
         LEFT JOIN app_user u ON u.id = c.actor_id
        WHERE n.user_id = $1 AND ($2::boolean = false OR n.read_at IS NULL)
        ORDER BY n.change_cursor DESC LIMIT ${LIST_LIMIT}`,
      [viewerUserId(viewer), unreadOnly],
    );
    const requests = new Map(
      (
        await this.dataSource.getRepository(CoachingRequest).find({
          where: { id: In([...new Set(rows.map((row) => row.request_id))]) },
          relations: { organization: true, coach: true },
        })
      ).map((request) => [request.id, request]),
    );
    return rows.flatMap((row) => {
      const request = requests.get(row.request_id);
      // read again from the log, and shown only while the viewer may still learn of it (a coach handed off)
      const change = coachingChangeOf({
        entity: row.entity,
        entityId: row.entity_id,
        action: row.action,
        before: row.before,
        after: row.after,
      });
      if (!request || !change || !mayLearnOfCoachingChange(viewer, request, change)) return [];
      return [
        {
          id: row.id,
          occurredAt: new Date(row.occurred_at),
          read: row.read_at !== null,
          kind: change.kind,
          byStaff: row.actor_role === 'STAFF',
          request,
        },
      ];
    });
  }

  /**
   * Whether the viewer, as they are now, may hear of this change of the request as it was when the change came
   * (a live screen). Every open screen checks each change: the request is read once per change, not per screen.
   */
  async mayLearnOf(viewer: Viewer, change: CoachingChange & { cursor: string }): Promise<boolean> {
    const request = await this.requestOfChange(change);
    return request !== null && mayLearnOfCoachingChange(viewer, request, change);
  }

  /** The request's facts as read for one change of the log, shared by all who check that change. */
  private requestOfChange(change: CoachingChange & { cursor: string }): Promise<CoachingRequestFacts | null> {
    const key = `${change.cursor}|${change.requestId}`;
    const known = this.requestsByChange.get(key);
    if (known) return known;
    const reading = this.dataSource
      .getRepository(CoachingRequest)
      .findOne({ select: { id: true, organizationId: true, coachId: true }, where: { id: change.requestId } });
    this.requestsByChange.set(key, reading);
    reading.catch(() => this.requestsByChange.delete(key));
    // subscribers check a change within moments of each other; the oldest changes are dropped first
    for (const oldest of this.requestsByChange.keys()) {
      if (this.requestsByChange.size <= KEPT_CHANGES) break;
      this.requestsByChange.delete(oldest);
    }
    return reading;
  }

  /** Marks one's own coaching notices read (all of them without ids); answers how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    assertSignedIn(viewer);
    const wanted = ids?.filter(isUuid) ?? null;
    const rows: Array<{ count: number }> = await this.dataSource.query(
      `WITH marked AS (
         UPDATE coaching_notice SET read_at = $3
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))
         RETURNING id
       )
       SELECT count(*)::int AS count FROM marked`,
      [viewerUserId(viewer), wanted, this.clock().toISOString()],
    );
    return rows[0]?.count ?? 0;
  }
}
