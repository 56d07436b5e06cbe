/**
 * The calendar's events by room, reusing last time's array for every room whose events are the same objects
 * in the same order: a row is drawn again only when its own array is new, so a live change redraws its row.
 */
export function groupByRoom<T>(
  items: readonly T[],
  roomsOf: (item: T) => readonly string[],
  previous: ReadonlyMap<string, readonly T[]>,
): Map<string, readonly T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items)
    for (const room of roomsOf(item)) {
      const list = grouped.get(room);
      if (list) list.push(item);
      else grouped.set(room, [item]);
    }
  const result = new Map<string, readonly T[]>();
  for (const [room, list] of grouped) {
    const before = previous.get(room);
    result.set(room, before && sameItems(before, list) ? before : list);
  }
  return result;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
