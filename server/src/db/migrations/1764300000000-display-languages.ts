import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A wall display speaks up to three languages, chosen per display link (German and English by default). */
export class DisplayLanguages1764300000000 implements MigrationInterface {
  name = 'DisplayLanguages1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE display_link ADD COLUMN languages text[] NOT NULL DEFAULT '{de,en}'
         CHECK (cardinality(languages) BETWEEN 1 AND 3)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE display_link DROP COLUMN languages`);
  }
}
