import type { BookingCategory, BookingStatus, BookingVisibility } from './booking.enums.js';

/**
 * A booking's own fields, declared once. The entity's columns, the record, the change-log snapshot, the
 * draft a person writes, the view a viewer may see, the GraphQL types and the calendar's range SQL are all
 * derived from this list, so adding a field is one line here (plus its migration).
 *
 * - `column`: the column in table `booking`.
 * - `kind`: the value's type; `instant` is a `timestamptz` (a `Date` in memory, ISO text in snapshots).
 * - `nullable`: whether the value may be null.
 * - `draft`: what a person writes when booking: `required`, `optional` (null when absent) or a default.
 * - `shown`: who sees it in the API: `always`, `details` (those who may see the booking's details),
 *   `notes` (staff and the booking's MO), or absent (not in the API as a plain field).
 * - `about`: the field's description in the API.
 */
export const BOOKING_FIELDS = {
  id: { column: 'id', kind: 'uuid', nullable: false, shown: 'always' },
  roomId: { column: 'room_id', kind: 'uuid', nullable: false, draft: 'required' },
  organizationId: { column: 'organization_id', kind: 'uuid', nullable: false, draft: 'required' },
  title: { column: 'title', kind: 'text', nullable: false, draft: 'required', shown: 'details' },
  category: { column: 'category', kind: 'category', nullable: false, draft: 'required', shown: 'details' },
  start: { column: 'starts_at', kind: 'instant', nullable: false, draft: 'required', shown: 'always', about: 'Inclusive start.' },
  end: {
    column: 'ends_at',
    kind: 'instant',
    nullable: false,
    draft: 'required',
    shown: 'always',
    about: 'Exclusive end: a booking ending at 10:00 and one starting at 10:00 do not overlap.',
  },
  status: { column: 'status', kind: 'status', nullable: false, shown: 'always' },
  /** Fair use (issue 29): whether the MO came; a house that requires it releases bookings nobody checked in. */
  checkedInAt: {
    column: 'checked_in_at',
    kind: 'instant',
    nullable: true,
    shown: 'always',
    about: 'When someone of the MO (or staff, or the house’s display) checked in; null until then.',
  },
  /** Until when a REQUESTED booking waits for staff, or a HELD one for its MO; past it the slot is free again. */
  expiresAt: {
    column: 'expires_at',
    kind: 'instant',
    nullable: true,
    shown: 'always',
    about: 'For a REQUESTED or HELD booking: when it lapses unless decided or confirmed.',
  },
  statusReason: {
    column: 'status_reason',
    kind: 'text',
    nullable: true,
    shown: 'notes',
    about: 'Why it was declined or released, in the words of staff or of the rule. Only for staff and the booking’s own MO.',
  },
  visibility: { column: 'visibility', kind: 'visibility', nullable: false, draft: { default: 'MEMBERS' }, shown: 'always' },
  expectedAttendees: { column: 'expected_attendees', kind: 'integer', nullable: true, draft: 'optional', shown: 'details' },
  notes: {
    column: 'notes',
    kind: 'text',
    nullable: true,
    draft: 'optional',
    shown: 'notes',
    about: 'Only for staff and the booking’s own MO.',
  },
  seriesId: { column: 'series_id', kind: 'uuid', nullable: true },
  /** The date the series' rule gave this occurrence (its RECURRENCE-ID), also after it was moved. */
  occurrenceStart: {
    column: 'occurrence_start',
    kind: 'instant',
    nullable: true,
    shown: 'always',
    about: 'For a date of a series: the start its rule gave (also after it was moved); send it as fromStart.',
  },
  createdById: { column: 'created_by_id', kind: 'uuid', nullable: true },
  version: {
    column: 'version',
    kind: 'integer',
    nullable: false,
    shown: 'always',
    about: 'Send back as expectedVersion when changing the booking.',
  },
  updatedAt: { column: 'updated_at', kind: 'instant', nullable: false, shown: 'always' },
} as const satisfies Record<string, FieldSpec>;

export type FieldKind = 'uuid' | 'text' | 'integer' | 'instant' | 'category' | 'status' | 'visibility';

interface FieldSpec {
  column: string;
  kind: FieldKind;
  nullable: boolean;
  draft?: 'required' | 'optional' | { default: string };
  shown?: 'always' | 'details' | 'notes';
  about?: string;
}

type Fields = typeof BOOKING_FIELDS;
export type BookingFieldName = keyof Fields;

interface KindValues {
  uuid: string;
  text: string;
  integer: number;
  instant: Date;
  category: BookingCategory;
  status: BookingStatus;
  visibility: BookingVisibility;
}

type ValueOf<F extends FieldSpec, Instant> =
  (F['kind'] extends 'instant' ? Instant : KindValues[F['kind']]) | (F['nullable'] extends true ? null : never);

/** The booking's own values, as a row holds them. */
export type BookingFields = { -readonly [K in BookingFieldName]: ValueOf<Fields[K], Date> };

/** The same values JSON-safe, as the change log stores them. */
export type BookingFieldsJson = { -readonly [K in BookingFieldName]: ValueOf<Fields[K], string> };

export type DraftFieldName = { [K in BookingFieldName]: Fields[K] extends { draft: unknown } ? K : never }[BookingFieldName];

