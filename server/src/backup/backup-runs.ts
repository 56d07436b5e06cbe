import path from 'node:path';
import { assertSignedIn, mayReadBackupState } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../db/database.js';
import type { Clock } from '../shared/clock.js';
import { forbidden } from '../shared/errors.js';
import { takeBackup, type BackupTaken } from './take-backup.js';

/** The newest finished backup, as every node reads it from the database. */
export interface LastBackup {
  takenAt: Date;
  /** The file's name (in `BACKUP_DIR` for a scheduled backup, or where `npm run backup --out` put it). */
  file: string;
  bytes: number;
}

/** What the admin page shows: when the last backup was taken, and whether that is too long ago. */
export interface BackupState {
  lastTakenAt: Date | null;
  /** None yet, or the last one older than `STALE_AFTER_MS`. */
  stale: boolean;
  /** Whether this installation takes backups itself (`BACKUP_DIR`). */
  scheduled: boolean;
}

/** A backup older than a day is worth a warning: the day's bookings would be lost with the database. */
export const STALE_AFTER_MS = 24 * 3_600_000;

/**
 * The record of backups taken (`backup_run`), shared by every node: when the last one was taken (the admin
 * page, the metric) and which node takes a scheduled one (the first to insert its period's row).
 */
export class BackupRuns {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly scheduled: boolean,
  ) {}

  async state(viewer: Viewer): Promise<BackupState> {
    assertSignedIn(viewer);
    if (!mayReadBackupState(viewer)) throw forbidden();
    const last = await this.lastBackup();
    const stale = last === null || this.clock().getTime() - last.takenAt.getTime() > STALE_AFTER_MS;
    return { lastTakenAt: last?.takenAt ?? null, stale, scheduled: this.scheduled };
  }

  async lastBackup(): Promise<LastBackup | null> {
    const rows: Array<{ taken_at: Date; file_name: string; bytes: string }> = await this.database.dataSource.query(
      `SELECT started_at AS taken_at, file_name, bytes::text AS bytes FROM backup_run
        WHERE finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1`,
    );
    const row = rows[0];
    return row ? { takenAt: new Date(row.taken_at), file: row.file_name, bytes: Number(row.bytes) } : null;
  }

  /** Takes a backup into `file` now and records it; `scheduledFor` claims that period first (null: by hand). */
  async take(file: string, scheduledFor: Date | null = null): Promise<(BackupTaken & { takenAt: Date }) | null> {
    const takenAt = this.clock();
    const claimed: Array<{ id: string }> = await this.database.dataSource.query(
      `INSERT INTO backup_run (scheduled_for, started_at) VALUES ($1, $2) ON CONFLICT (scheduled_for) DO NOTHING RETURNING id`,
      [scheduledFor?.toISOString() ?? null, takenAt.toISOString()],
    );
    const id = claimed[0]?.id;
    if (id === undefined) return null;
    const taken = await takeBackup(this.database, file, takenAt);
    await this.database.dataSource.query(`UPDATE backup_run SET finished_at = $2, file_name = $3, bytes = $4 WHERE id = $1`, [
      id,
      this.clock().toISOString(),
      path.basename(file),
      taken.bytes,
    ]);
    return { ...taken, takenAt };
  }
}
