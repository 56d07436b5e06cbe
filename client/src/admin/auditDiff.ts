/** One field an audit entry changed, with its value before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields the audit page never lists: identities, not changes. */
const IDENTITY = new Set(['id', 'updatedAt', 'version']);

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
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * A value as one line of text: names instead of ids, dates as the reader writes them, lists joined, opening
 * hours as "Mo 09:00–13:00", nothing as "—".
 */
export function describeValue(value: unknown, words: ValueWords = {}): string {
  const weekdayName = words.weekdayName ?? String;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    const name = words.nameOf?.(value);
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
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '—';
}
