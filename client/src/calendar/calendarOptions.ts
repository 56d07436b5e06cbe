import type { CalendarOptions } from '@fullcalendar/core';
import { TIME_ZONE, type CalendarState, type CalendarViewName, type Location } from '../shared/types.js';

export interface CalendarHandlers {
  datesSet: CalendarOptions['datesSet'];
  select: CalendarOptions['select'];
  eventClick: CalendarOptions['eventClick'];
  eventDrop: CalendarOptions['eventDrop'];
  eventResize: CalendarOptions['eventResize'];
  /** The rooms day and rooms week are drawn by the rooms view (rooms/), not by FullCalendar: its buttons switch to them. */
  chooseView: (view: CalendarViewName) => void;
}

/** The words FullCalendar shows that come from our messages, in the reader's language. */
export interface CalendarWords {
  views: { day: string; roomsWeek: string; week: string; list: string };
}

export interface CalendarInputs {
  state: CalendarState;
  /** The UI language (a code of i18n/locales); FullCalendar follows it, with Western digits. */
  language: string;
  direction: 'ltr' | 'rtl';
  words: CalendarWords;
  locations: readonly Location[];
  canBook: boolean;
  handlers: CalendarHandlers;
}

/** Earliest opening and latest closing over all houses, so the grid shows no empty night. */
export function visibleHours(locations: readonly Location[]): { slotMinTime: string; slotMaxTime: string } {
  const hours = locations.flatMap((location) => location.openingHours);
  if (hours.length === 0) return { slotMinTime: '08:00', slotMaxTime: '22:00' };
  const opens = hours.map((entry) => entry.opens).sort()[0]!;
  const closes = hours
    .map((entry) => entry.closes)
    .sort()
    .at(-1)!;
  return { slotMinTime: opens, slotMaxTime: closes };
}

/**
 * The locale code FullCalendar gets: English as en-GB (24-hour clock, Monday weeks), and Latin digits
 * everywhere (`-u-nu-latn`), so times read the same as in the forms people type them into.
 */
export function fullCalendarLocale(language: string): string {
  return `${language === 'en' ? 'en-gb' : language}-u-nu-latn`;
}

/**
 * The options that follow state, language and directory. FullCalendar's code (plugins, licence, its own
 * locales) joins them in `CalendarView.vue` from `fullCalendarSetup.ts`, so this file costs no FullCalendar
 * bytes: a phone, which shows its own list, never downloads the calendar.
 */
export function calendarOptions(inputs: CalendarInputs): CalendarOptions {
  const { state, words, handlers } = inputs;
  return {
    timeZone: TIME_ZONE,
    locale: fullCalendarLocale(inputs.language),
    direction: inputs.direction,
    firstDay: 1,
    initialView: state.view,
    initialDate: state.date,
    height: 'auto',
    nowIndicator: true,
    headerToolbar: { left: 'prev,next today', center: 'title', right: 'roomsDay,roomsWeek,timeGridWeek,listWeek' },
    customButtons: {
      roomsDay: { text: words.views.day, click: () => handlers.chooseView('resourceTimeGridDay') },
      roomsWeek: { text: words.views.roomsWeek, click: () => handlers.chooseView('resourceTimelineWeek') },
    },
    buttonText: { timeGridWeek: words.views.week, listWeek: words.views.list },
    views: {
      timeGridWeek: {
        // every room's bookings share a day's column: past three side by side, a "+ more" link lists the rest
        eventMaxStack: 3,
      },
    },
    ...visibleHours(inputs.locations),
    slotDuration: '00:30:00',
    snapDuration: '00:15:00',
    slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    allDaySlot: false,
    selectable: inputs.canBook,
    selectMirror: true,
    editable: false,
    // bookings may be dropped on each other (the server answers with the booking in the way), not on closed time
    eventOverlap: (still) => still.display !== 'background',
    selectOverlap: (event) => event.display !== 'background',
    eventInteractive: true,
    // a booking opens its dialog: it is a button, named by its label (see CalendarView's eventContent); its id
    // lets focus find it again after a move has drawn it anew (focusBooking.ts)
    eventDidMount: (arg) => {
      if (arg.event.display === 'background') return;
      // the echo of a slot being chosen is no booking to open: the dialog it leads to says the same in words
      if (arg.isMirror) {
        arg.el.setAttribute('aria-hidden', 'true');
        return;
      }
      arg.el.setAttribute('role', 'button');
      arg.el.dataset.bookingId = arg.event.id;
      // a name cut short by its box is there in full on hover, as screen readers hear it
      const label: unknown = arg.event.extendedProps.label;
      if (typeof label === 'string' && label !== '') arg.el.title = label;
    },
    datesSet: handlers.datesSet,
    select: handlers.select,
    eventClick: handlers.eventClick,
    eventDrop: handlers.eventDrop,
    eventResize: handlers.eventResize,
  };
}
