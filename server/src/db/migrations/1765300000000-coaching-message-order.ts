import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coaching thread reads in the order its notes were written. Their time is the server's clock, which can
 * give two notes the same instant (a fixed clock in tests, two notes within a millisecond); the identity
 * column numbers them as they were inserted, so ties never fall back to the random order of their ids.
 */
export class CoachingMessageOrder1765300000000 implements MigrationInterface {
  name = 'CoachingMessageOrder1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coaching_message ADD COLUMN written bigint GENERATED ALWAYS AS IDENTITY`);
    await queryRunner.query(`DROP INDEX coaching_message_request_idx`);
    await queryRunner.query(`CREATE INDEX coaching_message_request_idx ON coaching_message (request_id, created_at, written)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX coaching_message_request_idx`);
    await queryRunner.query(`ALTER TABLE coaching_message DROP COLUMN written`);
    await queryRunner.query(`CREATE INDEX coaching_message_request_idx ON coaching_message (request_id, created_at)`);
  }
}
