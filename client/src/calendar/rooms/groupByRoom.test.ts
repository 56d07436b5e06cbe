import { describe, expect, it } from 'vitest';
import { groupByRoom } from './groupByRoom.js';

type Item = { id: string; rooms: string[] };
const roomsOf = (item: Item) => item.rooms;

describe('groupByRoom', () => {
  it('groups by room, an item of several rooms in each', () => {
    const closed = { id: 'closed', rooms: ['r1', 'r2'] };
    const grouped = groupByRoom([closed, { id: 'b', rooms: ['r1'] }], roomsOf, new Map());
    expect([...grouped].map(([room, items]) => [room, items.map((item) => item.id)])).toEqual([
      ['r1', ['closed', 'b']],
      ['r2', ['closed']],
    ]);
  });

  it('keeps the array of every room whose items did not change, so only the changed row draws again', () => {
    const a = { id: 'a', rooms: ['r1'] };
    const b = { id: 'b', rooms: ['r2'] };
    const first = groupByRoom([a, b], roomsOf, new Map());
    const changed = { id: 'b', rooms: ['r2'] };
    const second = groupByRoom([a, changed], roomsOf, first);
    expect(second.get('r1')).toBe(first.get('r1'));
    expect(second.get('r2')).not.toBe(first.get('r2'));
  });
});
