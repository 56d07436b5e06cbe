import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private feed addresses kept as the SHA-256 of their token, like every other token: a copy of the database
 * (a backup, a leak) no longer opens the staff feed with every MO's notes. Addresses already handed out keep
 * working (their tokens are hashed here as `hashToken` does: base64url without padding); from now on an
 * address is shown when it is made or renewed, and never again.
 */
export class FeedTokenHash1764700000000 implements MigrationInterface {
  name = 'FeedTokenHash1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE calendar_feed ADD COLUMN token_hash text`);
    await queryRunner.query(
      `UPDATE calendar_feed SET token_hash = rtrim(translate(encode(sha256(convert_to(token, 'UTF8')), 'base64'), '+/', '-_'), '=')`,
    );
    await queryRunner.query(`ALTER TABLE calendar_feed ALTER COLUMN token_hash SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash)`);
    await queryRunner.query(`ALTER TABLE calendar_feed DROP COLUMN token`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // the tokens cannot be recovered from their hashes: every private address has to be made anew
    await queryRunner.query(`DELETE FROM calendar_feed`);
    await queryRunner.query(`ALTER TABLE calendar_feed DROP COLUMN token_hash`);
    await queryRunner.query(`ALTER TABLE calendar_feed ADD COLUMN token text NOT NULL UNIQUE CHECK (char_length(token) >= 40)`);
  }
}
