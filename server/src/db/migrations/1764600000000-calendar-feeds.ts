import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private calendar feeds: an MO's bookings, one's own, or (staff) everything, at a long random address the
 * person can renew. The address is read-only and shown to its owner again, so the token is kept as is;
 * renewing replaces it and the old address stops working. Public feeds (a house, a room) need no row.
 */
export class CalendarFeeds1764600000000 implements MigrationInterface {
  name = 'CalendarFeeds1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ORGANIZATION', 'PERSON', 'EVERYTHING')),
        token text NOT NULL UNIQUE CHECK (char_length(token) >= 40),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX calendar_feed_owner_idx ON calendar_feed (user_id, kind)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feed`);
  }
}
