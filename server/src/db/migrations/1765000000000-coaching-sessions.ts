import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coaching sessions: in a room (then a booking of the MO, written through the booking write unit, so the
 * exclusion constraint refuses a double booking) or online (a link). Exactly one of the two.
 */
export class CoachingSessions1765000000000 implements MigrationInterface {
  name = 'CoachingSessions1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
         CHECK (entity IN ('BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER',
                           'COACH', 'COACHING_REQUEST', 'COACHING_MESSAGE', 'COACHING_SESSION'))`,
    );
    await queryRunner.query(`
      CREATE TABLE coaching_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES coaching_request(id) ON DELETE CASCADE,
        booking_id uuid UNIQUE REFERENCES booking(id),
        room_id uuid REFERENCES room(id),
        online_url text CHECK (char_length(online_url) <= 500),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        cancel_reason text CHECK (char_length(cancel_reason) <= 2000),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK ((booking_id IS NULL) <> (online_url IS NULL)),
        CHECK ((booking_id IS NULL) = (room_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX coaching_session_request_idx ON coaching_session (request_id, starts_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coaching_session`);
    await queryRunner.query(`DELETE FROM change_log WHERE entity = 'COACHING_SESSION'`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
         CHECK (entity IN ('BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER',
                           'COACH', 'COACHING_REQUEST', 'COACHING_MESSAGE'))`,
    );
  }
}
