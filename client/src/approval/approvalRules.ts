import type { ApprovalRulesInput, ApprovalRulesQuery } from '../graphql/graphql.js';

export type RuleSet = ApprovalRulesQuery['approvalRules'][number];

/** Where rules apply: the whole centre, one house, or one room. */
export type Scope = { kind: 'centre' } | { kind: 'house'; locationId: string } | { kind: 'room'; roomId: string };

/** The form as staff fill it in: a number is text while typed, empty for "not this rule". */
export interface RulesForm {
  always: boolean;
  onWeekends: boolean;
  minAttendees: string;
  seriesLongerThan: string;
  firstBookings: string;
}

export const EMPTY_FORM: RulesForm = { always: false, onWeekends: false, minAttendees: '', seriesLongerThan: '', firstBookings: '' };

export function scopeKey(scope: Scope): string {
  return scope.kind === 'centre' ? 'centre' : scope.kind === 'house' ? `house:${scope.locationId}` : `room:${scope.roomId}`;
}

export function scopeFromKey(key: string): Scope {
  const [kind, id] = key.split(':');
  if (kind === 'house' && id) return { kind: 'house', locationId: id };
  if (kind === 'room' && id) return { kind: 'room', roomId: id };
  return { kind: 'centre' };
}

/** The scope's own rule set, if it has one (a room without one follows its house, a house the centre). */
export function ownRules(sets: readonly RuleSet[], scope: Scope): RuleSet | undefined {
  return sets.find((set) =>
    scope.kind === 'room'
      ? set.roomId === scope.roomId
      : scope.kind === 'house'
        ? set.roomId === null && set.locationId === scope.locationId
        : set.roomId === null && set.locationId === null,
  );
}

export function formOf(set: RuleSet | undefined): RulesForm {
  if (!set) return { ...EMPTY_FORM };
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    always: set.always,
    onWeekends: set.onWeekends,
    minAttendees: text(set.minAttendees),
    seriesLongerThan: text(set.seriesLongerThan),
    firstBookings: text(set.firstBookings),
  };
}

const NUMBERS = ['minAttendees', 'seriesLongerThan', 'firstBookings'] as const;
export type NumberField = (typeof NUMBERS)[number];

/** The input to send, or the fields that are not whole numbers from 1 to 10,000 (the server's bounds). */
export function inputOf(form: RulesForm): { input: ApprovalRulesInput } | { invalid: NumberField[] } {
  const invalid: NumberField[] = [];
  const numbers: Partial<Record<NumberField, number | null>> = {};
  for (const field of NUMBERS) {
    const text = form[field].trim();
    if (text === '') numbers[field] = null;
    else if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10_000) numbers[field] = Number(text);
    else invalid.push(field);
  }
  if (invalid.length > 0) return { invalid };
  return {
    input: {
      always: form.always,
      onWeekends: form.onWeekends,
      minAttendees: numbers.minAttendees ?? null,
      seriesLongerThan: numbers.seriesLongerThan ?? null,
      firstBookings: numbers.firstBookings ?? null,
    },
  };
}

/** The scope's ids as the mutations take them. */
export function scopeVariables(scope: Scope): { locationId: string | null; roomId: string | null } {
  return {
    locationId: scope.kind === 'house' ? scope.locationId : null,
    roomId: scope.kind === 'room' ? scope.roomId : null,
  };
}
