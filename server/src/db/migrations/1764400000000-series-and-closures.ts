import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Weekly groups: booking series (every occurrence stays a real booking row, so the exclusion constraint
 * keeps guarding every date), closures of a house or a room, houses that open on public holidays, and
 * change-log batches so a series reaches other screens as one step.
 */
export class SeriesAndClosures1764400000000 implements MigrationInterface {
  name = 'SeriesAndClosures1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE location ADD COLUMN open_on_public_holidays boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`
      CREATE TABLE booking_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        -- the RRULE line without DTSTART; DTSTART is the first occurrence's start in the house's wall time
        rrule text NOT NULL CHECK (char_length(rrule) BETWEEN 1 AND 300),
        time_zone text NOT NULL,
        -- the booking every occurrence is made from (the first occurrence's fields), as JSON
        template jsonb NOT NULL,
        -- the series a "this and following" change split this one from
        split_from_id uuid REFERENCES booking_series(id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX booking_series_organization_idx ON booking_series (organization_id)`);
    await queryRunner.query(
      `ALTER TABLE booking ADD CONSTRAINT booking_series_fk FOREIGN KEY (series_id) REFERENCES booking_series(id) ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE booking ADD COLUMN occurrence_start timestamptz`);
    await queryRunner.query(`ALTER TABLE booking ADD CHECK ((series_id IS NULL) = (occurrence_start IS NULL))`);
    // one row per date of a series: a cancelled date is re-added by reviving its row
    await queryRunner.query(
      `CREATE UNIQUE INDEX booking_series_occurrence_idx ON booking (series_id, occurrence_start) WHERE series_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE closure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id) ON DELETE CASCADE,
        -- null: the whole house
        room_id uuid REFERENCES room(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at)
      )`);
    await queryRunner.query(`CREATE INDEX closure_time_idx ON closure USING gist (location_id, tstzrange(starts_at, ends_at, '[)'))`);

    await queryRunner.query(`ALTER TABLE change_log ADD COLUMN batch_size integer NOT NULL DEFAULT 1 CHECK (batch_size >= 1)`);
    await queryRunner.query(`ALTER TABLE change_log ADD COLUMN batch_index integer NOT NULL DEFAULT 0 CHECK (batch_index >= 0)`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
         CHECK (entity IN ('BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(`DELETE FROM change_log WHERE entity IN ('SERIES', 'CLOSURE')`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check CHECK (entity IN ('BOOKING', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER'))`,
    );
    await queryRunner.query(`ALTER TABLE change_log DROP COLUMN batch_index`);
    await queryRunner.query(`ALTER TABLE change_log DROP COLUMN batch_size`);
    await queryRunner.query(`DROP TABLE closure`);
    await queryRunner.query(`DROP INDEX booking_series_occurrence_idx`);
    await queryRunner.query(`ALTER TABLE booking DROP COLUMN occurrence_start`);
    await queryRunner.query(`ALTER TABLE booking DROP CONSTRAINT booking_series_fk`);
    await queryRunner.query(`UPDATE booking SET series_id = NULL`);
    await queryRunner.query(`DROP TABLE booking_series`);
    await queryRunner.query(`ALTER TABLE location DROP COLUMN open_on_public_holidays`);
  }
}
