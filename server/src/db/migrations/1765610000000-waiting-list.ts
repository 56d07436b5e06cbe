import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list (issue 29): an MO waits for a taken slot (one date, or a date of a series); when the slot
 * frees up, the first in line is offered a HELD booking for a short time. `position` is the join order, so
 * "first in line" is one index scan; the entry keeps the booking it wants as a draft of the booking's shape.
 */
export class WaitingList1765610000000 implements MigrationInterface {
  name = 'WaitingList1765610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE waiting_list_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position bigint GENERATED ALWAYS AS IDENTITY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        person_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        room_id uuid NOT NULL REFERENCES room(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        series_id uuid REFERENCES booking_series(id) ON DELETE SET NULL,
        occurrence_start timestamptz,
        draft jsonb NOT NULL,
        status text NOT NULL DEFAULT 'WAITING'
          CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'DECLINED', 'LEFT', 'EXPIRED')),
        offer_booking_id uuid REFERENCES booking(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at),
        -- an offer always names its booking
        CHECK (status <> 'OFFERED' OR offer_booking_id IS NOT NULL)
      )`);
    // the first in line for a room: what a freed slot looks up, in join order
    await queryRunner.query(
      `CREATE INDEX waiting_list_entry_waiting_idx ON waiting_list_entry (room_id, position) WHERE status = 'WAITING'`,
    );
    // an MO waits for one slot once at a time
    await queryRunner.query(
      `CREATE UNIQUE INDEX waiting_list_entry_once ON waiting_list_entry (organization_id, room_id, starts_at, ends_at)
        WHERE status IN ('WAITING', 'OFFERED')`,
    );
    await queryRunner.query(
      `CREATE INDEX waiting_list_entry_offer_idx ON waiting_list_entry (offer_booking_id) WHERE offer_booking_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX waiting_list_entry_organization_idx ON waiting_list_entry (organization_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE waiting_list_entry`);
  }
}
