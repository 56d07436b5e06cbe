import type { DataSource } from 'typeorm';
import { assertSignedIn } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { Clock } from '../shared/clock.js';
import { isUuid } from '../shared/errors.js';
import type { NetworkNoticeKind } from './network-notices.js';

export interface NetworkNoticeRecord {
  id: string;
  kind: NetworkNoticeKind;
  occurredAt: Date;
  read: boolean;
  meetingId: string | null;
  proposalId: string | null;
  title: string;
  start: Date | null;
}

interface Row {
  id: string;
  kind: NetworkNoticeKind;
  created_at: Date | string;
  read_at: Date | string | null;
  meeting_id: string | null;
  proposal_id: string | null;
  title: string;
  starts_at: Date | string | null;
}

const LIST_LIMIT = 100;

/**
 * The network news one was told (`tellNetworkNews`), newest first, kept until read. Whoever may sign in reads
 * the meetings and proposals, so a notice is its person's alone and needs no further check.
 */
export class NetworkNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, unreadOnly: boolean): Promise<NetworkNoticeRecord[]> {
    assertSignedIn(viewer);
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.created_at, n.read_at, n.meeting_id, n.proposal_id,
              coalesce(m.title, p.title) AS title, b.starts_at
         FROM network_notice n
         LEFT JOIN network_meeting m ON m.id = n.meeting_id
         LEFT JOIN booking b ON b.id = m.booking_id
         LEFT JOIN proposal p ON p.id = n.proposal_id
        WHERE n.user_id = $1 AND ($2::boolean = false OR n.read_at IS NULL)
        ORDER BY n.created_at DESC, n.id DESC LIMIT ${LIST_LIMIT}`,
      [viewerUserId(viewer), unreadOnly],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      occurredAt: new Date(row.created_at),
      read: row.read_at !== null,
      meetingId: row.meeting_id,
      proposalId: row.proposal_id,
      title: row.title,
      start: row.starts_at === null ? null : new Date(row.starts_at),
    }));
  }

  /** Marks one's own network notices read (all of them without ids); answers how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    assertSignedIn(viewer);
    const wanted = ids?.filter(isUuid) ?? null;
    const rows: Array<{ count: number }> = await this.dataSource.query(
      `WITH marked AS (
         UPDATE network_notice SET read_at = $3
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))
         RETURNING id
       )
       SELECT count(*)::int AS count FROM marked`,
      [viewerUserId(viewer), wanted, this.clock().toISOString()],
    );
    return rows[0]?.count ?? 0;
  }
}
