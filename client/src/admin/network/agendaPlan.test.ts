import { describe, expect, it } from 'vitest';
import { agendaGroups, mergeTargets, moveInOrder, type PlannedItem } from './agendaPlan.js';

const item = (id: string, status: PlannedItem['status'], createdAt: string, position: number | null = null): PlannedItem => ({
  id,
  status,
  position,
  createdAt: `2026-06-0${createdAt}T10:00:00.000Z`,
});

const AGENDA = [
  item('late-topic', 'PROPOSED', '5'),
  item('second', 'ACCEPTED', '1', 2),
  item('early-topic', 'PROPOSED', '2'),
  item('merged', 'MERGED', '3'),
  item('first', 'ACCEPTED', '4', 1),
  item('declined', 'DECLINED', '1'),
];

describe('the agenda', () => {
  it('orders the accepted items by position, the proposed ones by arrival, and puts the decided ones apart', () => {
    const groups = agendaGroups(AGENDA);
    expect(groups.accepted.map((one) => one.id)).toEqual(['first', 'second']);
    expect(groups.proposed.map((one) => one.id)).toEqual(['early-topic', 'late-topic']);
    expect(groups.decided.map((one) => one.id)).toEqual(['declined', 'merged']);
  });

  it('moves an item one step, and not past either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveInOrder(['a', 'b', 'c'], 'x', 1)).toBeNull();
  });

  it('merges a topic only into another accepted or proposed one', () => {
    expect(mergeTargets(AGENDA, 'early-topic').map((one) => one.id)).toEqual(['first', 'second', 'late-topic']);
  });
});
