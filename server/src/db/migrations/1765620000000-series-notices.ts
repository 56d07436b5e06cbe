import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A series nobody came to (issue 29): when the last three dates of a series were all released as no-shows, its
 * MO's members are asked whether the series is still needed and staff are told; a notice per person, kept until
 * read. It names the third released date, once per person (the release timer may meet it on two nodes).
 */
export class SeriesNotices1765620000000 implements MigrationInterface {
  name = 'SeriesNotices1765620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE series_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        series_id uuid NOT NULL REFERENCES booking_series(id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        -- staff are told, the MO's members asked
        to_staff boolean NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (user_id, booking_id)
      )`);
    await queryRunner.query(`CREATE INDEX series_notice_user_idx ON series_notice (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX series_notice_series_idx ON series_notice (series_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE series_notice`);
  }
}
