import type { EventContentArg, EventInput } from '@fullcalendar/core';
import type { Directive } from 'vue';
import { eventContentNodes } from '../eventContent.js';

export interface BookingContent {
  event: EventInput;
  timeText: string;
  view: 'roomsDay' | 'roomsWeek';
}

/**
 * A booking's inside, drawn by the same function as in FullCalendar's views (eventContent.ts), so it reads and
 * looks the same everywhere; it needs only an event's display, title and extended props from the argument.
 */
function render(element: HTMLElement, content: BookingContent) {
  const arg = {
    event: { display: content.event.display ?? 'auto', title: content.event.title ?? '', extendedProps: content.event.extendedProps ?? {} },
    timeText: content.timeText,
    view: { type: content.view },
  } as unknown as Pick<EventContentArg, 'event' | 'timeText' | 'view'>;
  element.replaceChildren(...eventContentNodes(arg));
}

export const vBookingContent: Directive<HTMLElement, BookingContent> = {
  mounted: (element, binding) => render(element, binding.value),
  updated: (element, binding) => {
    const before = binding.oldValue;
    if (!before || before.event !== binding.value.event || before.timeText !== binding.value.timeText) render(element, binding.value);
  },
};
