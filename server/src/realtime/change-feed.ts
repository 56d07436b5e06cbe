import { In, type DataSource } from 'typeorm';
import type { BookingRecord } from '../bookings/booking-record.js';
import { fromSnapshot } from '../bookings/booking-record.js';
import type { ChangeKind } from '../bookings/booking.enums.js';
import type { Database } from '../db/database.js';
import { User } from '../auth/user.entity.js';
import { Room } from '../locations/room.entity.js';
import type { Location } from '../locations/location.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import { outsideRequestScope } from '../shared/request-scope.js';
import {
  CHANGE_CHANNEL,
  readChangeNotice,
  changeLogBounds,
  readChangesAfter,
  type ChangeEntity,
  type ChangeRow,
  type Snapshot,
} from '../changes/change-log.js';
import { bookingSnapshot } from '../bookings/booking-log.js';

/** A committed change of a booking with the booking before and after it, ready to be shown to subscribers. */
export interface ChangeEvent {
  entity: 'BOOKING';
  cursor: string;
  position: bigint;
  kind: ChangeKind;
  bookingId: string;
  occurredAt: Date;
  locationIds: string[];
  before: BookingRecord | null;
  after: BookingRecord;
  /** Changes of the same write that follow this one (a series' other dates); 0 for the last. */
  batchRemaining: number;
  /** This change's place in its write: 0 for the first. */
  batchIndex: number;
  /**
   * When its write was logged just before commit (the writer's `Date.now()`, from the notification), else when
   * this node heard of it: where the fan-out delay starts. Absent on a replay.
   */
  loggedAt?: number;
  /** Who made it (null: the system), whether a member of staff, and why, when they said. */
  actorId: string | null;
  byStaff: boolean;
  reason: string | null;
}

/** A committed change of a house, room, MO or person, as the log holds it. */
export interface EntityChangeEvent {
  entity: Exclude<ChangeEntity, 'BOOKING'>;
  cursor: string;
  position: bigint;
  row: ChangeRow;
}

export type FeedEvent = ChangeEvent | EntityChangeEvent;

export type ChangeListener = (event: FeedEvent) => void;

const BATCH = 500;

