/** One field an audit entry changed, with its value before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields the audit page never lists: identities and links only a program reads, not changes. */
const IDENTITY = new Set(['id', 'updatedAt', 'version', 'invitationId', 'sessionId', 'seriesId', 'occurrenceStart', 'keptBookingIds']);

/**
 * The words that name a field, by message key: the labels people know from the forms where they enter it
 * (`dialog.*`, `admin.*`), or the audit's own (`auditTexts.fields.*`). A field missing here shows its name.
 */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  title: 'dialog.title',
  category: 'dialog.category',
  start: 'dialog.start',
  end: 'dialog.end',
  visibility: 'dialog.visibility',
  expectedAttendees: 'dialog.attendees',
  notes: 'auditTexts.fields.notes',
  roomId: 'dialog.room',
  organizationId: 'dialog.organization',
  locationId: 'dialog.house',
  name: 'admin.people.name',
  email: 'admin.people.email',
  role: 'admin.people.role',
  address: 'admin.houses.address',
  timeZone: 'admin.houses.timeZone',
  openingHours: 'admin.houses.openingHours',
  capacity: 'admin.rooms.capacity',
  features: 'admin.rooms.features',
  colour: 'admin.rooms.colour',
  shortName: 'admin.organizations.shortName',
  description: 'admin.organizations.description',
  contactEmail: 'admin.organizations.contactEmail',
  contactPhone: 'admin.organizations.contactPhone',
  reason: 'auditTexts.fields.reason',
  status: 'auditTexts.fields.status',
  active: 'auditTexts.fields.active',
  language: 'auditTexts.fields.language',
  languages: 'auditTexts.fields.languages',
  createdById: 'auditTexts.fields.createdById',
  keptBookings: 'auditTexts.fields.keptBookings',
};

/** Fields whose values are codes, and the message group that words each code (`roles.MEMBER`). */
const CODE_GROUPS: Readonly<Record<string, string>> = {
  role: 'roles',
  category: 'categories',
  visibility: 'visibility',
  features: 'features',
  status: 'auditTexts.status',
};

/** The message key that words a coded value of `field`, or null when the field holds no codes. */
export function codeKey(field: string, code: string): string | null {
  const group = CODE_GROUPS[field];
  return group && /^[A-Z_]+$/.test(code) ? `${group}.${code}` : null;
}

/** Fields that hold language codes ("ar", "de"), which `Intl` names in the reader's language. */
export const LANGUAGE_FIELDS = new Set(['language', 'languages']);

/**
 * What an entry changed: every field whose value differs between before and after; for a creation (no
 * before) every field of after.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].filter((field) => !IDENTITY.has(field));
  return fields
    .filter((field) => before === null || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before?.[field], after: after[field] }));
}

export interface ValueWords {
  weekdayName?: (weekday: number) => string;
  /** The name behind an id (a room, a house, an MO, a person), when known. */
  nameOf?: (id: string) => string | undefined;
  /** An instant (ISO text) as the reader writes dates and times. */
  formatInstant?: (iso: string) => string;
  /** The words for a code of this field ("MEMBER" → "Mitglied einer Organisation"), when it has any. */
  codeName?: (code: string) => string | undefined;
  /** Yes or no in the reader's language. */
  yesNo?: (value: boolean) => string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * A value as one line of text: names instead of ids, words instead of codes, dates as the reader writes them,
 * lists joined, opening hours as "Mo 09:00–13:00", yes and no, nothing as "—".
 */
export function describeValue(value: unknown, words: ValueWords = {}): string {
  const weekdayName = words.weekdayName ?? String;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    const name = words.nameOf?.(value) ?? words.codeName?.(value);
    if (name) return name;
    if (words.formatInstant && ISO_INSTANT.test(value)) return words.formatInstant(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'object' && item !== null && 'weekday' in item))
      return (value as Array<{ weekday: number; opens: string; closes: string }>)
        .map((item) => `${weekdayName(item.weekday)} ${item.opens}–${item.closes}`)
        .join(', ');
    return value.map((item) => describeValue(item, words)).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  // what else a JSON value can be
  if (typeof value === 'boolean') return words.yesNo?.(value) ?? String(value);
  return typeof value === 'number' ? String(value) : '—';
}
