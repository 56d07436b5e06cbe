import type { EventContentArg } from '@fullcalendar/core';

/**
 * What a booking shows inside FullCalendar's event box, built as plain DOM nodes. A Vue slot here cost a
 * component render per event, and a city's week has 7,000 of them on screen (docs/BENCHMARKS.md).
 * Screen readers hear the whole sentence (title, MO, room, house, date, time); eyes see the short form.
 */
export function eventContentNodes(arg: Pick<EventContentArg, 'event' | 'timeText' | 'view'>): Node[] {
  if (arg.event.display === 'background') {
    // closed time: the shading says why ("geschlossen: Ostermontag"), read as plain text
    return [element('span', { class: 'closed-label', dir: 'auto' }, arg.event.title)];
  }
  const props = arg.event.extendedProps as {
    label?: string;
    series?: unknown;
    unconfirmed?: unknown;
    checkedIn?: unknown;
    organizationName?: string | null;
    where?: string;
  };
  const title = element('span', { class: 'event-title', dir: 'auto' });
  if (props.series) title.append(element('span', { class: 'series-marker' }, '↻ '));
  if (props.unconfirmed) title.append(element('span', { class: 'unconfirmed-marker' }, '? '));
  if (props.checkedIn) title.append(element('span', { class: 'checked-in-marker' }, '✓ '));
  title.append(arg.event.title);
  const visible = element(
    'div',
    { class: 'event-content', 'aria-hidden': 'true' },
    element('b', { class: 'event-time', dir: 'ltr' }, arg.timeText),
    title,
  );
  if (props.organizationName) visible.append(element('span', { class: 'event-organization', dir: 'auto' }, props.organizationName));
  // where the view does not say it by column or row: room and house with each booking
  if (arg.view.type === 'timeGridWeek' || arg.view.type === 'listWeek')
    visible.append(element('span', { class: 'event-where', dir: 'auto' }, props.where ?? ''));
  return [element('span', { class: 'visually-hidden' }, props.label ?? ''), visible];
}

function element(tag: string, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}