/** What a person writes to book a room. */
export type BookingDraft = Pick<BookingFields, DraftFieldName>;

export type ShownFieldName = { [K in BookingFieldName]: Fields[K] extends { shown: unknown } ? K : never }[BookingFieldName];

/** The shown fields as a viewer gets them: those not shown to everyone are null when hidden. */
export type ShownFields = {
  [K in ShownFieldName]: Fields[K] extends { shown: 'always' } ? BookingFields[K] : BookingFields[K] | null;
};

const entries = Object.entries(BOOKING_FIELDS) as Array<[BookingFieldName, FieldSpec]>;

export const FIELD_NAMES: readonly BookingFieldName[] = entries.map(([name]) => name);
export const DRAFT_FIELD_NAMES = entries.filter(([, spec]) => spec.draft).map(([name]) => name) as DraftFieldName[];
export const SHOWN_FIELD_NAMES = entries.filter(([, spec]) => spec.shown).map(([name]) => name) as ShownFieldName[];

export function fieldSpec(name: BookingFieldName): FieldSpec {
  return BOOKING_FIELDS[name];
}

/** Whether the API may answer null for a shown field: it may be empty, or hidden from some viewers. */
export function isNullableInApi(name: ShownFieldName): boolean {
  const spec = fieldSpec(name);
  return spec.nullable || spec.shown !== 'always';
}

/** `b.starts_at AS "start", …`: the booking's columns under their field names, for hand-written SQL. */
export function selectBookingColumns(alias: string): string {
  return entries.map(([name, spec]) => `${alias}.${spec.column} AS "${name}"`).join(', ');
}

/**
 * The shown columns ready for JSON: instants as the ISO text `Date#toISOString` gives (what the API's DateTime
 * sends), made by PostgreSQL, so a range of thousands of bookings parses no dates on the event loop.
 */
export function selectShownColumnsAsJson(alias: string): string {
  return entries
    .filter(([, spec]) => spec.shown)
    .map(([name, spec]) =>
      spec.kind === 'instant'
        ? `to_char(${alias}.${spec.column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${name}"`
        : `${alias}.${spec.column} AS "${name}"`,
    )
    .join(', ');
}

/** A row selected with `selectBookingColumns` as typed values (drivers hand back timestamps as text or Date). */
export function bookingFieldsFromRow(row: Record<string, unknown>): BookingFields {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of entries) {
    // snapshots written before a field existed lack it: null
    const value = row[name] ?? null;
    fields[name] = spec.kind === 'instant' && value !== null ? new Date(value as string | Date) : value;
  }
  return fields as BookingFields;
}

export function bookingFieldsToJson(fields: BookingFields): BookingFieldsJson {
  const json: Record<string, unknown> = {};
  for (const [name, spec] of entries) {
    const value = fields[name];
    json[name] = spec.kind === 'instant' && value !== null ? (value as Date).toISOString() : value;
  }
  return json as BookingFieldsJson;
}

export function bookingFieldsFromJson(json: BookingFieldsJson): BookingFields {
  return bookingFieldsFromRow(json);
}

/** The draft of a booking: a person's input with optional fields null and defaults filled in. */
export function draftFrom(input: { [K in DraftFieldName]?: BookingDraft[K] | null | undefined }): BookingDraft {
  const draft: Record<string, unknown> = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const spec = BOOKING_FIELDS[name] as FieldSpec;
    const given = input[name];
    draft[name] = given ?? (typeof spec.draft === 'object' ? spec.draft.default : null);
  }
  return draft as BookingDraft;
}

/**
 * The changes a partial input asks for: absent or null keeps a required field; for optional fields an
 * explicit null clears them.
 */
export function changesFrom(input: { [K in DraftFieldName]?: BookingDraft[K] | null | undefined }): Partial<BookingDraft> {
  const changes: Record<string, unknown> = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const given = input[name];
    if (given === undefined) continue;
    if (given === null && BOOKING_FIELDS[name].nullable !== true) continue;
    changes[name] = given;
  }
  return changes;
}

/** A draft with the changes applied. */
export function applyChanges(before: BookingDraft, changes: Partial<BookingDraft>): BookingDraft {
  return { ...before, ...changes };
}

/** A draft JSON-safe, as a series keeps the booking its dates are made from. */
export type BookingDraftJson = Pick<BookingFieldsJson, DraftFieldName>;

export function draftToJson(draft: BookingDraft): BookingDraftJson {
  const json: Record<string, unknown> = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const value = draft[name];
    json[name] = fieldSpec(name).kind === 'instant' && value !== null ? (value as Date).toISOString() : value;
  }
  return json as BookingDraftJson;
}

/** A stored draft as a draft again; a field it was stored without (it is older than the field) gets its default. */
export function draftFromJson(json: Partial<BookingDraftJson>): BookingDraft {
  const values: Record<string, unknown> = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const value = json[name] ?? null;
    values[name] = fieldSpec(name).kind === 'instant' && value !== null ? new Date(value) : value;
  }
  return draftFrom(values);
}

export function draftOf(fields: BookingFields): BookingDraft {
  return Object.fromEntries(DRAFT_FIELD_NAMES.map((name) => [name, fields[name]])) as BookingDraft;
}
