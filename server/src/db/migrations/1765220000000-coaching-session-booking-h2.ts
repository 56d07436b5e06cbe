import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coaching session in a room and its booking agree at every commit: the same room, start and end, and the
 * session is SCHEDULED exactly while its booking is not cancelled. The session keeps its own copies (an
 * online session has no booking, and the report sums sessions without joining bookings), so the database
 * guards the copies instead of the code alone: a deferred constraint trigger on both tables refuses a commit
 * that leaves them apart, whatever path wrote it (a booking mutation, a closure, a raw statement).
 * Deferred, because the write unit changes the booking and then the session within one transaction.
 */
export class CoachingSessionBookingH21765220000000 implements MigrationInterface {
  name = 'CoachingSessionBookingH21765220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION coaching_session_matches_booking() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM coaching_session s JOIN booking b ON b.id = s.booking_id
           WHERE (CASE WHEN TG_TABLE_NAME = 'booking' THEN s.booking_id ELSE s.id END) = NEW.id
             AND (s.room_id IS DISTINCT FROM b.room_id OR s.starts_at <> b.starts_at OR s.ends_at <> b.ends_at
                  OR (s.status = 'SCHEDULED') <> (b.status <> 'CANCELLED'))
        ) THEN
          RAISE EXCEPTION 'coaching session and its booking disagree (%)', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'coaching_session_matches_booking';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER coaching_session_matches_booking AFTER INSERT OR UPDATE ON coaching_session
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coaching_session_matches_booking()`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER booking_matches_coaching_session AFTER UPDATE ON booking
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coaching_session_matches_booking()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER booking_matches_coaching_session ON booking`);
    await queryRunner.query(`DROP TRIGGER coaching_session_matches_booking ON coaching_session`);
    await queryRunner.query(`DROP FUNCTION coaching_session_matches_booking()`);
  }
}
