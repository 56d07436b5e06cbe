import fs from 'node:fs';
import path from 'node:path';
import type { BackupSettings } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import type { BackupRuns } from './backup-runs.js';

const FILE = /^kollektiv-\d{8}T\d{6}Z\.jsonl\.gz$/;

/** `kollektiv-20260601T080000Z.jsonl.gz`: names that sort by time. */
export function backupFileName(takenAt: Date): string {
  return `kollektiv-${takenAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}.jsonl.gz`;
}

/**
 * Takes a backup once per period of `everyHours` (periods counted from 1970 in UTC, so every node agrees where
 * one begins): the first node to claim the period's row takes it, the others find it claimed. A node that
 * starts within a period nobody backed up takes it at once. A backup that failed leaves its period claimed;
 * the next period tries again, and the admin page shows the last one that succeeded.
 */
export class ScheduledBackups {
  private readonly work = new DueWork(() => this.runDue());

  constructor(
    private readonly runs: BackupRuns,
    private readonly schedule: BackupSettings,
    private readonly clock: Clock,
    private readonly log: Log,
  ) {}

  start(pollMs: number): void {
    if (this.schedule.dir !== undefined) this.work.start(pollMs);
  }

  stop(): Promise<void> {
    return this.work.stop();
  }

  /** Takes the current period's backup unless some node has; answers how many it took (0 or 1). */
  runNow(): Promise<number> {
    return this.work.runNow();
  }

  private async runDue(): Promise<number> {
    const dir = this.schedule.dir;
    if (dir === undefined) return 0;
    const period = this.schedule.everyHours * 3_600_000;
    const periodStart = new Date(Math.floor(this.clock().getTime() / period) * period);
    await fs.promises.mkdir(dir, { recursive: true });
    try {
      const taken = await this.runs.take(path.join(dir, backupFileName(this.clock())), periodStart);
      if (taken === null) return 0;
      this.log(`Backup taken: ${backupFileName(taken.takenAt)}, ${taken.bytes} bytes.`);
    } catch (error) {
      this.log('A scheduled backup failed; the next period tries again.', error);
      return 0;
    }
    await this.prune(dir);
    return 1;
  }

  /** Keeps the newest `keep` backups in the folder: only files named as this schedule names them. */
  private async prune(dir: string): Promise<void> {
    const files = (await fs.promises.readdir(dir)).filter((name) => FILE.test(name)).sort();
    for (const name of files.slice(0, Math.max(0, files.length - this.schedule.keep)))
      await fs.promises.rm(path.join(dir, name), { force: true });
  }
}
