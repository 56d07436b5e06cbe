import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyone involved in a coaching is told: a notice per person for each change others made to a request they
 * take part in (kept until read), and e-mails about those changes, one per request and address however many
 * changes the gathering window holds. A mail to the MO's side is marked so that its text leaves out what only
 * the centre's side may read.
 */
export class CoachingNotices1765140000000 implements MigrationInterface {
  name = 'CoachingNotices1765140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE coaching_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- the change it tells of: what, who and when live in the log
        change_cursor bigint NOT NULL REFERENCES change_log(cursor) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES coaching_request(id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, change_cursor)
      )`);
    await queryRunner.query(`CREATE INDEX coaching_notice_user_idx ON coaching_notice (user_id, change_cursor DESC)`);
    await queryRunner.query(`
      CREATE TABLE coaching_change_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES coaching_request(id) ON DELETE CASCADE,
        recipient text NOT NULL,
        language text NOT NULL,
        -- to the MO's side: staff-only notes never appear in it
        mo_side boolean NOT NULL,
        -- the changes this mail tells of, gathered until it is due
        cursors bigint[] NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    // one pending mail per request and address: later changes within the window join it
    await queryRunner.query(
      `CREATE UNIQUE INDEX coaching_change_mail_pending_idx ON coaching_change_mail (request_id, recipient) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX coaching_change_mail_due_idx ON coaching_change_mail (due_at) WHERE sent_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coaching_change_mail`);
    await queryRunner.query(`DROP TABLE coaching_notice`);
  }
}
