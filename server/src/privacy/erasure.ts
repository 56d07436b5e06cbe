import type { DataSource, EntityManager } from 'typeorm';
import { assertMayErase } from '../auth/policy.js';
import { assertNotLastStaff } from '../auth/people.service.js';
import type { SessionCache } from '../auth/session-cache.js';
import { endSessions } from '../auth/session.service.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingService } from '../bookings/booking.service.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import { recordChange } from '../changes/change-log.js';
import type { Clock } from '../shared/clock.js';
import { badInput, isUuid, notFound } from '../shared/errors.js';
import { erasedEmail, organizationPseudonym, personPseudonym, scrubbedSql } from './pseudonyms.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  organization_id: string | null;
  erased_at: Date | null;
}

/**
 * Erasure (GDPR Art. 17), staff only. What identifies a person goes: name, e-mail, password, sessions, feed
 * addresses, reset links, invitations, notices and the mails queued for them. What the centre must still count
 * stays without them: their bookings (no longer "made by" anyone), coaching and network answers (their MO's),
 * and every change-log entry, with the person under a stable pseudonym (`pseudonyms.ts`). The row of the person
 * stays as that pseudonym, so every reference to it still holds and the audit can say "an erased person".
 * Each erasure is one transaction with its own change-log entry; erasing twice changes nothing.
 */
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Forgotten after commit, on this node; other nodes hear of the ended sessions through `session_ended`. */
    private readonly sessionCache: SessionCache,
    /** An erased MO's coming bookings are cancelled through the one unit of work for bookings. */
    private readonly bookings: Pick<BookingService, 'write'>,
  ) {}

  async erasePerson(viewer: Viewer, id: string): Promise<void> {
    assertMayErase(viewer);
    if (!isUuid(id)) throw notFound('User', id);
    await this.dataSource.transaction(async (manager) => {
      const person = await lockPerson(manager, id);
      if (!person) throw notFound('User', id);
      if (person.role === 'STAFF' && person.active) await assertNotLastStaff(manager, id, 'id');
      await erasePersonIn(manager, person, viewerUserId(viewer), this.clock());
    });
    this.sessionCache.forgetUser(id);
  }

  /**
   * The MO's name, description and contacts, and every one of its people. Its past bookings stay for the
   * figures; those not yet begun are cancelled in the same unit, so no room stays held for an MO that is gone
   * and every open calendar frees the slots at once.
   */
  async eraseOrganization(viewer: Viewer, id: string): Promise<void> {
    assertMayErase(viewer);
    if (!isUuid(id)) throw notFound('Organization', id);
    const people = await this.bookings.write(viewer, async (write) => {
      const manager = write.manager;
      const rows: Array<{ kind: string; profile_public: boolean; erased_at: Date | null }> = await manager.query(
        `SELECT kind, profile_public, erased_at FROM organization WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const organization = rows[0];
      if (!organization) throw notFound('Organization', id);
      // the centre's own organisation holds the network meetings; it is nobody's to erase
      if (organization.kind !== 'MO') throw badInput('id', 'UNKNOWN_ORGANIZATION');
      const members: PersonRow[] = await manager.query(`${PERSON_COLUMNS} WHERE organization_id = $1 ORDER BY id FOR UPDATE`, [id]);
      const now = this.clock();
      for (const member of members) await erasePersonIn(manager, member, viewerUserId(viewer), now);
      if (organization.erased_at === null)
        await eraseOrganizationRow(manager, { id, wasPublic: organization.profile_public }, viewerUserId(viewer), now);
      // read after the erasure, so the change log's records of these cancellations carry the pseudonym only
      const coming: Array<{ id: string }> = await manager.query(
        `SELECT id FROM booking WHERE organization_id = $1 AND ${holdsSlotSql()} AND starts_at >= $2 ORDER BY id FOR UPDATE`,
        [id, now],
      );
      // a coaching session in one of its rooms ends with its booking, as when staff cancel it
      write.sessionBookings = 'follow';
      for (const booking of await findBookingRecords(
        manager,
        coming.map((row) => row.id),
      ))
        await write.cancel(booking, now);
      return members.map((member) => member.id);
    });
    for (const person of people) this.sessionCache.forgetUser(person);
  }
}

const PERSON_COLUMNS = `SELECT id, name, email, role, active, organization_id, erased_at FROM app_user`;

async function lockPerson(manager: EntityManager, id: string): Promise<PersonRow | undefined> {
  const rows: PersonRow[] = await manager.query(`${PERSON_COLUMNS} WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

/** Erases one locked person inside the caller's transaction. */
async function erasePersonIn(manager: EntityManager, person: PersonRow, actorId: string | null, now: Date): Promise<void> {
  if (person.erased_at !== null) return;
  const pseudonym = personPseudonym(person.id);
  const invitations: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM invitation WHERE email = $1`, [
    person.email,
  ]);
  // a coach record linked to the person is that person (their name, how to reach them)
  const coaches: Array<{ id: string; name: string; contact: string }> = await manager.query(
    `SELECT id, name, contact FROM coach WHERE user_id = $1`,
    [person.id],
  );
  await pseudonymiseLog(manager, {
    accountIds: [person.id, ...invitations.map((row) => row.id)],
    coachIds: coaches.map((row) => row.id),
    actorId: person.id,
    email: person.email,
    words: [person.email, person.name, ...invitations.map((row) => row.name), ...coaches.flatMap((row) => [row.name, row.contact])],
    pseudonym,
  });
  await manager.query(`UPDATE coach SET name = $2, contact = '', active = false WHERE user_id = $1`, [person.id, pseudonym]);
  // an MO's contact address that was this person's own
  await manager.query(`UPDATE organization SET contact_email = NULL WHERE contact_email = $1`, [person.email]);
  await endSessions(manager, person.id);
  for (const table of [
    'password_reset',
    'calendar_feed',
    'notification',
    'coaching_notice',
    'network_notice',
    'series_notice',
    'network_mail',
  ])
    await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [person.id]);
  // mails queued for the address (or keeping a booking that named it), invitations to it
  for (const table of ['coaching_change_mail', 'network_mail'])
    await manager.query(`DELETE FROM ${table} WHERE recipient = $1`, [person.email]);
  await manager.query(`DELETE FROM booking_change_mail WHERE recipient = $1 OR strpos(before::text, $2) > 0`, [
    person.email,
    JSON.stringify(person.email),
  ]);
  await manager.query(`DELETE FROM invitation WHERE email = $1`, [person.email]);
  // the bookings stay the MO's, for its calendar and the city's figures, but made by nobody in particular
  await manager.query(`UPDATE booking SET created_by_id = NULL WHERE created_by_id = $1`, [person.id]);
  await manager.query(`UPDATE booking_series SET created_by_id = NULL WHERE created_by_id = $1`, [person.id]);
  // who asked to be told of a slot is forgotten; the entry stays for the figures, and is offered nothing more
  // (an offer is made only while the person who joined may still book for the MO)
  await manager.query(`UPDATE waiting_list_entry SET person_id = NULL WHERE person_id = $1`, [person.id]);
  await manager.query(
    `UPDATE app_user SET name = $2, email = $3, password_hash = '!erased', active = false, language = NULL,
            last_sign_in_at = NULL, erased_at = $4
      WHERE id = $1`,
    [person.id, pseudonym, erasedEmail(person.id), now],
  );
  await recordChange(manager, {
    entity: 'USER',
    entityId: person.id,
    action: 'ERASED',
    actorId,
    before: null,
    after: { id: person.id, name: pseudonym, erased: true },
    locationIds: [],
    roomIds: [],
    organizationId: person.organization_id,
  });
}

/**
 * The change log keeps every event; what named the person in it becomes their pseudonym. Entries about their
 * account, invitations and coach record lose their personal fields by name (those retention pseudonymises);
 * any other entry they made, or that holds their address, has each of their exact words replaced.
 */
async function pseudonymiseLog(
  manager: EntityManager,
  person: { accountIds: string[]; coachIds: string[]; actorId: string; email: string; words: string[]; pseudonym: string },
): Promise<void> {
  const scrub = (entity: 'USER' | 'COACH', ids: string[], fields: Record<string, string>) =>
    manager.query(
      `UPDATE change_log SET before = ${scrubbedSql('before', '$3::jsonb')}, after = ${scrubbedSql('after', '$3::jsonb')}
        WHERE entity = $1 AND entity_id = ANY($2::uuid[])`,
      [entity, ids, JSON.stringify(fields)],
    );
  // the person's own pseudonym throughout, also in their invitations' and coach record's entries
  await scrub('USER', person.accountIds, { name: person.pseudonym, email: person.pseudonym });
  await scrub('COACH', person.coachIds, { name: person.pseudonym, contact: '' });
  // which entries concern them, chosen before any word is replaced (replacing the address first would hide them)
  const concerned: Array<{ cursor: string }> = await manager.query(
    `SELECT cursor::text AS cursor FROM change_log
      WHERE actor_id = $1 OR strpos(after::text, $2) > 0 OR strpos(coalesce(before::text, ''), $2) > 0`,
    [person.actorId, JSON.stringify(person.email)],
  );
  if (concerned.length === 0) return;
  const cursors = concerned.map((row) => row.cursor);
  for (const word of new Set(person.words)) {
    if (word.length === 0) continue;
    await manager.query(
      `UPDATE change_log
          SET before = replace(before::text, to_jsonb($1::text)::text, to_jsonb($2::text)::text)::jsonb,
              after = replace(after::text, to_jsonb($1::text)::text, to_jsonb($2::text)::text)::jsonb
        WHERE cursor = ANY($3::bigint[])
          AND (strpos(after::text, to_jsonb($1::text)::text) > 0 OR strpos(coalesce(before::text, ''), to_jsonb($1::text)::text) > 0)`,
      [word, person.pseudonym, cursors],
    );
  }
}

async function eraseOrganizationRow(
  manager: EntityManager,
  { id, wasPublic }: { id: string; wasPublic: boolean },
  actorId: string | null,
  now: Date,
): Promise<void> {
  const pseudonym = organizationPseudonym(id);
  const identifying = JSON.stringify({
    name: pseudonym,
    shortName: pseudonym,
    description: '',
    descriptionTranslations: {},
    contactEmail: null,
    contactPhone: null,
  });
  await manager.query(
    `UPDATE change_log SET before = ${scrubbedSql('before', '$2::jsonb')}, after = ${scrubbedSql('after', '$2::jsonb')}
      WHERE entity = 'ORGANIZATION' AND entity_id = $1`,
    [id, identifying],
  );
  // invitations to join it name the people invited; mails about its bookings and coaching go to its people and
  // carry its name and contacts (a booking's mail keeps the booking as it was)
  await manager.query(`DELETE FROM invitation WHERE organization_id = $1`, [id]);
  await manager.query(`DELETE FROM booking_change_mail WHERE booking_id IN (SELECT id FROM booking WHERE organization_id = $1)`, [id]);
  await manager.query(`DELETE FROM coaching_change_mail WHERE request_id IN (SELECT id FROM coaching_request WHERE organization_id = $1)`, [
    id,
  ]);
  await manager.query(
    `UPDATE organization SET name = $2, short_name = $2, description = '', description_translations = '{}'::jsonb,
            contact_email = NULL, contact_phone = NULL, profile_public = false, public_contact = false, active = false,
            erased_at = $3
      WHERE id = $1`,
    [id, pseudonym, now],
  );
  await recordChange(manager, {
    entity: 'ORGANIZATION',
    entityId: id,
    action: 'ERASED',
    actorId,
    // whether it was public decides who hears that it left the lists (`mayLearnOfDirectoryChange`)
    before: { id, profilePublic: wasPublic },
    after: { id, name: pseudonym, profilePublic: false, active: false, erased: true },
    locationIds: [],
    roomIds: [],
    organizationId: id,
  });
}
