import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowing when something changes: the reason staff may give for moving or cancelling another MO's booking
 * (in the change log, so the audit and the notice show it), a notification per person for changes others made
 * to their MO's bookings (read or not), and e-mails about such changes, one per booking and address per
 * minute however often it moved meanwhile.
 */
export class Notifications1764500000000 implements MigrationInterface {
  name = 'Notifications1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE change_log ADD COLUMN reason text CHECK (char_length(reason) <= 300)`);
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- the change it tells of: kind, before and after, actor and reason live in the log
        change_cursor bigint NOT NULL REFERENCES change_log(cursor) ON DELETE CASCADE,
        booking_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notification_user_idx ON notification (user_id, change_cursor DESC)`);
    await queryRunner.query(`
      CREATE TABLE booking_change_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        recipient text NOT NULL,
        language text NOT NULL,
        -- the booking as it was before the first change of this mail, and the latest change's cursor
        before jsonb NOT NULL,
        last_cursor bigint NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    // one pending mail per booking and address: later changes within the minute join it
    await queryRunner.query(
      `CREATE UNIQUE INDEX booking_change_mail_pending_idx ON booking_change_mail (booking_id, recipient) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX booking_change_mail_due_idx ON booking_change_mail (due_at) WHERE sent_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE booking_change_mail`);
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`ALTER TABLE change_log DROP COLUMN reason`);
  }
}
