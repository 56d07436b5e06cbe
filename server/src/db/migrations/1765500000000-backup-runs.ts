import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Backups taken (issue 26): every node reads here when the last one was taken (the admin page, the metric), and
 * a scheduled backup is claimed by inserting its period's row (`scheduled_for` unique), so when several nodes
 * run, exactly one of them takes it. A row without `finished_at` is a backup under way, or one that failed.
 */
export class BackupRuns1765500000000 implements MigrationInterface {
  name = 'BackupRuns1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE backup_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scheduled_for timestamptz UNIQUE,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        file_name text,
        bytes bigint CHECK (bytes >= 0),
        CHECK ((finished_at IS NULL) = (file_name IS NULL) AND (finished_at IS NULL) = (bytes IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX backup_run_finished_idx ON backup_run (finished_at DESC) WHERE finished_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE backup_run`);
  }
}
