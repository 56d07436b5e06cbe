/**
 * Every PostgreSQL advisory lock the server takes, in one table, so no two purposes share a number by
 * accident. A one-key lock (`pg_advisory_lock(key)`) and a two-key lock (`pg_advisory_xact_lock(key, id)`)
 * live in separate spaces in PostgreSQL, but the numbers stay distinct anyway so a reader of `pg_locks`
 * can tell them apart. Transaction-level locks are the default: they end at commit or rollback, so no path
 * can forget to release one.
 */
export const ADVISORY_LOCK = {
  /**
   * Session-level, one key: migrations of replicas starting together run one after another. Session-level
   * because TypeORM runs the migrations in its own transaction; the lock is held on a separate connection.
   */
  MIGRATION: 727_000,
  /**
   * Transaction-level, one key: change-log cursors are handed out in commit order, so a reader that has
   * seen cursor N has seen everything before it. Held until commit.
   */
  CHANGE_LOG: 727_001,
  /**
   * Transaction-level, with `hashtext(room id)` as second key: writes to one room take turns, so
   * overlapping inserts cannot deadlock inside the exclusion constraint.
   */
  ROOM_WRITE: 727_002,
  /**
   * Transaction-level, with `hashtext(organization id)` as second key: quota checks for one organization
   * take turns, so two writes at once cannot both pass the daily quota.
   */
  ORGANIZATION_QUOTA: 727_003,
  /**
   * Transaction-level, one key, only tried: the retention run (`privacy/retention.ts`) on one node at a time;
   * a node that finds it taken skips its run.
   */
  RETENTION: 727_010,
} as const;

export type AdvisoryLock = (typeof ADVISORY_LOCK)[keyof typeof ADVISORY_LOCK];
