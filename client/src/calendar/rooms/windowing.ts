/** Where each row starts, from the rows' heights: one more entry than rows, the last the total height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = [0];
  for (const height of heights) offsets.push(offsets.at(-1)! + height);
  return offsets;
}

/** The row at a height: the last whose start is at or above it (rows of no height are passed). */
export function rowAt(offsets: readonly number[], y: number): number {
  const rows = offsets.length - 1;
  let low = 0;
  let high = rows;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, Math.max(0, rows - 1));
}

/**
 * The rows to draw, [first, last): those between `top` and `bottom` of the rows' area (what the window shows
 * of it), with `overscan` px more on both sides, so scrolling and Tab meet rows already drawn.
 */
export function visibleRows(offsets: readonly number[], top: number, bottom: number, overscan: number): { first: number; last: number } {
  const rows = offsets.length - 1;
  if (rows <= 0 || bottom < top) return { first: 0, last: 0 };
  const total = offsets[rows]!;
  const from = Math.max(0, top - overscan);
  const to = Math.min(total, bottom + overscan);
  if (to <= 0 || from >= total) return { first: 0, last: 0 };
  return { first: rowAt(offsets, from), last: rowAt(offsets, Math.max(from, to - 1)) + 1 };
}
