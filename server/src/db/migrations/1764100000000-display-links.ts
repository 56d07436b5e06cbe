import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Links for wall displays: a long random token (only its hash is stored) that lets one screen read one location. */
export class DisplayLinks1764100000000 implements MigrationInterface {
  name = 'DisplayLinks1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE display_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        label text NOT NULL DEFAULT '' CHECK (char_length(label) <= 120),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX display_link_location_idx ON display_link (location_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS display_link`);
  }
}
