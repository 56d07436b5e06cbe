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
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import scrollGridPlugin from '@fullcalendar/scrollgrid';
import timeGridPlugin from '@fullcalendar/timegrid';

/** The project is GPL-3.0-or-later, so FullCalendar's premium plugins run under its GPL key. */
export const FULLCALENDAR_LICENSE_KEY = 'GPL-My-Project-Is-Open-Source';

/** FullCalendar's own words (today, previous, next, all-day) for the languages it has; others get its English. */
const FULLCALENDAR_LOCALES = [deLocale, enGbLocale, ukLocale, arLocale, ruLocale, faLocale, trLocale];

/** FullCalendar's code: imported only by `CalendarView.vue`, in the calendar's own chunk. */
export const FULLCALENDAR_SETUP: CalendarOptions = {
  // scrollGrid: time grids whose columns keep a minimum width scroll sideways under fixed headers (`dayMinWidth`)
  plugins: [resourceTimeGridPlugin, resourceTimelinePlugin, scrollGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxon3Plugin],
  schedulerLicenseKey: FULLCALENDAR_LICENSE_KEY,
  locales: FULLCALENDAR_LOCALES,
};
