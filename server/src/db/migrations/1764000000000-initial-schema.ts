import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole first schema in plain SQL, so PGlite and PostgreSQL run exactly the same statements.
 * Invariants that must survive concurrent requests live here: the exclusion constraint against
 * double booking, CHECKs on times and sizes, foreign keys.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await queryRunner.query(`
      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        address text NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/Berlin',
        opening_hours jsonb NOT NULL DEFAULT '[]'::jsonb,
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE room (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        capacity integer NOT NULL CHECK (capacity > 0),
        features text[] NOT NULL DEFAULT '{}',
        colour text NOT NULL DEFAULT '#5b6b7f' CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
        sort_order integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        UNIQUE (location_id, name)
      )`);

    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 200),
        short_name text NOT NULL CHECK (char_length(short_name) BETWEEN 1 AND 40),
        description text NOT NULL DEFAULT '',
        languages text[] NOT NULL DEFAULT '{}',
        contact_email text,
        contact_phone text,
        profile_public boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('STAFF', 'MEMBER')),
        organization_id uuid REFERENCES organization(id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email),
        CHECK ((role = 'MEMBER') = (organization_id IS NOT NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await queryRunner.query(`
      CREATE TABLE booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES room(id) ON DELETE RESTRICT,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        category text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN ('CONFIRMED', 'CANCELLED')),
        visibility text NOT NULL DEFAULT 'MEMBERS' CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'PRIVATE')),
        expected_attendees integer CHECK (expected_attendees IS NULL OR expected_attendees > 0),
        notes text CHECK (notes IS NULL OR char_length(notes) <= 2000),
        -- reserved for recurring series; a booking of a series is still one row with its own times
        series_id uuid,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CONSTRAINT booking_no_overlap EXCLUDE USING gist (
          room_id WITH =,
          tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status <> 'CANCELLED')
      )`);
    await queryRunner.query(`CREATE INDEX booking_time_idx ON booking USING gist (tstzrange(starts_at, ends_at, '[)'))`);
    await queryRunner.query(`CREATE INDEX booking_organization_idx ON booking (organization_id)`);

    // The change log is the audit trail and the only source of real-time events.
    await queryRunner.query(`
      CREATE TABLE booking_change (
        cursor bigserial PRIMARY KEY,
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'CANCELLED')),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        location_ids uuid[] NOT NULL,
        organization_id uuid NOT NULL,
        booking_before jsonb,
        booking_after jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX booking_change_booking_idx ON booking_change (booking_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['booking_change', 'booking', 'user_session', 'app_user', 'organization', 'room', 'location']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
