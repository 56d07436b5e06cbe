import type { MigrationInterface, QueryRunner } from 'typeorm';

const TOPICS = `'FOUNDING', 'FUNDING', 'FINANCES', 'PUBLIC_RELATIONS', 'VOLUNTEERS', 'EVENTS', 'LEGAL', 'OTHER'`;

/**
 * Coaching (issue 24): the coaches staff keep, the requests MOs make and the notes on them. A coach may be a
 * person with the new COACH role (belonging to no MO). The states a request can be in are checked here too,
 * so a row the service forgot to complete (an assigned request without its coach) is refused.
 */
export class Coaching1764900000000 implements MigrationInterface {
  name = 'Coaching1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await queryRunner.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('STAFF', 'MEMBER', 'COACH'))`);
    await queryRunner.query(`ALTER TABLE invitation DROP CONSTRAINT invitation_role_check`);
    await queryRunner.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_role_check CHECK (role IN ('STAFF', 'MEMBER', 'COACH'))`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
         CHECK (entity IN ('BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER',
                           'COACH', 'COACHING_REQUEST', 'COACHING_MESSAGE'))`,
    );

    await queryRunner.query(`
      CREATE TABLE coach (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        topics text[] NOT NULL CHECK (topics <@ ARRAY[${TOPICS}]::text[]),
        languages text[] NOT NULL,
        contact text NOT NULL DEFAULT '' CHECK (char_length(contact) <= 500),
        active boolean NOT NULL DEFAULT true,
        user_id uuid UNIQUE REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE coaching_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        topic text NOT NULL CHECK (topic IN (${TOPICS})),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
        languages text[] NOT NULL,
        availability jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(availability) = 'array'),
        deadline timestamptz,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED', 'CLOSED', 'DECLINED')),
        coach_id uuid REFERENCES coach(id),
        decline_reason text CHECK (char_length(decline_reason) <= 2000),
        outcome text CHECK (char_length(outcome) <= 4000),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status NOT IN ('ASSIGNED', 'SCHEDULED') OR coach_id IS NOT NULL),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX coaching_request_organization_idx ON coaching_request (organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX coaching_request_coach_idx ON coaching_request (coach_id, created_at)`);
    await queryRunner.query(`CREATE INDEX coaching_request_status_idx ON coaching_request (status, created_at)`);

    await queryRunner.query(`
      CREATE TABLE coaching_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES coaching_request(id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
        staff_only boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX coaching_message_request_idx ON coaching_message (request_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coaching_message`);
    await queryRunner.query(`DROP TABLE coaching_request`);
    await queryRunner.query(`DROP TABLE coach`);
    await queryRunner.query(`DELETE FROM change_log WHERE entity IN ('COACH', 'COACHING_REQUEST', 'COACHING_MESSAGE')`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
         CHECK (entity IN ('BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER'))`,
    );
    await queryRunner.query(`ALTER TABLE invitation DROP CONSTRAINT invitation_role_check`);
    await queryRunner.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_role_check CHECK (role IN ('STAFF', 'MEMBER'))`);
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await queryRunner.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('STAFF', 'MEMBER'))`);
  }
}
