import type { AgendaItemStatus } from '../../graphql/graphql.js';

/** The agenda as staff work on it: what is on it in order, what waits for a decision, what was decided against. */
export interface PlannedItem {
  id: string;
  status: AgendaItemStatus;
  position?: number | null;
  createdAt: string;
}

export function agendaGroups<I extends PlannedItem>(agenda: readonly I[]): { accepted: I[]; proposed: I[]; decided: I[] } {
  const byCreated = (a: I, b: I) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);
  return {
    accepted: agenda.filter((item) => item.status === 'ACCEPTED').sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || byCreated(a, b)),
    proposed: agenda.filter((item) => item.status === 'PROPOSED').sort(byCreated),
    decided: agenda.filter((item) => item.status === 'MERGED' || item.status === 'DECLINED').sort(byCreated),
  };
}

/** The order after moving one item a step up (-1) or down (+1); null at either end, where the button is off. */
export function moveInOrder(ids: readonly string[], id: string, step: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return order;
}

/** The items a proposed topic can be merged into: on the agenda or still proposed, not itself. */
export function mergeTargets<I extends PlannedItem>(agenda: readonly I[], itemId: string): I[] {
  const { accepted, proposed } = agendaGroups(agenda);
  return [...accepted, ...proposed].filter((item) => item.id !== itemId);
}
