/**
 * Moving through the rooms view with the arrow keys. A row's items are its bookings and, for someone who may
 * book, a free cell per column (a day or an hour) to book there; each item has a column and a kind. Left and
 * right go along the row (mirrored right to left), up and down to the nearest row with items, onto the item of
 * the same kind in the same column, else the nearest column. Rows are given by a function, because a row not
 * drawn yet (the view draws only the rows on screen) must be reachable too.
 */
export interface NavItem {
  column: number;
  kind: 'booking' | 'cell';
}

export interface NavPosition {
  row: number;
  item: number;
}

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export const NAV_KEYS: ReadonlySet<string> = new Set<NavKey>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** A row's items in the order they are drawn and read: column by column, in each the free cell, then the bookings. */
export function rowItems(bookingColumns: readonly number[], columns: number, canBook: boolean): NavItem[] {
  const items: NavItem[] = [];
  const byColumn = new Map<number, number>();
  for (const column of bookingColumns) byColumn.set(column, (byColumn.get(column) ?? 0) + 1);
  for (let column = 0; column < columns; column++) {
    if (canBook) items.push({ column, kind: 'cell' });
    for (let count = byColumn.get(column) ?? 0; count > 0; count--) items.push({ column, kind: 'booking' });
  }
  return items;
}

export function navigate(
  itemsOf: (row: number) => readonly NavItem[],
  rows: number,
  from: NavPosition,
  key: NavKey,
  options: { direction: 'ltr' | 'rtl'; pageRows: number },
): NavPosition | null {
  const here = itemsOf(from.row);
  const current = here[from.item];
  if (!current) return null;
  const forward = options.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return from.item + 1 < here.length ? { row: from.row, item: from.item + 1 } : null;
  if (key === backward) return from.item > 0 ? { row: from.row, item: from.item - 1 } : null;
  if (key === 'Home') return { row: from.row, item: 0 };
  if (key === 'End') return { row: from.row, item: here.length - 1 };
  const step = key === 'ArrowUp' || key === 'PageUp' ? -1 : 1;
  const distance = key === 'PageUp' || key === 'PageDown' ? Math.max(1, options.pageRows) : 1;
  // the row `distance` rows away, or the last one with items on the way when the grid ends first
  let target: { row: number; items: readonly NavItem[] } | null = null;
  for (let row = from.row + step, moved = 1; row >= 0 && row < rows; row += step, moved++) {
    const items = itemsOf(row);
    if (items.length === 0) continue;
    target = { row, items };
    if (moved >= distance) break;
  }
  if (!target) return null;
  return { row: target.row, item: closestItem(target.items, current, rankOf(here, from.item)) };
}

/** Which of the items of its kind in its column an item is (the second booking of Tuesday: 1). */
function rankOf(items: readonly NavItem[], index: number): number {
  const item = items[index]!;
  let rank = 0;
  for (let other = 0; other < index; other++) if (items[other]!.column === item.column && items[other]!.kind === item.kind) rank++;
  return rank;
}

function closestItem(items: readonly NavItem[], like: NavItem, rank: number): number {
  let best = 0;
  let bestScore = Infinity;
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = `${item.column}:${item.kind}`;
    const itemRank = seen.get(key) ?? 0;
    seen.set(key, itemRank + 1);
    // the column first, then the kind, then the place among its kind
    const score = Math.abs(item.column - like.column) * 1000 + (item.kind === like.kind ? 0 : 100) + Math.abs(itemRank - rank);
    if (score < bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** Where each free cell and each booking (in order of start) sits among a row's items, for `data-item`. */
export function itemIndexes(items: readonly NavItem[]): { cells: number[]; bookings: number[] } {
  const cells: number[] = [];
  const bookings: number[] = [];
  items.forEach((item, index) => (item.kind === 'cell' ? (cells[item.column] = index) : bookings.push(index)));
  return { cells, bookings };
}
