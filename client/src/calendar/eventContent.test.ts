import { describe, expect, it } from 'vitest';
import { eventContentNodes } from './eventContent.js';

type Arg = Parameters<typeof eventContentNodes>[0];

const arg = (event: Record<string, unknown>, viewType = 'resourceTimeGridDay', timeText = '10:00 – 12:00'): Arg =>
  ({ event: { display: 'auto', extendedProps: {}, ...event }, timeText, view: { type: viewType } }) as unknown as Arg;

const html = (nodes: Node[]) => nodes.map((node) => (node as HTMLElement).outerHTML).join('');

describe('eventContentNodes', () => {
  it('gives screen readers the whole sentence and eyes the short form', () => {
    const nodes = eventContentNodes(
      arg({
        title: 'Chorprobe <b>',
        extendedProps: { label: 'Chorprobe, Chor Sham, Großer Saal', organizationName: 'Sham', series: { id: 's1' } },
      }),
    );
    expect(html(nodes)).toBe(
      '<span class="visually-hidden">Chorprobe, Chor Sham, Großer Saal</span>' +
        '<div class="event-content" aria-hidden="true"><b class="event-time" dir="ltr">10:00 – 12:00</b>' +
        '<span class="event-title" dir="auto"><span class="series-marker">↻ </span>Chorprobe &lt;b&gt;</span>' +
        '<span class="event-organization" dir="auto">Sham</span></div>',
    );
  });

  it('says where only in views whose columns or rows do not', () => {
    const week = eventContentNodes(arg({ title: 'Kurs', extendedProps: { label: 'Kurs', where: 'Seminarraum · West' } }, 'timeGridWeek'));
    expect((week[1] as HTMLElement).querySelector('.event-where')?.textContent).toBe('Seminarraum · West');
    const rooms = eventContentNodes(arg({ title: 'Kurs', extendedProps: { label: 'Kurs', where: 'Seminarraum · West' } }));
    expect((rooms[1] as HTMLElement).querySelector('.event-where')).toBeNull();
    expect((rooms[1] as HTMLElement).querySelector('.event-organization')).toBeNull();
  });

  it('names closed time as plain text', () => {
    expect(html(eventContentNodes(arg({ display: 'background', title: 'geschlossen: Ostermontag' })))).toBe(
      '<span class="closed-label" dir="auto">geschlossen: Ostermontag</span>',
    );
  });
});
