import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'MINUTES_PUBLISHED', 'MEETING_CANCELLED', 'MEETING_MOVED', 'PROPOSAL_ANSWERED', 'ANSWER_REMINDER', 'COMING_REMINDER'`;

/**
 * The MOs are told of the network (issue 25): a notice per member for minutes published, a meeting moved or
 * called off, a proposal answered and the reminders before a meeting, kept until read; and the e-mails about
 * the same, queued in the teller's transaction and sent by whichever node claims them first (SKIP LOCKED).
 * A reminder is claimed once per meeting through `network_meeting.reminded_*_at`, so notices and mails of
 * a reminder are written exactly once however many nodes poll.
 */
export class NetworkNotices1765410000000 implements MigrationInterface {
  name = 'NetworkNotices1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE network_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        meeting_id uuid REFERENCES network_meeting(id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposal(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        -- a notice tells of exactly one meeting or one proposal
        CHECK ((meeting_id IS NULL) <> (proposal_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX network_notice_user_idx ON network_notice (user_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE network_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        recipient text NOT NULL,
        language text NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        meeting_id uuid REFERENCES network_meeting(id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposal(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        CHECK ((meeting_id IS NULL) <> (proposal_id IS NULL))
      )`);
    // one pending mail per address and subject: a meeting moved twice within the window is told once, as it is then
    await queryRunner.query(
      `CREATE UNIQUE INDEX network_mail_pending_idx ON network_mail (recipient, kind, coalesce(meeting_id, proposal_id)) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX network_mail_due_idx ON network_mail (due_at) WHERE sent_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE network_mail`);
    await queryRunner.query(`DROP TABLE network_notice`);
  }
}
