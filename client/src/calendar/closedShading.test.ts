import { describe, expect, it } from 'vitest';
import { arrangeShading, shadingLayout } from './closedShading.js';
import type { ClosedSpan } from './closedTime.js';

// Tuesday 2026-06-02 and Wednesday 2026-06-03 in Leipzig (UTC+2)
const at = (local: string) => Date.parse(`${local}:00+02:00`);
const span = (start: string, end: string, title: string, ...resourceIds: string[]): ClosedSpan => ({
  start: at(start),
  end: at(end),
  title,
  resourceIds,
});
const shown = (spans: ClosedSpan[]) =>
  spans.map((entry) => [new Date(entry.start).toISOString(), new Date(entry.end).toISOString(), entry.title, entry.resourceIds]);
const range = { from: '2026-06-02T00:00:00+02:00', to: '2026-06-04T00:00:00+02:00', closed: 'geschlossen' };

// house A (rooms a1, a2) opens Tuesday 08–22 and is closed Wednesday; house B (room b1) opens 10–18 both days
const houseA = [
  span('2026-06-02T00:00', '2026-06-02T08:00', 'geschlossen', 'a1', 'a2'),
  span('2026-06-02T22:00', '2026-06-04T00:00', 'geschlossen', 'a1', 'a2'),
];
const houseB = [
  span('2026-06-02T00:00', '2026-06-02T10:00', 'geschlossen', 'b1'),
  span('2026-06-02T18:00', '2026-06-03T10:00', 'geschlossen', 'b1'),
  span('2026-06-03T18:00', '2026-06-04T00:00', 'geschlossen', 'b1'),
];

describe('closed time as each view can show it', () => {
  it('picks the layout from the view', () => {
    expect(['resourceTimeGridDay', 'resourceTimelineWeek', 'timeGridWeek', 'listWeek'].map((view) => shadingLayout(view as never))).toEqual(
      ['room', 'roomDay', 'together', 'together'],
    );
  });

  it('shades a week of all rooms only where every shown room is closed, not where one house is', () => {
    expect(shown(arrangeShading([...houseA, ...houseB], 'together', { ...range, roomIds: ['a1', 'a2', 'b1'] }))).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T06:00:00.000Z', 'geschlossen', ['a1', 'a2', 'b1']],
      ['2026-06-02T20:00:00.000Z', '2026-06-03T08:00:00.000Z', 'geschlossen', ['a1', 'a2', 'b1']],
      ['2026-06-03T16:00:00.000Z', '2026-06-03T22:00:00.000Z', 'geschlossen', ['a1', 'a2', 'b1']],
    ]);
  });

  it('shades the week of one house as that house is closed, and a room’s own closure not at all', () => {
    expect(shown(arrangeShading(houseA, 'together', { ...range, roomIds: ['a1', 'a2'] }))).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T06:00:00.000Z', 'geschlossen', ['a1', 'a2']],
      ['2026-06-02T20:00:00.000Z', '2026-06-03T22:00:00.000Z', 'geschlossen', ['a1', 'a2']],
    ]);
    const roomClosed = span('2026-06-02T08:00', '2026-06-02T22:00', 'geschlossen: Renovierung', 'a1');
    expect(shown(arrangeShading([...houseA, roomClosed], 'together', { ...range, roomIds: ['a1', 'a2'] }))).toHaveLength(2);
  });

  it('keeps a shared reason, and says plainly "closed" where the reasons differ', () => {
    const holiday = [span('2026-06-02T00:00', '2026-06-03T00:00', 'geschlossen: Pfingstmontag', 'a1', 'b1')];
    expect(shown(arrangeShading(holiday, 'together', { ...range, roomIds: ['a1', 'b1'] }))).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen: Pfingstmontag', ['a1', 'b1']],
    ]);
    const mixed = [
      span('2026-06-02T00:00', '2026-06-03T00:00', 'geschlossen: Pfingstmontag', 'a1'),
      span('2026-06-02T00:00', '2026-06-03T00:00', 'geschlossen: Renovierung', 'b1'),
    ];
    expect(shown(arrangeShading(mixed, 'together', { ...range, roomIds: ['a1', 'b1'] }))[0]![2]).toBe('geschlossen');
  });

  it('shades a rooms week by whole days only: a closed day per room, never the hours before opening', () => {
    const closure = span('2026-06-02T00:00', '2026-06-03T00:00', 'geschlossen: Renovierung', 'b1');
    expect(shown(arrangeShading([...houseA, ...houseB, closure], 'roomDay', { ...range, roomIds: ['a1', 'a2', 'b1'] }))).toEqual([
      ['2026-06-01T22:00:00.000Z', '2026-06-02T22:00:00.000Z', 'geschlossen: Renovierung', ['b1']],
      ['2026-06-02T22:00:00.000Z', '2026-06-03T22:00:00.000Z', 'geschlossen', ['a1', 'a2']],
    ]);
  });

  it('counts a day closed when its closures and closed hours leave no open minute', () => {
    const duringHours = span('2026-06-03T10:00', '2026-06-03T18:00', 'geschlossen: Wasserschaden', 'b1');
    expect(shown(arrangeShading([...houseB, duringHours], 'roomDay', { ...range, roomIds: ['b1'] }))).toEqual([
      ['2026-06-02T22:00:00.000Z', '2026-06-03T22:00:00.000Z', 'geschlossen: Wasserschaden', ['b1']],
    ]);
  });

  it('leaves the per-room views as they are', () => {
    expect(arrangeShading(houseA, 'room', { ...range, roomIds: ['a1', 'a2'] })).toEqual(houseA);
  });
});
