import { describe, expect, it } from 'vitest';
import { countByAction, decisionsOf, initialChoices, isUndecidedRefusal, type AffectedRow } from './closureDecisions.js';

const room = (id: string) => ({ id, name: `Raum ${id}`, capacity: 20, location: { id: 'south', name: 'Haus Süd' } });
const row = (id: string, suggestions: string[]): AffectedRow => ({
  booking: {
    id,
    title: `Buchung ${id}`,
    start: '2027-06-09T08:00:00.000Z',
    end: '2027-06-09T10:00:00.000Z',
    expectedAttendees: null,
    room: { id: 'hall', name: 'Saal' },
    organization: { id: 'mo', name: 'Chor' },
  },
  suggestions: suggestions.map(room),
});

describe('initialChoices', () => {
  it('moves to the suggested room where there is one, and leaves the others undecided', () => {
    expect(initialChoices([row('a', ['r1', 'r2']), row('b', [])])).toEqual({
      a: { action: 'MOVE', roomId: 'r1' },
      b: { action: null, roomId: '' },
    });
  });

  it('keeps earlier choices when asked again, unless their room is no longer offered', () => {
    const earlier = {
      a: { action: 'CANCEL', roomId: '' },
      b: { action: 'MOVE', roomId: 'gone' },
      c: { action: 'MOVE', roomId: 'r2' },
    } as const;
    expect(initialChoices([row('a', ['r1']), row('b', ['r1']), row('c', ['r1', 'r2']), row('new', ['r3'])], earlier)).toEqual({
      a: { action: 'CANCEL', roomId: '' },
      b: { action: 'MOVE', roomId: 'r1' },
      c: { action: 'MOVE', roomId: 'r2' },
      new: { action: 'MOVE', roomId: 'r3' },
    });
  });
});

describe('decisionsOf', () => {
  it('sends a room only with a move, and names every booking still undecided', () => {
    const rows = [row('a', ['r1']), row('b', []), row('c', []), row('d', []), row('e', [])];
    const choices = {
      a: { action: 'MOVE', roomId: 'r1' },
      b: { action: 'CANCEL', roomId: 'r9' },
      c: { action: 'KEEP', roomId: '' },
      d: { action: 'MOVE', roomId: '' },
    } as const;
    const { decisions, undecided } = decisionsOf(rows, choices);
    expect(decisions).toEqual([
      { bookingId: 'a', action: 'MOVE', roomId: 'r1' },
      { bookingId: 'b', action: 'CANCEL' },
      { bookingId: 'c', action: 'KEEP' },
    ]);
    expect(undecided).toEqual(['d', 'e']);
    expect(countByAction(decisions)).toEqual({ MOVE: 1, CANCEL: 1, KEEP: 1 });
  });
});

describe('isUndecidedRefusal', () => {
  it('recognises the server saying a booking had no decision, and nothing else', () => {
    const refusal = (extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message: 'x', extensions }] });
    expect(isUndecidedRefusal(refusal({ code: 'BAD_USER_INPUT', field: 'decisions', reason: 'REQUIRED' }))).toBe(true);
    expect(isUndecidedRefusal(refusal({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED' }))).toBe(false);
    expect(isUndecidedRefusal(refusal({ code: 'BOOKING_CONFLICT' }))).toBe(false);
    expect(isUndecidedRefusal(new Error('network'))).toBe(false);
  });
});
