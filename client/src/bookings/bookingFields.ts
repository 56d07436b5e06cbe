import type { CreateBookingInput, UpdateBookingInput, UpdateBookingSeriesInput } from '../graphql/graphql.js';
import { localTime } from '../shared/localTime.js';
import type { Booking } from '../shared/types.js';

/** A field a person writes when booking: the keys of the generated create input. */
export type EditableField = keyof CreateBookingInput;

/** Every editable field with a value, as the form holds them and as undo sends them again. */
export type BookingValues = { [Field in EditableField]-?: CreateBookingInput[Field] };

type Reader<Field extends EditableField> = {
  /** The field's value read back from a booking as the API returned it; null where the viewer may not read it. */
  read: (booking: Booking) => CreateBookingInput[Field] | null;
  /** Whether the input takes null for it; then null is a value, not "unknown". Checked against the generated type. */
  nullable: null extends CreateBookingInput[Field] ? true : false;
};

/**
 * A booking's editable fields, listed once on the client. Undo of a cancellation and the "all dates" diff
 * derive from this table; a field added to the schema's input fails to compile until it is named here, so
 * no copy can silently drop it.
 */
export const BOOKING_FIELDS: { [Field in EditableField]-?: Reader<Field> } = {
  roomId: { read: (booking) => booking.room.id, nullable: false },
  organizationId: { read: (booking) => booking.organization?.id ?? null, nullable: false },
  title: { read: (booking) => booking.title, nullable: false },
  category: { read: (booking) => booking.category, nullable: false },
  start: { read: (booking) => booking.start, nullable: false },
  end: { read: (booking) => booking.end, nullable: false },
  visibility: { read: (booking) => booking.visibility, nullable: false },
  expectedAttendees: { read: (booking) => booking.expectedAttendees, nullable: true },
  notes: { read: (booking) => booking.notes, nullable: true },
};

export const EDITABLE_FIELDS = Object.keys(BOOKING_FIELDS) as EditableField[];

// a change of one booking sends the same fields as its creation: the two inputs must not drift apart
const updateTakesTheSameFields: [
  Exclude<keyof UpdateBookingInput, EditableField>,
  Exclude<EditableField, keyof UpdateBookingInput>,
] extends [never, never]
  ? true
  : never = true;
void updateTakesTheSameFields;

/**
 * The booking's fields as the create input takes them, to book it again (undo), or null when the viewer
 * cannot read them all (another MO's private booking shows only that the room is taken).
 */
export function bookingValues(booking: Booking): BookingValues | null {
  const values: Partial<Record<EditableField, unknown>> = {};
  for (const field of EDITABLE_FIELDS) {
    const value = BOOKING_FIELDS[field].read(booking);
    if (value === null && !BOOKING_FIELDS[field].nullable) return null;
    values[field] = value;
  }
  return values as BookingValues;
}

/**
 * How each field of a change to several dates of a series is found: an editable field as the form holds it,
 * or a time of day as typed (every date keeps its own day; "24:00" is midnight). A field added to the series
 * input that is neither fails to compile here.
 */
const SERIES_CHANGE = {
  roomId: 'asIs',
  title: 'asIs',
  category: 'asIs',
  visibility: 'asIs',
  expectedAttendees: 'asIs',
  notes: 'asIs',
  startTime: { wallClockOf: 'start' },
  endTime: { wallClockOf: 'end' },
} as const satisfies {
  [Field in keyof UpdateBookingSeriesInput]-?: Field extends EditableField ? 'asIs' : { wallClockOf: 'start' | 'end' };
};
type SeriesField = keyof typeof SERIES_CHANGE;

/** A field's value compared as the API stores it: an empty or absent optional field is null. */
const comparable = (value: unknown) => value ?? null;

/**
 * The series input for a change of several dates, made from the form: only the fields that differ from
 * this date's, times as wall-clock.
 */
export function seriesChanges(
  booking: Booking,
  values: BookingValues,
  times: { startTime: string; endTime: string },
): UpdateBookingSeriesInput {
  const input: Record<string, unknown> = {};
  for (const name of Object.keys(SERIES_CHANGE) as SeriesField[]) {
    const how = SERIES_CHANGE[name];
    if (how === 'asIs') {
      const field: EditableField = name as Extract<SeriesField, EditableField>;
      const value = comparable(values[field]);
      if (value !== comparable(BOOKING_FIELDS[field].read(booking))) input[name] = value;
    } else {
      const time = times[name as keyof typeof times];
      if (time !== localTime(booking[how.wallClockOf])) input[name] = time;
    }
  }
  return input;
}
