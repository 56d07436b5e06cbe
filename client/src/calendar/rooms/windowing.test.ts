import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, visibleRows } from './windowing.js';

describe('windowing', () => {
  const offsets = rowOffsets([100, 50, 50, 200, 100]);

  it('sums the heights into offsets, the last the total', () => {
    expect(offsets).toEqual([0, 100, 150, 200, 400, 500]);
  });

  it('finds the row at a height', () => {
    expect([rowAt(offsets, 0), rowAt(offsets, 99), rowAt(offsets, 100), rowAt(offsets, 399), rowAt(offsets, 10_000)]).toEqual([
      0, 0, 1, 3, 4,
    ]);
  });

  it('draws the rows the window shows, with some more on both sides', () => {
    expect(visibleRows(offsets, 120, 180, 0)).toEqual({ first: 1, last: 3 });
    expect(visibleRows(offsets, 120, 180, 30)).toEqual({ first: 0, last: 4 });
  });

  it('draws nothing when the rows are out of sight, and everything when all are in it', () => {
    expect(visibleRows(offsets, -900, -600, 100)).toEqual({ first: 0, last: 0 });
    expect(visibleRows(offsets, 600, 900, 50)).toEqual({ first: 0, last: 0 });
    expect(visibleRows(offsets, -50, 2000, 0)).toEqual({ first: 0, last: 5 });
    expect(visibleRows([0], 0, 100, 10)).toEqual({ first: 0, last: 0 });
  });
});
