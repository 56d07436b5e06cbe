import type { MigrationInterface, QueryRunner } from 'typeorm';

const ENTITIES_BEFORE = `'BOOKING', 'SERIES', 'CLOSURE', 'LOCATION', 'ROOM', 'ORGANIZATION', 'USER',
                         'COACH', 'COACHING_REQUEST', 'COACHING_MESSAGE', 'COACHING_SESSION'`;
const NETWORK_ENTITIES = `'NETWORK_MEETING', 'MEETING_RESPONSE', 'AGENDA_ITEM', 'MEETING_DECISION', 'PROPOSAL'`;

/**
 * The MOs' network (issue 25): meetings staff hold for every MO, one answer per MO, the agenda the MOs fill,
 * minutes with decisions, and proposals between meetings that MOs support.
 *
 * A meeting holds its room with a booking of the centre itself (an organisation of kind CENTRE, at most one),
 * written by the booking write unit like every other: the exclusion constraint keeps meetings from double
 * booking, and the meeting's room, time and whether it was cancelled are read from that booking, never copied,
 * so a move or a closure on the calendar cannot leave the meeting telling another story.
 *
 * The rules twenty MOs race on are the database's: one answer per MO and meeting, one voice per MO and
 * proposal, reminders claimed once per meeting by whichever node updates the row first.
 */
export class Network1765400000000 implements MigrationInterface {
  name = 'Network1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(
      `ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check CHECK (entity IN (${ENTITIES_BEFORE}, ${NETWORK_ENTITIES}))`,
    );
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN kind text NOT NULL DEFAULT 'MO' CHECK (kind IN ('MO', 'CENTRE'))`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_one_centre_idx ON organization (kind) WHERE kind = 'CENTRE'`);
    // nobody belongs to the centre's organisation: a member of it would take part in the network as an MO and
    // manage the meetings' bookings; the services refuse it first, this refuses every other path
    await queryRunner.query(`
      CREATE FUNCTION centre_has_no_members() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'app_user' THEN
          IF NEW.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization WHERE id = NEW.organization_id AND kind = 'CENTRE') THEN
            RAISE EXCEPTION 'nobody belongs to the centre organisation' USING ERRCODE = 'check_violation';
          END IF;
        ELSIF NEW.kind = 'CENTRE' AND EXISTS (SELECT 1 FROM app_user WHERE organization_id = NEW.id) THEN
          RAISE EXCEPTION 'an organisation with members cannot become the centre' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_not_of_centre BEFORE INSERT OR UPDATE OF organization_id ON app_user
      FOR EACH ROW EXECUTE FUNCTION centre_has_no_members()`);
    await queryRunner.query(`
      CREATE TRIGGER organization_centre_without_members BEFORE INSERT OR UPDATE OF kind ON organization
      FOR EACH ROW EXECUTE FUNCTION centre_has_no_members()`);

    await queryRunner.query(`
      CREATE TABLE network_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL UNIQUE REFERENCES booking(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
        agenda_deadline timestamptz NOT NULL,
        interpretation_languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(interpretation_languages) <= 20),
        minutes text CHECK (char_length(minutes) <= 20000),
        minutes_published_at timestamptz,
        -- when the reminders went out: the node whose UPDATE sets these sends them, every other node finds them set
        reminded_unanswered_at timestamptz,
        reminded_coming_at timestamptz,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((minutes IS NULL) = (minutes_published_at IS NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE meeting_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES network_meeting(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        attending boolean NOT NULL,
        people integer NOT NULL CHECK (people BETWEEN 0 AND 500),
        -- BCP 47 tags of the languages someone of the MO needs interpretation into
        interpretation text[] NOT NULL DEFAULT '{}' CHECK (cardinality(interpretation) <= 10),
        responded_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, organization_id),
        CHECK (attending = (people > 0)),
        CHECK (attending OR cardinality(interpretation) = 0)
      )`);

    await queryRunner.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        text text NOT NULL DEFAULT '' CHECK (char_length(text) <= 4000),
        language text NOT NULL CHECK (char_length(language) BETWEEN 2 AND 35),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PLANNED', 'DECLINED', 'DONE')),
        answer text CHECK (char_length(answer) BETWEEN 1 AND 4000),
        answered_at timestamptz,
        answered_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- an answered proposal carries the centre's words, a declined one its reason
        CHECK ((status = 'OPEN') = (answer IS NULL)),
        CHECK ((status = 'OPEN') = (answered_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX proposal_status_idx ON proposal (status, created_at)`);

    await queryRunner.query(`
      CREATE TABLE proposal_support (
        proposal_id uuid NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        supported_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, organization_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES network_meeting(id) ON DELETE CASCADE,
        -- null for the centre's own topics
        organization_id uuid REFERENCES organization(id),
        proposal_id uuid REFERENCES proposal(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        text text NOT NULL DEFAULT '' CHECK (char_length(text) <= 4000),
        language text NOT NULL CHECK (char_length(language) BETWEEN 2 AND 35),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'MERGED', 'DECLINED')),
        merged_into_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        -- the meeting it was moved from, when staff put it off to this one
        moved_from_meeting_id uuid REFERENCES network_meeting(id) ON DELETE SET NULL,
        position integer,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ACCEPTED') = (position IS NOT NULL)),
        CHECK (status <> 'MERGED' OR merged_into_id IS NOT NULL),
        -- deferred: reordering swaps places within one transaction, the order holds again at commit
        UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await queryRunner.query(`CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position, created_at)`);

    await queryRunner.query(`
      CREATE TABLE meeting_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES network_meeting(id) ON DELETE CASCADE,
        position integer NOT NULL,
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
        responsible text NOT NULL DEFAULT '' CHECK (char_length(responsible) <= 200),
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'DONE')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- deferred: publishing the minutes again reorders kept decisions within one transaction
        UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    // who was there, as staff record it with the minutes; the report falls back to the answers where none is
    await queryRunner.query(`
      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES network_meeting(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        people integer NOT NULL CHECK (people BETWEEN 1 AND 500),
        PRIMARY KEY (meeting_id, organization_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE meeting_attendance`);
    await queryRunner.query(`DROP TABLE meeting_decision`);
    await queryRunner.query(`DROP TABLE agenda_item`);
    await queryRunner.query(`DROP TABLE proposal_support`);
    await queryRunner.query(`DROP TABLE proposal`);
    await queryRunner.query(`DROP TABLE meeting_response`);
    await queryRunner.query(`DROP TABLE network_meeting`);
    await queryRunner.query(`DROP TRIGGER organization_centre_without_members ON organization`);
    await queryRunner.query(`DROP TRIGGER app_user_not_of_centre ON app_user`);
    await queryRunner.query(`DROP FUNCTION centre_has_no_members()`);
    await queryRunner.query(`DROP INDEX organization_one_centre_idx`);
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN kind`);
    await queryRunner.query(`DELETE FROM change_log WHERE entity IN (${NETWORK_ENTITIES})`);
    await queryRunner.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check`);
    await queryRunner.query(`ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check CHECK (entity IN (${ENTITIES_BEFORE}))`);
  }
}
