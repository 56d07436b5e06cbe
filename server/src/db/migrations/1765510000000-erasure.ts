import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (GDPR Art. 17, issue 26): an erased person or MO keeps its row, under a pseudonym and without
 * anything that identifies it, so the bookings, coaching and network figures and the change log still add up.
 * When it was erased is kept: the audit page shows an erased actor as such, and nothing is erased twice.
 */
export class Erasure1765510000000 implements MigrationInterface {
  name = 'Erasure1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN erased_at timestamptz`);
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN erased_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN erased_at`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN erased_at`);
  }
}
