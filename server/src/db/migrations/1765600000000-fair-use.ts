import type { MigrationInterface, QueryRunner } from 'typeorm';

const HOLDING = `'REQUESTED', 'HELD', 'CONFIRMED'`;
const ALL = `'REQUESTED', 'HELD', 'CONFIRMED', 'CANCELLED', 'DECLINED', 'LAPSED', 'RELEASED'`;

/**
 * Fair use of free rooms (issue 29). A booking may wait for staff (REQUESTED) or be a waiting list's offer (HELD):
 * both hold their slot, so the exclusion constraint now covers them as it covers CONFIRMED, and no overlap can
 * slip in while staff decide. Declined, lapsed and released bookings free it like a cancellation. A house may
 * require check-in; whether the MO came is kept on the booking, for the release of no-shows and the fairness
 * report. Staff choose per house, per room or for the whole centre which bookings need approval.
 */
export class FairUse1765600000000 implements MigrationInterface {
  name = 'FairUse1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT booking_status_check`);
    await queryRunner.query(`ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN (${ALL}))`);
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT booking_no_overlap`);
    await queryRunner.query(`
      ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (
        room_id WITH =,
        tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status IN (${HOLDING}))`);
    await queryRunner.query(`
      ALTER TABLE booking
        ADD COLUMN checked_in_at timestamptz,
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN status_reason text CHECK (status_reason IS NULL OR char_length(status_reason) <= 300),
        -- a request or an offer always knows when it lapses, so none can hold a room for ever
        ADD CONSTRAINT booking_waiting_expires CHECK (status NOT IN ('REQUESTED', 'HELD') OR expires_at IS NOT NULL),
        -- a booking someone checked in to was used: it is never released as a no-show
        ADD CONSTRAINT booking_checked_in_not_released CHECK (checked_in_at IS NULL OR status <> 'RELEASED')`);
    // the lapse timer and the release timer read only what may be due
    await queryRunner.query(`CREATE INDEX booking_expires_idx ON booking (expires_at) WHERE status IN ('REQUESTED', 'HELD')`);
    await queryRunner.query(
      `CREATE INDEX booking_check_in_due_idx ON booking (starts_at) WHERE status = 'CONFIRMED' AND checked_in_at IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE location
        ADD COLUMN check_in_required boolean NOT NULL DEFAULT false,
        ADD COLUMN check_in_grace_minutes integer NOT NULL DEFAULT 20 CHECK (check_in_grace_minutes BETWEEN 5 AND 120)`);
    await queryRunner.query(`
      CREATE TABLE approval_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid REFERENCES location(id) ON DELETE CASCADE,
        room_id uuid REFERENCES room(id) ON DELETE CASCADE,
        always boolean NOT NULL DEFAULT false,
        min_attendees integer CHECK (min_attendees IS NULL OR min_attendees > 0),
        on_weekends boolean NOT NULL DEFAULT false,
        series_longer_than integer CHECK (series_longer_than IS NULL OR series_longer_than > 0),
        first_bookings integer CHECK (first_bookings IS NULL OR first_bookings > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- one scope per row: a room, a house, or (neither) the whole centre
        CHECK (location_id IS NULL OR room_id IS NULL)
      )`);
    // room and house ids are distinct uuids, so one expression names every scope, the centre's as the zero uuid
    await queryRunner.query(
      `CREATE UNIQUE INDEX approval_rule_scope ON approval_rule ((coalesce(room_id, location_id, '00000000-0000-0000-0000-000000000000'::uuid)))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE approval_rule`);
    await queryRunner.query(`ALTER TABLE location DROP COLUMN check_in_grace_minutes, DROP COLUMN check_in_required`);
    await queryRunner.query(`UPDATE booking SET status = 'CANCELLED' WHERE status NOT IN ('CONFIRMED', 'CANCELLED')`);
    await queryRunner.query(`
      ALTER TABLE booking DROP CONSTRAINT booking_checked_in_not_released, DROP CONSTRAINT booking_waiting_expires,
        DROP COLUMN status_reason, DROP COLUMN expires_at, DROP COLUMN checked_in_at`);
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT booking_no_overlap`);
    await queryRunner.query(`
      ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (
        room_id WITH =,
        tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status <> 'CANCELLED')`);
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT booking_status_check`);
    await queryRunner.query(`ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED'))`);
  }
}
