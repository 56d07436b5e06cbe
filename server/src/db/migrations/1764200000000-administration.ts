import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What running the centre without a developer needs: retired houses, several opening spans a day (the
 * existing rows already have that shape), MO description translations, people's language and last
 * sign-in, invitations and password resets (only token hashes are stored), and one change log for every
 * entity — bookings, houses, rooms, MOs and people — as the audit trail and the source of live events.
 */
export class Administration1764200000000 implements MigrationInterface {
  name = 'Administration1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE location ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE location ADD CONSTRAINT location_name_unique UNIQUE (name)`);
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN description_translations jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN language text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$')`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN last_sign_in_at timestamptz`);

    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        name text NOT NULL DEFAULT '' CHECK (char_length(name) <= 200),
        role text NOT NULL CHECK (role IN ('STAFF', 'MEMBER')),
        organization_id uuid REFERENCES organization(id) ON DELETE CASCADE,
        language text,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        revoked_at timestamptz,
        CHECK ((role = 'MEMBER') = (organization_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX invitation_email_idx ON invitation (email)`);

    await queryRunner.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);

    // One log for every entity: cursors keep their commit order across all of them.
    await queryRunner.query(`ALTER TABLE booking_change RENAME TO change_log`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT IF EXISTS booking_change_booking_id_fkey`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT IF EXISTS booking_change_kind_check`);
    await queryRunner.query(`ALTER TABLE change_log RENAME COLUMN booking_id TO entity_id`);
    await queryRunner.query(`ALTER TABLE change_log RENAME COLUMN kind TO action`);
    await queryRunner.query(`ALTER TABLE change_log RENAME COLUMN booking_before TO before`);
    await queryRunner.query(`ALTER TABLE change_log RENAME COLUMN booking_after TO after`);
    await queryRunner.query(`ALTER TABLE change_log ALTER COLUMN organization_id DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD COLUMN entity text NOT NULL DEFAULT 'BOOKING'
         CHECK (entity IN ('BOOKING', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER'))`,
    );
    await queryRunner.query(`ALTER TABLE change_log ALTER COLUMN entity DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE change_log ADD COLUMN room_ids uuid[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE change_log SET room_ids = ARRAY(
         SELECT DISTINCT id FROM unnest(ARRAY[(after->>'roomId')::uuid, (before->>'roomId')::uuid]) AS id WHERE id IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER INDEX booking_change_booking_idx RENAME TO change_log_entity_idx`);
    await queryRunner.query(`CREATE INDEX change_log_occurred_idx ON change_log (occurred_at)`);
    await queryRunner.query(`CREATE INDEX change_log_actor_idx ON change_log (actor_id)`);
    await queryRunner.query(`CREATE INDEX change_log_organization_idx ON change_log (organization_id)`);
    await queryRunner.query(`CREATE INDEX change_log_locations_idx ON change_log USING gin (location_ids)`);
    await queryRunner.query(`CREATE INDEX change_log_rooms_idx ON change_log USING gin (room_ids)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['password_reset', 'invitation']) await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    throw new Error('the change log cannot be folded back into booking_change; restore a backup instead');
  }
}
