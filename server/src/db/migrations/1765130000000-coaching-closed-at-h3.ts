import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a coaching request was closed: the city's report counts closed requests per month, and the last change
 * of a request is no record of its closing. Requests closed before keep their last change, which for a
 * closed request (nothing happens to it afterwards) is the closing.
 */
export class CoachingClosedAt1765130000000 implements MigrationInterface {
  name = 'CoachingClosedAt1765130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coaching_request ADD COLUMN closed_at timestamptz`);
    await queryRunner.query(`UPDATE coaching_request SET closed_at = updated_at WHERE status = 'CLOSED'`);
    await queryRunner.query(`CREATE INDEX coaching_request_closed_idx ON coaching_request (closed_at) WHERE closed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coaching_request DROP COLUMN closed_at`);
  }
}
