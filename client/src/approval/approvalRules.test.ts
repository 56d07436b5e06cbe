import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formOf, inputOf, ownRules, scopeFromKey, scopeKey, scopeVariables, type RuleSet } from './approvalRules.js';

const set = (over: Partial<RuleSet>): RuleSet => ({
  id: 'x',
  locationId: null,
  roomId: null,
  always: false,
  minAttendees: null,
  onWeekends: false,
  seriesLongerThan: null,
  firstBookings: null,
  ...over,
});

describe('approval rules in the editor', () => {
  it('finds a scope’s own set, not its house’s or the centre’s', () => {
    const centre = set({ id: 'c', always: true });
    const house = set({ id: 'h', locationId: 'L' });
    const room = set({ id: 'r', roomId: 'R' });
    const sets = [centre, house, room];
    expect(ownRules(sets, { kind: 'centre' })).toBe(centre);
    expect(ownRules(sets, { kind: 'house', locationId: 'L' })).toBe(house);
    expect(ownRules(sets, { kind: 'room', roomId: 'R' })).toBe(room);
    expect(ownRules(sets, { kind: 'room', roomId: 'other' })).toBeUndefined();
  });

  it('round-trips a scope through its key and names its ids for the mutation', () => {
    for (const scope of [{ kind: 'centre' }, { kind: 'house', locationId: 'L' }, { kind: 'room', roomId: 'R' }] as const)
      expect(scopeFromKey(scopeKey(scope))).toEqual(scope);
    expect(scopeVariables({ kind: 'room', roomId: 'R' })).toEqual({ locationId: null, roomId: 'R' });
    expect(scopeVariables({ kind: 'centre' })).toEqual({ locationId: null, roomId: null });
  });

  it('turns the form into the input, empty numbers meaning "not this rule"', () => {
    expect(inputOf({ ...EMPTY_FORM, always: true, minAttendees: ' 30 ' })).toEqual({
      input: { always: true, onWeekends: false, minAttendees: 30, seriesLongerThan: null, firstBookings: null },
    });
    expect(formOf(set({ minAttendees: 30, onWeekends: true }))).toEqual({ ...EMPTY_FORM, onWeekends: true, minAttendees: '30' });
  });

  it.each(['0', '-3', '2.5', 'zehn', '10001'])('refuses %s as a number', (text) => {
    expect(inputOf({ ...EMPTY_FORM, firstBookings: text })).toEqual({ invalid: ['firstBookings'] });
  });
});
