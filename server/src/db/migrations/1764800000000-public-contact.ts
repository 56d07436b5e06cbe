import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an MO's contact address and phone appear on the public page: a choice of its own, apart from a
 * public profile. Until now a public profile published them; from now on nobody's contact is public until
 * staff tick it for the MO.
 */
export class PublicContact1764800000000 implements MigrationInterface {
  name = 'PublicContact1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN public_contact boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN public_contact`);
  }
}
