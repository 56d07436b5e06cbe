import { describe, expect, it } from 'vitest';
import { makeBooking } from '../shared/testing.js';
import { cleanReason, undoMoveVariables } from './moveAcross.js';

describe('undoMoveVariables', () => {
  it('moves back to the room and times before, at the version after', () => {
    const before = makeBooking();
    const after = makeBooking({ version: 4, start: '2026-06-03T14:00:00.000Z', room: { ...before.room, id: 'r9', locationId: 'l2' } });
    expect(undoMoveVariables(before, after)).toEqual({
      id: 'b1',
      expectedVersion: 4,
      roomId: 'r1',
      start: before.start,
      end: before.end,
      reason: null,
    });
  });
});

describe('cleanReason', () => {
  it('trims, and gives none for only spaces', () => {
    expect(cleanReason('  Wasserschaden ')).toBe('Wasserschaden');
    expect(cleanReason('   ')).toBeNull();
  });
});
