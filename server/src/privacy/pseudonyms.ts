import { createHash } from 'node:crypto';

/*
 * Pseudonyms (GDPR Art. 4 No. 5): what the change log and the kept rows say instead of a name. Derived from the
 * row's id, so one person or MO has the same pseudonym in every entry and after every run, and nobody needs a
 * table of who was whom; the id was in those rows already, so the pseudonym tells nothing the id did not.
 */

const PSEUDONYM_SQL = (prefix: string, id: string) => `'${prefix}' || left(encode(sha256(convert_to(${id}::text, 'UTF8')), 'hex'), 8)`;

/** What every pseudonym looks like, as a POSIX regular expression. */
const PSEUDONYM_PATTERN = '^(P|MO)-[0-9a-f]{8}$';

function shortHash(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
}

/** "P-3f9a2c1b": a person (an account, an invitation, a coach) in the log and in their kept row. */
export function personPseudonym(id: string): string {
  return `P-${shortHash(id)}`;
}

/** "MO-3f9a2c1b": an erased MO's name and short name (both unique enough for the `UNIQUE (name)`). */
export function organizationPseudonym(id: string): string {
  return `MO-${shortHash(id)}`;
}

/** An address no mail server accepts (RFC 2606), unique per person, for the kept row's `UNIQUE (email)`. */
export function erasedEmail(id: string): string {
  return `erased-${id}@erased.invalid`;
}

/** `personPseudonym` of the SQL expression `id`, for statements that pseudonymise many rows at once. */
export function personPseudonymSql(id: string): string {
  return PSEUDONYM_SQL('P-', id);
}

/**
 * What a change-log snapshot keeps of each entity's personal fields once pseudonymised, as a SQL expression of
 * the row (`entity`, `entity_id`): the fields a person is named or reached by. An MO's name stays (an MO is a
 * body, not a person; erasing one is its own step), its contact, often a person's, goes.
 */
export function personalFieldsSql(entity: string, entityId: string): string {
  const pseudonym = personPseudonymSql(entityId);
  return `CASE ${entity}
      WHEN 'USER' THEN jsonb_build_object('name', ${pseudonym}, 'email', ${pseudonym})
      WHEN 'COACH' THEN jsonb_build_object('name', ${pseudonym}, 'contact', '')
      WHEN 'ORGANIZATION' THEN jsonb_build_object('contactEmail', NULL, 'contactPhone', NULL)
    END`;
}

/**
 * The snapshot `column` with those of `replacements`' keys it has replaced (a key it lacks is not added, so an
 * entry does not seem to have changed a field it never held); NULL stays NULL. A field that holds a pseudonym
 * already keeps it: an erased person's invitations carry the person's, which retention must not change later.
 */
export function scrubbedSql(column: string, replacements: string): string {
  return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${column} || coalesce(
      (SELECT jsonb_object_agg(field.key, field.value) FROM jsonb_each(${replacements}) AS field
        WHERE ${column} ? field.key AND coalesce(${column}->>field.key !~ '${PSEUDONYM_PATTERN}', true)),
      '{}'::jsonb) END`;
}
