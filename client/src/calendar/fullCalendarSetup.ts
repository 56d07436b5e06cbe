import type { CalendarOptions } from '@fullcalendar/core';
import arLocale from '@fullcalendar/core/locales/ar';
import deLocale from '@fullcalendar/core/locales/de';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import faLocale from '@fullcalendar/core/locales/fa';
import ruLocale from '@fullcalendar/core/locales/ru';
import trLocale from '@fullcalendar/core/locales/tr';
import ukLocale from '@fullcalendar/core/locales/uk';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxon3Plugin from '@fullcalendar/luxon3';
import timeGridPlugin from '@fullcalendar/timegrid';

/** FullCalendar's own words (today, previous, next, all-day) for the languages it has; others get its English. */
const FULLCALENDAR_LOCALES = [deLocale, enGbLocale, ukLocale, arLocale, ruLocale, faLocale, trLocale];

/** FullCalendar's code: imported only by `CalendarView.vue`, in the calendar's own chunk. */
export const FULLCALENDAR_SETUP: CalendarOptions = {
  // the plain week and the list only: the rooms day and week are drawn by the rooms view (rooms/), so none of
  // FullCalendar's premium (resource) plugins is loaded
  plugins: [timeGridPlugin, listPlugin, interactionPlugin, luxon3Plugin],
  locales: FULLCALENDAR_LOCALES,
};
