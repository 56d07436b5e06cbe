import { describe, expect, it } from 'vitest';
import { navigate, rowItems, type NavItem } from './roomsKeyboard.js';

// three rooms over a week: bookings on Tuesday (two) and Thursday; none; one on Tuesday
const rows: NavItem[][] = [rowItems([1, 1, 3], 7, true), rowItems([], 7, true), rowItems([1], 7, true)];
const itemsOf = (row: number) => rows[row] ?? [];
const go = (row: number, item: number, key: Parameters<typeof navigate>[3], direction: 'ltr' | 'rtl' = 'ltr') =>
  navigate(itemsOf, rows.length, { row, item }, key, { direction, pageRows: 2 });

describe('rowItems', () => {
  it('puts each column’s free cell before its bookings', () => {
    expect(rowItems([1, 1], 3, true).map((item) => `${item.column}${item.kind[0]}`)).toEqual(['0c', '1c', '1b', '1b', '2c']);
  });

  it('gives someone who may not book the bookings only', () => {
    expect(rowItems([2, 0], 3, false)).toEqual([
      { column: 0, kind: 'booking' },
      { column: 2, kind: 'booking' },
    ]);
  });
});

describe('navigate', () => {
  it('goes along the row, mirrored right to left, and stops at its ends', () => {
    expect(go(0, 2, 'ArrowRight')).toEqual({ row: 0, item: 3 });
    expect(go(0, 2, 'ArrowLeft', 'rtl')).toEqual({ row: 0, item: 3 });
    expect(go(0, 0, 'ArrowLeft')).toBeNull();
    expect(go(0, rows[0]!.length - 1, 'ArrowRight')).toBeNull();
    expect(go(0, 5, 'Home')).toEqual({ row: 0, item: 0 });
    expect(go(0, 0, 'End')).toEqual({ row: 0, item: rows[0]!.length - 1 });
  });

  it('goes down onto a booking of the same day, else the free cell of that day', () => {
    // Tuesday's first booking in room 0 is item 2; room 1 has only cells: Tuesday's is item 1
    expect(go(0, 2, 'ArrowDown')).toEqual({ row: 1, item: 1 });
    expect(go(1, 1, 'ArrowDown')).toEqual({ row: 2, item: 1 });
    // Tuesday's second booking in room 0 goes to the one booking of Tuesday in room 2 across a page
    expect(go(0, 3, 'PageDown')).toEqual({ row: 2, item: 2 });
    expect(go(2, 2, 'ArrowUp')).toEqual({ row: 1, item: 1 });
    expect(go(0, 2, 'ArrowUp')).toBeNull();
  });

  it('passes over rooms without anything to reach', () => {
    const sparse = [rowItems([0], 7, false), rowItems([], 7, false), rowItems([4], 7, false)];
    expect(navigate((row) => sparse[row]!, 3, { row: 0, item: 0 }, 'ArrowDown', { direction: 'ltr', pageRows: 5 })).toEqual({
      row: 2,
      item: 0,
    });
  });
});