/**
 * Reads the change log in order and hands each committed change to in-process listeners. NOTIFY
 * only says "something after N committed"; the rows themselves are read from the table, so a
 * notification lost while the listening connection was down costs nothing but the next poll.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private delivered = 0n;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private stopListening: (() => Promise<void>) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** When the first notification not yet read arrived: the fan-out delay counts from there. */
  private pokedAt: number | undefined;
  /** Counters for tests and diagnostics: listeners ever subscribed (a count that only rises). */
  readonly stats = { listenersSubscribed: 0 };

  constructor(
    private readonly database: Database,
    private readonly log: (message: string, error?: unknown) => void = () => {},
  ) {}

  private get dataSource(): DataSource {
    return this.database.dataSource;
  }

  /** Cursor of the last change handed to listeners. */
  get position(): bigint {
    return this.delivered;
  }

  async start(): Promise<void> {
    this.delivered = (await changeLogBounds(this.dataSource.manager)).latest;
    this.stopListening = await this.database.listen(
      CHANGE_CHANNEL,
      (payload) => this.poke(readChangeNotice(payload).loggedAtMs),
      () => this.poke(),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.stopListening?.();
    await this.draining;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    this.stats.listenersSubscribed++;
    return () => this.listeners.delete(listener);
  }

  /**
   * Asks the feed to read whatever committed since the last delivery. Safe to call any time. `loggedAt`: when
   * the write that asks was logged, the earliest start of the changes this reading delivers.
   */
  poke(loggedAt?: number): void {
    if (this.stopped) return;
    this.pokedAt = Math.min(this.pokedAt ?? Infinity, loggedAt ?? Date.now());
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    // on PGlite the notification arrives inside the committing request: the reading serves every subscriber
    this.draining = outsideRequestScope(() => this.drain()).finally(() => {
      this.draining = undefined;
    });
  }

  /** Resolves once everything committed before the call has been delivered. */
  async settle(): Promise<void> {
    this.poke();
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.drainAgain = false;
        const loggedAt = this.pokedAt ?? Date.now();
        this.pokedAt = undefined;
        for (;;) {
          const rows = await readChangesAfter(this.dataSource.manager, this.delivered, BATCH);
          if (rows.length === 0) break;
          for (const event of await this.toEvents(rows)) {
            this.delivered = event.position;
            if (event.entity === 'BOOKING') event.loggedAt = loggedAt;
            for (const listener of this.listeners) listener(event);
          }
        }
      } while (this.drainAgain && !this.stopped);
    } catch (error) {
      this.log('change feed could not read the change log; retrying', error);
      if (!this.stopped) this.retryTimer = setTimeout(() => this.poke(), 1000);
    }
  }

  /**
   * How far this node's deliveries are behind the log: changes committed and not yet handed to listeners,
   * and how long ago the oldest of them was written (by the database's clock). Zero when caught up.
   */
  async lag(): Promise<{ changes: number; seconds: number }> {
    const rows: Array<{ latest: string | null; age: number | string | null }> = await this.dataSource.query(
      `SELECT (SELECT max(cursor) FROM change_log)::text AS latest,
              (SELECT extract(epoch FROM now() - occurred_at)::float8 FROM change_log WHERE cursor > $1::bigint
                ORDER BY cursor LIMIT 1) AS age`,
      [this.delivered.toString()],
    );
    const latest = rows[0]?.latest ? BigInt(rows[0].latest) : 0n;
    const behind = latest > this.delivered ? Number(latest - this.delivered) : 0;
    return { changes: behind, seconds: behind === 0 ? 0 : Math.max(0, Number(rows[0]?.age ?? 0)) };
  }

  /** Changes after `after`, oldest first, for a subscriber that resumes. */
  async changesAfter(after: bigint, limit = 10_000): Promise<FeedEvent[]> {
    const bounds = await changeLogBounds(this.dataSource.manager);
    const oldestKept = bounds.oldest ?? bounds.latest + 1n;
    if (after + 1n < oldestKept || after > bounds.latest)
      throw new AppError(
        ErrorCode.ResyncRequired,
        { oldestCursor: bounds.oldest === null ? null : bounds.oldest.toString() },
        'RESYNC_REQUIRED: the log no longer holds that cursor',
      );
    const rows = await readChangesAfter(this.dataSource.manager, after, limit + 1);
    if (rows.length > limit)
      throw new AppError(
        ErrorCode.ResyncRequired,
        { oldestCursor: bounds.oldest === null ? null : bounds.oldest.toString() },
        'RESYNC_REQUIRED: more changes missed than a replay sends',
      );
    return this.toEvents(rows);
  }

  /** Joins rooms, locations and organisations for the booking rows of a batch in two queries. */
  private async toEvents(rows: ChangeRow[]): Promise<FeedEvent[]> {
    const roomIds = new Set<string>();
    const organizationIds = new Set<string>();
    for (const row of rows) {
      if (row.entity !== 'BOOKING') continue;
      for (const snapshot of [row.before, row.after]) {
        if (!snapshot) continue;
        roomIds.add(bookingSnapshot(snapshot).roomId);
        organizationIds.add(bookingSnapshot(snapshot).organizationId);
      }
    }
    const actorIds = new Set(rows.filter((row) => row.entity === 'BOOKING' && row.actorId).map((row) => row.actorId!));
    const [rooms, organizations, staffActors] = await Promise.all([
      this.dataSource.getRepository(Room).find({ where: { id: In([...roomIds]) }, relations: { location: true } }),
      this.dataSource.getRepository(Organization).findBy({ id: In([...organizationIds]) }),
      actorIds.size
        ? this.dataSource.getRepository(User).find({ select: { id: true }, where: { id: In([...actorIds]), role: 'STAFF' } })
        : Promise.resolve([]),
    ]);
    const staffIds = new Set(staffActors.map((user) => user.id));
    const roomById = new Map(rooms.map((room) => [room.id, room as Room & { location: Location }]));
    const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
    const toRecord = (stored: Snapshot): BookingRecord => {
      const snapshot = bookingSnapshot(stored);
      const room = roomById.get(snapshot.roomId);
      const organization = organizationById.get(snapshot.organizationId);
      if (!room || !organization) throw new Error(`change log refers to a missing room or organisation`);
      return fromSnapshot(snapshot, room, organization);
    };
    return rows.map((row): FeedEvent => {
      const position = BigInt(row.cursor);
      if (row.entity !== 'BOOKING') return { entity: row.entity, cursor: row.cursor, position, row };
      return {
        entity: 'BOOKING',
        cursor: row.cursor,
        position,
        kind: row.action as ChangeKind,
        bookingId: row.entityId,
        occurredAt: row.occurredAt,
        locationIds: row.locationIds,
        before: row.before ? toRecord(row.before) : null,
        after: toRecord(row.after),
        batchRemaining: row.batchSize - row.batchIndex - 1,
        batchIndex: row.batchIndex,
        actorId: row.actorId,
        byStaff: row.actorId !== null && staffIds.has(row.actorId),
        reason: row.reason ?? null,
      };
    });
  }
}
